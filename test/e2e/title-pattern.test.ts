import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { Sandbox } from '../helpers/cli.js';

/**
 * `title.pattern` runs on RE2 (linear time): no pattern, typed or written straight into the
 * database, can hang `open`. The guard is the spawn timeout of the sandbox (a backtracking engine
 * spins for minutes on these); the assertions are about results only.
 */
let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
});
afterEach(() => sb.cleanup());

const EVIL = `${'a'.repeat(40)}b`;
const count = () => {
  const db = new Database(sb.db, { readonly: true });
  try {
    return (db.prepare('SELECT count(*) AS n FROM incidents').get() as { n: number }).n;
  } finally {
    db.close();
  }
};
const storeSetting = (key: string, value: string) => {
  const db = new Database(sb.db);
  try {
    db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
  } finally {
    db.close();
  }
};

describe('title.pattern (SPEC §11) on a linear-time engine', () => {
  it('accepts (a|aa)+$ and answers open of 40 a\'s and a b at once: refused, the rule named, nothing written', () => {
    expect(sb.run(['config', 'set', 'title.pattern', '(a|aa)+$']).code).toBe(0);
    const r = sb.run(['open', EVIL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`incident: the title does not follow the team rule (title.pattern (a|aa)+$): "${EVIL}"\n`);
    expect(count()).toBe(0);
    // A title that follows it is opened.
    expect(sb.run(['open', 'a'.repeat(40), '-q']).stdout.trim()).toBe('INC-1');
  });

  it('nested repetition too: (a+)+$ against a 300-character title', () => {
    expect(sb.run(['config', 'set', 'title.pattern', '(a+)+$']).code).toBe(0);
    const r = sb.run(['open', `${'a'.repeat(299)}b`]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('title.pattern (a+)+$');
    expect(count()).toBe(0);
  });

  it('a pattern written straight into the settings table is applied the same way', () => {
    expect(sb.run(['db', 'migrate']).code).toBe(0);
    storeSetting('title.pattern', '(a|aa)+$');
    const r = sb.run(['open', EVIL]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('title.pattern (a|aa)+$');
    expect(count()).toBe(0);
    storeSetting('title.pattern', '^(\\w+\\s?)*$');
    expect(sb.run(['open', `${'word '.repeat(50)}!`]).code).toBe(2);
    expect(count()).toBe(0);
  });

  it('refuses a backreference or lookaround at config set (exit 2, one line, nothing stored)', () => {
    for (const [pattern, why] of [
      ['(a)\\1', 'invalid escape sequence: `\\1`'],
      ['^(?=INC)', 'invalid or unsupported Perl syntax: `(?=`'],
      ['(?<!x)y', 'invalid named capture'],
    ]) {
      const r = sb.run(['config', 'set', 'title.pattern', pattern]);
      expect(r.code, pattern).toBe(2);
      expect(r.stderr.trim().split('\n'), pattern).toHaveLength(1);
      expect(r.stderr, pattern).toContain('incident: title.pattern must be a regular expression in RE2 syntax (no backreferences or lookaround): ');
      expect(r.stderr, pattern).toContain(why);
      expect(sb.run(['config', 'set', 'title.pattern', pattern, '--lang', 'ja']).stderr, pattern).toContain('RE2 構文');
    }
    expect(sb.run(['config', 'export']).stdout.trim()).toBe('{}');
  });

  it('a stored pattern RE2 cannot compile does not stop open: one warning, the incident is opened', () => {
    expect(sb.run(['db', 'migrate']).code).toBe(0);
    storeSetting('title.pattern', '(a)\\1');
    const r = sb.run(['open', 'printer jam', '-q']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('INC-1');
    const loud = sb.run(['open', 'printer jam again']);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toContain('warning: title.pattern (a)\\1 cannot be used (invalid escape sequence: `\\1`), so titles are not checked against it');
    expect(count()).toBe(2);
  });
});
