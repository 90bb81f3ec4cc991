import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { chained } from '../helpers/chain.js';
import { Sandbox, type RunResult } from '../helpers/cli.js';
import { contentDigest, integrity, runCrashing } from '../helpers/faults.js';

/**
 * SPEC §12 for the commands that write many records at once — `import` (JSON Lines, ServiceNow),
 * `check --escalate`, `ingest` — killed inside their transaction, backed up while they run, and run
 * by several processes together.
 */

const FIXTURES = resolve(__dirname, '../fixtures');
const SLICE = join(FIXTURES, 'servicenow-event-log-slice.csv');
const ALERTS = join(FIXTURES, 'alerts', 'am_msteams_large_prom_post_request_19alerts.json');

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

/** An `incident export` file of `n` incidents with a note each, written directly (fast at any size). */
function exportFile(n: number): string {
  const source = new Sandbox();
  try {
    source.env.INCIDENT_NOW = '2026-11-20T00:00:00Z';
    source.run(['open', 'VPN に接続できない', '--impact', 'high', '--urgency', 'medium', '--description', '営業部から', '-q']);
    source.run(['note', '1', '証明書の期限切れを確認']);
    const [header, incident] = source.run(['export']).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const lines = [JSON.stringify(header)];
    for (let id = 1; id <= n; id++) {
      // Each copy's timeline chained under its own ref, as its export would carry it.
      const timeline = chained(incident.timeline.map((e: any, k: number) => ({ ...e, id: 2 * id - 1 + k })), `INC-${id}`);
      lines.push(JSON.stringify({ ...incident, id, ref: `INC-${id}`, title: `${incident.title} ${id}`, timeline }));
    }
    const file = join(sb.dir, `export-${n}.jsonl`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    return file;
  } finally {
    source.cleanup();
  }
}

describe('killed inside the transaction (SIGKILL before COMMIT)', () => {
  it('import (JSON Lines) into an empty database: nothing of it, indexes and triggers intact; the next run imports all', () => {
    const file = exportFile(300);
    sb.run(['config', 'set', 'sla.P1.response', '20m']);
    const before = contentDigest(sb.db);
    expect(runCrashing(sb, ['import', file], 'write').signal).toBe('SIGKILL');
    expect(integrity(sb.db)).toBe('ok');
    // The import drops and rebuilds indexes and the search triggers inside its transaction: all back.
    expect(contentDigest(sb.db)).toBe(before);

    const r = sb.run(['import', file]);
    expect(r.code, r.stderr).toBe(0);
    expect(sb.scalar('SELECT count(*) FROM incidents')).toBe(300);
    expect(sb.scalar('SELECT count(*) FROM events')).toBe(600);
    // The search index holds what the import wrote, notes included.
    expect(sb.json(['search', '期限切れ']).length).toBeGreaterThan(0);
    expect(sb.run(['db', 'check']).code).toBe(0);
  });

  it('import --format servicenow: nothing of it; the next run imports every incident once', () => {
    sb.run(['open', 'already here', '-q']);
    const before = contentDigest(sb.db);
    expect(runCrashing(sb, ['import', '--format', 'servicenow', SLICE], 'write').signal).toBe('SIGKILL');
    expect(integrity(sb.db)).toBe('ok');
    expect(contentDigest(sb.db)).toBe(before);

    const summary = sb.json(['import', '--format', 'servicenow', SLICE]);
    expect(summary.incidents.created).toBeGreaterThan(0);
    expect(sb.scalar('SELECT count(*) FROM incidents')).toBe(1 + summary.incidents.created);
    expect(sb.scalar('SELECT count(*) FROM incidents WHERE external_ref IS NOT NULL')).toBe(summary.incidents.created);
    expect(sb.run(['db', 'check']).code).toBe(0);
  });

  it('check --escalate (one transaction per incident): each incident all or nothing; the next run does the rest once', () => {
    sb.run(['config', 'set', 'escalation.level1.to', 'suzuki']);
    const refs = ['core switch down', 'mail down', 'VPN down'].map((t) => sb.run(['open', t, '--impact', 'high', '--urgency', 'high', '-q']).stdout.trim());
    // 20 minutes on, every response is late; killed in the second incident's transaction.
    sb.env.INCIDENT_NOW = '2026-11-23T01:20:00Z';
    const crashed = runCrashing(sb, ['check', '--escalate'], 'write:2');
    expect(crashed.signal).toBe('SIGKILL');
    expect(integrity(sb.db)).toBe('ok');

    // Each incident: either its breach and its escalation (and a version per event), or nothing.
    const state = () =>
      sb.query<any>(
        `SELECT i.id, i.version, i.status, i.escalation_level AS level,
                (SELECT count(*) FROM events e WHERE e.incident_id = i.id AND e.kind = 'breach') AS breaches,
                (SELECT count(*) FROM events e WHERE e.incident_id = i.id AND e.kind = 'escalated') AS escalations,
                (SELECT count(*) FROM events e WHERE e.incident_id = i.id) AS events
           FROM incidents i ORDER BY i.id`,
      );
    const afterCrash = state();
    const done = afterCrash.filter((i) => i.escalations > 0);
    const untouched = afterCrash.filter((i) => i.escalations === 0);
    expect(done.length).toBeLessThan(refs.length);
    for (const i of done) expect(i).toMatchObject({ status: 'escalated', level: 1, breaches: 1, escalations: 1 });
    for (const i of untouched) expect(i).toMatchObject({ status: 'open', level: 0, breaches: 0, version: 1, events: 1 });

    const r = sb.run(['check', '--escalate', '--json'], { env: { INCIDENT_NOW: '2026-11-23T01:21:00Z' } });
    expect(r.code, r.stderr).toBe(0);
    for (const i of state()) expect(i).toMatchObject({ status: 'escalated', level: 1, breaches: 1, escalations: 1 });
  });

  it('ingest: a payload killed before commit leaves no incident and no occurrence', () => {
    const payload = '{"title":"Disk full on mail01","severity":"critical","dedupKey":"mail01-disk"}';
    writeFileSync(join(sb.dir, 'alert.json'), payload);
    expect(sb.run(['ingest', 'alert.json']).code).toBe(0);
    const before = contentDigest(sb.db);
    expect(runCrashing(sb, ['ingest', join(sb.dir, 'alert.json')], 'write').signal).toBe('SIGKILL');
    expect(integrity(sb.db)).toBe('ok');
    expect(contentDigest(sb.db)).toBe(before);
    expect(sb.json(['show', '1']).occurrences).toBe(1);
  });
});

describe('backup while an import runs', () => {
  it('copies the database as it was before the import or after it, never half of it', async () => {
    const n = 6000;
    const file = exportFile(n);
    sb.run(['list']);
    const target = join(sb.dir, 'backup.db');
    let finished = false;
    const importing = sb.start(['import', file]).then((r) => ((finished = true), r));
    // Back up once the import holds the write lock, i.e. inside its transaction (on a fast machine it
    // may be over first: a backup after it is fine too).
    const probe = new Database(sb.db, { timeout: 0 });
    const locked = () => {
      try {
        probe.exec('BEGIN IMMEDIATE');
        probe.exec('ROLLBACK');
        return false;
      } catch {
        return true;
      }
    };
    while (!finished && !locked()) await new Promise((r) => setTimeout(r, 2));
    probe.close();
    const backup = await sb.start(['db', 'backup', target]);
    const imported = await importing;
    expect(imported.code, imported.stderr).toBe(0);
    expect(backup.code, backup.stderr).toBe(0);
    expect(integrity(target)).toBe('ok');
    const copy = new Database(target, { readonly: true });
    const [incidents, events] = [copy.prepare('SELECT count(*) FROM incidents').pluck().get(), copy.prepare('SELECT count(*) FROM events').pluck().get()];
    copy.close();
    expect([[0, 0], [n, 2 * n]]).toContainEqual([incidents, events]);
    expect(sb.scalar('SELECT count(*) FROM incidents')).toBe(n);
  }, 60_000);
});

describe('ingest and notes from several processes at once', () => {
  it('one incident per fingerprint, every occurrence counted, every note kept, no lock error', async () => {
    const alerts = readFileSync(ALERTS, 'utf8');
    const generic = '{"title":"Disk full on mail01","severity":"critical","dedupKey":"mail01-disk"}';
    writeFileSync(join(sb.dir, 'alerts.json'), alerts);
    writeFileSync(join(sb.dir, 'generic.json'), generic);
    const workers = 4;
    const rounds = 3;
    sb.run(['open', 'shared', '-q']);

    // The same runs one after another, on another database: what the counts must be.
    const control = new Sandbox();
    let expected: unknown[];
    try {
      control.env.INCIDENT_NOW = sb.env.INCIDENT_NOW;
      for (let k = 0; k < workers * rounds; k++) {
        expect(control.run(['ingest', join(sb.dir, 'alerts.json')]).code).toBe(0);
        expect(control.run(['ingest', join(sb.dir, 'generic.json')]).code).toBe(0);
      }
      expected = control.query<any>('SELECT dedup_key, occurrences, status FROM incidents ORDER BY dedup_key');
    } finally {
      control.cleanup();
    }
    expect(expected.length).toBeGreaterThan(1);

    const results: RunResult[] = [];
    await Promise.all([
      ...Array.from({ length: workers }, async () => {
        for (let i = 0; i < rounds; i++) {
          results.push(await sb.start(['ingest', 'alerts.json']));
          results.push(await sb.start(['ingest', 'generic.json']));
        }
      }),
      ...Array.from({ length: workers }, async (_, w) => {
        for (let i = 0; i < rounds; i++) results.push(await sb.start(['note', '1', `note ${w}.${i}`]));
      }),
    ]);
    // ingest reports what it did on stderr; nothing else may appear there.
    expect(results.filter((r) => r.code !== 0 || r.stderr.split('\n').some((l) => l && !/^\d+ alerts? \(/.test(l)))).toEqual([]);
    expect(sb.query('SELECT dedup_key, occurrences, status FROM incidents WHERE dedup_key IS NOT NULL ORDER BY dedup_key')).toEqual(expected);
    expect(sb.scalar("SELECT count(*) FROM events WHERE incident_id = 1 AND kind = 'noted'")).toBe(workers * rounds);
    expect(sb.scalar('SELECT version FROM incidents WHERE id = 1')).toBe(1 + workers * rounds);
    expect(integrity(sb.db)).toBe('ok');
  }, 120_000);
});
