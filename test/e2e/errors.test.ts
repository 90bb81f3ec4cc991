import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { onPg, Sandbox } from '../helpers/cli.js';

let sb: Sandbox;
beforeEach(() => (sb = new Sandbox()));
afterEach(() => sb.cleanup());

describe('errors name the thing that is wrong', () => {
  it('an unknown report kind lists the kinds (exit 2)', () => {
    const r = sb.run(['report', 'bogus']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim()).toBe('incident: the report must be one of summary, sla, mttr, recurring, workload, trend, kb, problems, monthly, not "bogus"');
  });

  it.skipIf(onPg)('a backup that cannot be written blames the target, not the database (exit 5) (a SQLite file; PostgreSQL is backed up with pg_dump)', () => {
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

describe('INCIDENT_NOW (SPEC §6)', () => {
  it('takes only an ISO-8601 date and time that exists; else exit 2 naming the variable, nothing written', () => {
    for (const value of ['2026-02-30T00:00:00Z', '2026-02-29T12:00Z', '0', '1', '2026-11-23', '15m ago', 'now', 'garbage', '2026-13-01T00:00Z', '2026-11-23T24:30Z']) {
      const r = sb.run(['open', 'x'], { env: { INCIDENT_NOW: value } });
      expect(r.code, value).toBe(2);
      expect(r.stderr, value).toBe(`incident: INCIDENT_NOW must be a time in ISO-8601 form such as 2026-11-23T09:00:00Z, not "${value}"\n`);
    }
    expect(existsSync(sb.db)).toBe(false);
    // The sandbox runs with TZ=UTC: a time without a zone is local time, as in --detected-at.
    for (const [value, at] of [
      ['2028-02-29T23:59:59Z', '2028-02-29T23:59:59.000Z'],
      ['2026-11-23T09:00+09:00', '2026-11-23T00:00:00.000Z'],
      ['2026-11-23 09:00', '2026-11-23T09:00:00.000Z'],
      ['2026-11-23T09:00:00.5', '2026-11-23T09:00:00.500Z'],
    ]) {
      expect(sb.json(['open', 'x'], { env: { INCIDENT_NOW: value } }).openedAt, value).toBe(at);
    }
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
