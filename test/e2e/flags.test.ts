import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { onPg, Sandbox } from '../helpers/cli.js';
import { runTty } from '../helpers/tty.js';

/**
 * One meaning per flag across every command (docs/commands.md "One meaning per flag"): the same
 * short flag never means two things, contradicting output flags are refused before anything is
 * written, and filters forgive a misspelt state or a name's case.
 */
let sb: Sandbox;
const at = (t: string) => ({ env: { INCIDENT_NOW: t } });
const plain = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '');
const counts = () => sb.query('SELECT (SELECT count(*) FROM incidents) AS i, (SELECT count(*) FROM events) AS e')[0];

beforeAll(() => {
  sb = new Sandbox();
  // The database is made by a write before anything reads it.
  expect(sb.run(['open', 'VPN に接続できない', '-i', 'high', '-u', 'medium', '-a', 'tanaka', '-q'], at('2026-11-02T00:00:00Z')).stdout.trim()).toBe('INC-1');
}, 60_000);
afterAll(() => sb.cleanup());

describe('short flags', () => {
  it('-r is --reason in every command that takes a reason, and no longer --resolution in resolve', () => {
    expect(sb.run(['open', 'a', '-q']).code).toBe(0);
    expect(sb.run(['escalate', 'INC-2', '-r', 'vendor needed']).code).toBe(0);
    expect(sb.run(['hold', 'INC-2', '-r', 'waiting']).code).toBe(0);
    expect(sb.run(['cancel', 'INC-2', '-r', 'duplicate']).code).toBe(0);
    expect(sb.query("SELECT kind, note FROM events WHERE incident_id = 2 AND kind IN ('escalated','held','cancelled') ORDER BY id")).toEqual([
      { kind: 'escalated', note: 'vendor needed' },
      { kind: 'held', note: 'waiting' },
      { kind: 'cancelled', note: 'duplicate' },
    ]);
    const before = counts();
    const r = sb.run(['resolve', 'INC-1', '-r', 'rebooted']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown option "-r"');
    expect(counts()).toEqual(before);
    expect(sb.run(['resolve', 'INC-1', '--resolution', 'rebooted', '--monitor', '24h']).code).toBe(0);
    expect(sb.run(['reopen', 'INC-1', '-r', 'came back']).code).toBe(0);
  });

  it('-n is --limit wherever there is a limit, report kb too', () => {
    expect(sb.run(['report', 'kb', '-n', '1', '--format', 'json']).code).toBe(0);
    expect(sb.run(['list', '-n', '1', '-q']).stdout.trim().split('\n')).toHaveLength(1);
  });

  it('-o is --output only: the problem commands take --owner long', () => {
    expect(sb.run(['problem', 'open', 'root cause', '-o', 'suzuki']).code).toBe(2);
    expect(sb.run(['problem', 'open', 'root cause', '--owner', 'suzuki', '-q']).code).toBe(0);
  });
});

describe('--all means every state, in search as in list', () => {
  it('refuses --all with --status in search, as list does', () => {
    for (const cmd of [['list'], ['search', 'VPN']]) {
      const r = sb.run([...cmd, '--all', '--status', 'open']);
      expect(r.code, cmd.join(' ')).toBe(2);
      expect(r.stderr).toContain('--all and --status cannot be given together');
    }
  });
});

describe('output flags that contradict each other or the command (exit 2, nothing written)', () => {
  it('refuses --format on a command that prints no rows, and --json with another --format', () => {
    for (const argv of [
      ['open', 'x', '--format', 'csv'],
      ['open', 'x', '--json', '--format', 'csv'],
      ['note', 'INC-1', 'x', '--format', 'tsv'],
      ['list', '--json', '--format', 'csv'],
      ['search', 'VPN', '--json', '--format', 'tsv'],
    ]) {
      const before = counts();
      const r = sb.run(argv);
      expect(r.code, argv.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr).toMatch(/^incident: (this command prints no rows|--json and --format)/);
      expect(counts()).toEqual(before);
    }
    expect(sb.run(['open', 'x', '--format', 'csv']).stderr).toContain('use --json for JSON');
  });

  it('refuses an empty --format (`--format "$FMT"` with FMT unset) instead of printing the default', () => {
    for (const argv of [['list', '--format', ''], ['search', 'VPN', '--format', ''], ['report', 'trend', '--format', '']]) {
      expect(sb.run(argv), argv.join(' ')).toEqual({ code: 2, stdout: '', stderr: 'incident: --format must be one of table, tsv, csv, md, json, not ""\n' });
    }
  });

  it('accepts --format json as --json, and --json wins over -q everywhere', () => {
    const opened = sb.run(['open', 'y', '--format', 'json']);
    expect(opened.code).toBe(0);
    expect(JSON.parse(opened.stdout).title).toBe('y');
    const both = sb.run(['open', 'z', '--json', '-q']);
    expect(JSON.parse(both.stdout).title).toBe('z');
    expect(JSON.parse(sb.run(['list', '--json', '-q']).stdout).length).toBeGreaterThan(0);
  });

  it('-q with nothing to list prints nothing, not an empty line (so `while read ref` runs no turn)', () => {
    const empty = new Sandbox();
    try {
      expect(empty.run(['db', 'migrate']).code).toBe(0);
      for (const argv of [['list', '-q'], ['problem', 'list', '-q'], ['kb', 'list', '-q'], ['search', 'VPN', '-q'], ['check', '-q']]) {
        expect(empty.run(argv), argv.join(' ')).toEqual({ code: 0, stdout: '', stderr: '' });
      }
    } finally {
      empty.cleanup();
    }
  });
});

describe('filters forgive spelling', () => {
  it('--status opn is exit 2 with "did you mean", in list and search', () => {
    const l = sb.run(['list', '--status', 'opn']);
    expect(l.code).toBe(2);
    expect(l.stderr).toContain('did you mean --status open?');
    const s = sb.run(['search', 'VPN', '--status', 'publishd']);
    expect(s.code).toBe(2);
    expect(s.stderr).toContain('did you mean --status published?');
    const ja = sb.run(['list', '--status', 'opn', '--lang', 'ja']);
    expect(ja.stderr).toContain('--status open のことですか');
  });

  it('--assignee Tanaka matches tanaka', () => {
    expect(sb.run(['list', '--assignee', 'Tanaka', '-q']).stdout.trim()).toBe('INC-1');
    expect(sb.run(['list', '--assignee', 'TANAKA', '-q']).stdout.trim()).toBe('INC-1');
  });
});

describe('classify does not repeat what open showed (docs/commands.md)', () => {
  let w: Sandbox;
  beforeAll(() => {
    w = new Sandbox();
    expect(w.run(['kb', 'import', '--starter'], at('2026-11-01T00:00:00Z')).code).toBe(0);
  }, 60_000);
  afterAll(() => w.cleanup());

  it('shows the suggestions once to the person who opened the incident, and what is new since', () => {
    const opened = runTty(w, ['open', 'VPN に接続できない'], [{ expect: 'Similar knowledge' }], { INCIDENT_NOW: '2026-11-02T00:00:00Z' });
    expect(opened.failed).toBeNull();
    const ref = /opened (INC-\d+)/.exec(plain(opened.output))![1];
    // The same person classifies: nothing new since open, so no list.
    const same = runTty(w, ['classify', ref, '-i', 'high', '-u', 'high'], [{ expect: 'classified' }], { INCIDENT_NOW: '2026-11-02T00:05:00Z' });
    expect(same.failed).toBeNull();
    expect(same.output).not.toContain('Similar knowledge');
    // --json still carries them all.
    expect(w.json(['classify', ref, '-i', 'high', '-u', 'high'], at('2026-11-02T00:06:00Z')).suggestions.length).toBeGreaterThan(0);
    // A colleague classifying sees them. On a team database a colleague is another login role (the
    // name given is only "on behalf of" there, SPEC §15).
    let asColleague: Record<string, string> = {};
    if (onPg) {
      w.exec("DO $$ BEGIN CREATE ROLE suzuki LOGIN; EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL; END $$");
      expect(w.run(['db', 'grant', 'suzuki', 'agent']).code).toBe(0);
      asColleague = { INCIDENT_DB: w.db.replace(/^postgres:\/\/[^@]*@/, 'postgres://suzuki@') };
    }
    const colleague = runTty(w, ['classify', ref, '-i', 'high', '-u', 'medium'], [{ expect: 'Similar knowledge' }], {
      INCIDENT_NOW: '2026-11-02T00:07:00Z',
      INCIDENT_ACTOR: 'suzuki',
      ...asColleague,
    });
    expect(colleague.failed).toBeNull();
    // An entry added after the incident was opened is new to its opener: shown alone.
    expect(w.run(['kb', 'add', '--title', 'VPN に接続できない(新しい手順)', '--resolution', '再起動', '--status', 'published', '-q'], at('2026-11-02T00:10:00Z')).code).toBe(0);
    const later = runTty(w, ['classify', ref, '-i', 'medium', '-u', 'medium'], [{ expect: 'Similar knowledge' }], { INCIDENT_NOW: '2026-11-02T00:20:00Z' });
    expect(later.failed).toBeNull();
    const text = plain(later.output);
    const listed = text.slice(text.indexOf('Similar knowledge')).match(/(KB|INC)-\d+/g);
    expect(listed).toEqual(['KB-24']);
  });
});
