import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(() => (sb = new Sandbox()));
afterEach(() => sb.cleanup());

describe('errors name the thing that is wrong', () => {
  it('an unknown report kind lists the kinds (exit 2)', () => {
    const r = sb.run(['report', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('incident: the report must be one of summary, sla, mttr, recurring, workload, trend, kb, problems, not "bogus"');
  });

  it('a backup that cannot be written blames the target, not the database (exit 5)', () => {
    sb.run(['open', 'x']);
    // /proc takes no new files, not even from root.
    const r = sb.run(['db', 'backup', '/proc/incident-backup.db']);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain('could not write the backup /proc/incident-backup.db');
    expect(r.stderr).toContain('the database itself is untouched');
    expect(sb.run(['db', 'check']).code).toBe(0);
    expect(existsSync('/proc/incident-backup.db')).toBe(false);
  });
});

describe('--version', () => {
  it("prints package.json's version", async () => {
    const { readFileSync } = await import('node:fs');
    const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8'));
    const r = sb.run(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(version);
  });
});
