import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { openDatabase } from '../../src/store/sqlite/connection.js';
import { initSchema, openPg } from '../../src/store/pg/connect.js';
import { LATEST_VERSION } from '../../src/store/sqlite/migrations.js';
import { PG_LATEST_VERSION, PG_MIGRATIONS } from '../../src/store/pg/migrations.js';
import { WEBHOOKS_SQL } from '../../src/store/pg/schema.js';
import { redactUrl } from '../../src/core/secrets.js';

/** The versions a new database records, one row each: the whole schema at 11, up to 17 (webhook URLs). */
const APPLIED = '11\n12\n13\n14\n15\n16\n17\n18';
import { createDatabase, pgMissing, pgUrl, psql } from '../helpers/pg-cluster.js';
import { skipNote, skips } from '../helpers/optional.js';
import { refusalOf } from '../helpers/refusal.js';

const missing = pgMissing();
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * The tables and columns of the schema (SQLite at its latest migration), written out by hand: both
 * backends are held to this list, so neither can drift from the other unnoticed. The full-text
 * search index is each backend's own and is left out.
 */
const TABLES: Record<string, string[]> = {
  attachment_blobs: ['sha256', 'size', 'data'],
  attachments: ['id', 'incident_id', 'name', 'sha256', 'size', 'media_type', 'attached_by', 'attached_at'],
  events: ['id', 'incident_id', 'at', 'actor', 'kind', 'from_value', 'to_value', 'note', 'data', 'on_behalf_of', 'os_user', 'hash'],
  incident_knowledge: ['incident_id', 'kb_id', 'relation', 'at'],
  incident_links: ['incident_id', 'related_id', 'kind'],
  incidents: [
    'id', 'title', 'description', 'status', 'held_from', 'resolved_from', 'impact', 'urgency', 'priority', 'source_priority',
    'source_sla_met', 'source_knowledge', 'source_problem', 'category', 'service', 'source', 'reporter', 'assignee', 'team',
    'escalation_level', 'tags', 'dedup_key', 'occurrences', 'scope', 'detected_at', 'opened_at', 'classified_at',
    'escalated_at', 'resolved_at', 'closed_at', 'response_due_at', 'resolve_due_at', 'hold_started_at', 'held_seconds',
    'monitor_until', 'resolution', 'resolution_code', 'major', 'problem_id', 'problem_handoff', 'external_ref', 'created_by',
    'updated_at', 'version', 'escalated_to', 'escalation_eta',
  ],
  knowledge: [
    'id', 'title', 'symptoms', 'cause', 'resolution', 'workaround', 'category', 'service', 'tags', 'status', 'source_incident',
    'uses', 'created_by', 'created_at', 'updated_at', 'version',
  ],
  mail_messages: ['message_id', 'incident_id', 'action', 'sender', 'subject', 'taken_at'],
  outbox: [
    'id', 'incident_id', 'event', 'rule', 'target_kind', 'target', 'payload', 'status', 'attempts', 'created_at',
    'next_attempt_at', 'claimed_until', 'last_attempt_at', 'delivered_at', 'last_error',
  ],
  problem_events: ['id', 'problem_id', 'at', 'actor', 'kind', 'from_value', 'to_value', 'note', 'data', 'on_behalf_of', 'os_user', 'hash'],
  problem_knowledge: ['problem_id', 'kb_id', 'relation', 'at'],
  problems: [
    'id', 'title', 'description', 'status', 'root_cause', 'workaround', 'fix', 'owner', 'category', 'service', 'close_reason',
    'opened_at', 'analysis_started_at', 'known_error_at', 'fixed_at', 'closed_at', 'created_by', 'updated_at', 'version',
  ],
  settings: ['key', 'value'],
};

/** Everything a database holds, as psql prints it: to show that a refused open changed nothing. */
function snapshot(url: string): string {
  const r = psql(
    url,
    `SELECT string_agg(x, E'\\n' ORDER BY x) FROM (
       SELECT format('%s %s %s', c.relkind, c.relname, (SELECT string_agg(a.attname || ':' || format_type(a.atttypid, a.atttypmod), ',' ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0)) AS x
         FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace
       UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid WHERE c.relnamespace = 'public'::regnamespace
       UNION ALL SELECT 'function ' || proname FROM pg_proc WHERE pronamespace = 'public'::regnamespace) s`,
  );
  const rows = ['incident_schema', 'foreign_things']
    .map((t) => psql(url, `SELECT * FROM ${t} ORDER BY 1`))
    .map((q) => q.stdout)
    .join('\n');
  return `${r.stdout}\n${rows}`;
}

describe('schema versions', () => {
  it('PostgreSQL is at the version SQLite is at: a new SQLite migration needs its PostgreSQL twin (store/pg/migrations.ts)', () => {
    expect(PG_LATEST_VERSION).toBe(LATEST_VERSION);
  });
});

describe.skipIf(skips(missing !== ''))(`the schema on PostgreSQL${skipNote(missing !== '', missing)}`, () => {
  it('has every table and column of the SQLite schema, with the same names, and the same NOT NULLs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'incident-schema-'));
    const url = createDatabase('schema')!;
    try {
      const db = await openDatabase(join(dir, 'incidents.db'));
      const sqliteTables = (db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts%'").pluck().all() as string[]).sort();
      const sqliteColumns = (t: string) => db.prepare('SELECT name, "notnull" OR pk AS required FROM pragma_table_info(?) ORDER BY cid').all(t) as { name: string; required: number }[];
      expect(Object.fromEntries(sqliteTables.map((t) => [t, sqliteColumns(t).map((c) => c.name)]))).toEqual(TABLES);

      await initSchema(url);
      // Each backend's search index is its own (FTS5 tables above, pg/search.ts here): left out of both.
      // notify_webhooks is a view for roles that may not read the URLs (pg/schema.ts WEBHOOKS_SQL): a server's alone.
      const pgColumns = (t: string) =>
        psql(url, `SELECT column_name || ' ' || (is_nullable = 'NO') FROM information_schema.columns WHERE table_schema = 'public' AND table_name = '${t}' ORDER BY ordinal_position`)
          .stdout.trim()
          .split('\n');
      const pgTables = psql(url, "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'incident_schema' AND table_name NOT IN ('incident_search', 'knowledge_search', 'search_totals', 'notify_webhooks') ORDER BY 1").stdout.trim().split('\n');
      expect(Object.fromEntries(pgTables.map((t) => [t, pgColumns(t).map((c) => c.split(' ')[0])]))).toEqual(TABLES);
      for (const t of Object.keys(TABLES)) {
        expect(pgColumns(t), t).toEqual(sqliteColumns(t).map((c) => `${c.name} ${c.required ? 'true' : 'false'}`));
      }
      db.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('is made once: init a second time changes nothing', async () => {
    const url = createDatabase('schema')!;
    expect(await initSchema(url)).toEqual({ shown: url, from: 0, to: PG_LATEST_VERSION });
    const first = snapshot(url);
    expect(await initSchema(url)).toEqual({ shown: url, from: PG_LATEST_VERSION, to: PG_LATEST_VERSION });
    expect(snapshot(url)).toBe(first);
    expect(psql(url, 'SELECT version FROM incident_schema ORDER BY version').stdout.trim()).toBe(APPLIED);
  });

  it('refuses to rewrite, delete or empty a timeline, whoever asks', async () => {
    const url = createDatabase('schema')!;
    await initSchema(url);
    const setUp = psql(
      url,
      `INSERT INTO incidents (title, status, detected_at, opened_at, created_by, updated_at) VALUES ('VPN 障害', 'open', '2026-12-01T09:00:00.000Z', '2026-12-01T09:00:00.000Z', 'alice', '2026-12-01T09:00:00.000Z');
       INSERT INTO events (incident_id, at, actor, kind) VALUES (1, '2026-12-01T09:00:00.000Z', 'alice', 'opened');
       INSERT INTO problems (title, status, opened_at, created_by, updated_at) VALUES ('VPN', 'open', '2026-12-01T09:00:00.000Z', 'alice', '2026-12-01T09:00:00.000Z');
       INSERT INTO problem_events (problem_id, at, actor, kind) VALUES (1, '2026-12-01T09:00:00.000Z', 'alice', 'opened');`,
    );
    expect(setUp.stderr).toBe('');
    for (const table of ['events', 'problem_events']) {
      for (const statement of [`UPDATE ${table} SET actor = 'mallory'`, `DELETE FROM ${table}`, `TRUNCATE ${table}`, `TRUNCATE ${table}, incidents, problems CASCADE`]) {
        const r = psql(url, statement);
        expect(r.status, statement).not.toBe(0);
        expect(r.stderr, statement).toContain('the timeline is append-only');
      }
      // The actor is the role that inserted it (the test's superuser); the name it gave is kept beside.
      expect(psql(url, `SELECT id, actor, on_behalf_of, kind FROM ${table}`).stdout.trim()).toBe('1|postgres|alice|opened');
    }
  });

  it('migration 13 gives the events already there their hash chains, in timeline order; the trigger is back after', async () => {
    const url = createDatabase('schema')!;
    await initSchema(url);
    // The database as version 12 left it (no hash yet), with a timeline of two events and a problem's of one.
    const setUp = psql(
      url,
      `ALTER TABLE events DROP COLUMN hash; ALTER TABLE problem_events DROP COLUMN hash;
       SELECT set_config('incident.keep_actors', 'on', true); -- the names as written, as an owner's import keeps them
       INSERT INTO incidents (title, status, detected_at, opened_at, created_by, updated_at) VALUES ('t', 'open', 'x', 'x', 'a', 'x');
       INSERT INTO events (incident_id, at, actor, kind, note) VALUES (1, '2026-12-01T09:00:00.000Z', 'alice', 'opened', NULL), (1, '2026-12-01T09:05:00.000Z', 'bob', 'noted', '見た');
       INSERT INTO problems (title, status, opened_at, created_by, updated_at) VALUES ('p', 'open', 'x', 'a', 'x');
       INSERT INTO problem_events (problem_id, at, actor, kind) VALUES (1, '2026-12-01T09:00:00.000Z', 'alice', 'opened');`,
    );
    expect(setUp.stderr).toBe('');
    // Migration 13 alone, as the runner gives it a transaction (later ones are not meant to run twice).
    const sql = await openPg(url);
    await sql.write(() => (PG_MIGRATIONS.find((m) => m.version === 13)!.sql as (s: typeof sql) => Promise<void>)(sql));
    await sql.close();
    // Written by hand from the rule (docs/export-import.md), hashed here.
    const hex = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');
    const first = hex('{"actor":"alice","at":"2026-12-01T09:00:00.000Z","kind":"opened","ref":"INC-1"}');
    const second = hex(`{"actor":"bob","at":"2026-12-01T09:05:00.000Z","kind":"noted","note":"見た","prev":"${first}","ref":"INC-1"}`);
    expect(psql(url, 'SELECT hash FROM events ORDER BY id').stdout.trim()).toBe(`${first}\n${second}`);
    expect(psql(url, 'SELECT hash FROM problem_events').stdout.trim()).toBe(hex('{"actor":"alice","at":"2026-12-01T09:00:00.000Z","kind":"opened","ref":"PRB-1"}'));
    expect(psql(url, "UPDATE events SET note = 'x'").stderr).toContain('the timeline is append-only');
  });

  it('migration 17: webhook_origin shows a URL as the CLI does, and queued webhook rows keep only their origin', async () => {
    const url = createDatabase('schema')!;
    await initSchema(url);
    // Each URL as `config set` stores it (its href), and what the CLI shows of it (written by hand).
    const shown: [string, string][] = [
      ['https://hooks.slack.com/services/T000/B000/XXXX', 'https://hooks.slack.com/…'],
      ['http://user:pw@10.0.0.5:8080/?token=abc', 'http://10.0.0.5:8080/…'],
      ['https://a:b%40c@Hooks.Example.COM:443/x', 'https://hooks.example.com/…'],
      ['https://alerts.example.com', 'https://alerts.example.com'],
      ['https://example.com/#frag', 'https://example.com/…'],
      ['http://u@[::1]:9000/x', 'http://[::1]:9000/…'],
      ['https://例え.jp/hook?k=1', 'https://xn--r8jz45g.jp/…'],
    ];
    const hrefs = shown.map(([u]) => new URL(u).href);
    expect(hrefs.map(redactUrl)).toEqual(shown.map(([, s]) => s));
    const values = hrefs.map((h) => `('${h}')`).join(', ');
    expect(psql(url, `SELECT webhook_origin(u) FROM (VALUES ${values}) v (u)`).stdout.trim().split('\n')).toEqual(shown.map(([, s]) => s));

    // A webhook row queued before version 17 held the whole URL: the migration leaves its origin.
    const setUp = psql(
      url,
      `DROP VIEW notify_webhooks; DROP FUNCTION webhook_origin(text);
       INSERT INTO outbox (event, rule, target_kind, target, payload, created_at, next_attempt_at) VALUES
         ('opened', 'ops', 'webhook', '${hrefs[1]}', '{}', 'x', 'x'), ('opened', 'pager', 'command', '/usr/local/bin/page', '{}', 'x', 'x');`,
    );
    expect(setUp.stderr).toBe('');
    expect(psql(url, WEBHOOKS_SQL).stderr).toBe('');
    expect(psql(url, 'SELECT rule, target FROM outbox ORDER BY id').stdout.trim()).toBe('ops|http://10.0.0.5:8080/…\npager|/usr/local/bin/page');
  });

  it('numbers incidents, problems and knowledge as SQLite does: no gap after a rolled-back insert', async () => {
    const url = createDatabase('schema')!;
    const sql = await openPg(url);
    const now = '2026-12-01T09:00:00.000Z';
    const openIncident = (title: string) =>
      sql.value<number>('INSERT INTO incidents (title, status, detected_at, opened_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id', [title, 'open', now, now, 'alice', now]);
    const addKnowledge = (title: string) =>
      sql.value<number>('INSERT INTO knowledge (title, created_by, created_at, updated_at) VALUES (?, ?, ?, ?) RETURNING id', [title, 'alice', now, now]);
    const openProblem = (title: string) =>
      sql.value<number>('INSERT INTO problems (title, status, opened_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?) RETURNING id', [title, 'open', now, 'alice', now]);
    try {
      expect(await sql.write(() => openIncident('メール遅延'))).toBe(1);
      await expect(
        sql.write(async () => {
          expect(await openIncident('rolled back')).toBe(2);
          expect(await addKnowledge('rolled back')).toBe(1);
          expect(await openProblem('rolled back')).toBe(1);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await sql.write(() => openIncident('VPN'))).toBe(2);
      expect(await sql.write(() => addKnowledge('VPN の再接続'))).toBe(1);
      expect(await sql.write(() => openProblem('VPN'))).toBe(1);
      // An id given is kept (import, copy), and the next one follows it.
      await sql.write(() => sql.run('INSERT INTO incidents (id, title, status, detected_at, opened_at, created_by, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)', [40, 'imported', 'closed', now, now, 'bob', now]));
      expect(await sql.write(() => openIncident('after the import'))).toBe(41);
    } finally {
      await sql.close();
    }
  });

  it('sorts and compares text as SQLite does (byte order), whatever the database locale', async () => {
    // A database made with an English collation, where "B" and "_" sort among the letters.
    const name = `schema_icu_${process.pid}`;
    const made = psql(createDatabase('schema')!, `CREATE DATABASE ${name} TEMPLATE template0 LOCALE_PROVIDER icu ICU_LOCALE 'en-US' LOCALE 'C.UTF-8'`);
    expect(made.stderr).toBe('');
    const url = pgUrl(process.env.INCIDENT_TEST_PG_SOCKET!, name);
    const sql = await openPg(url);
    try {
      await sql.write(async () => {
        for (const [key, value] of [['a', 'b'], ['B', 'x'], ['_', 'y'], ['é', 'z'], ['2026-12-01T09:00:00.000Z', '1'], ['2026-12-01T10:00:00Z', '2']]) {
          await sql.run('INSERT INTO settings (key, value) VALUES (?, ?)', [key!, value!]);
        }
      });
      expect((await sql.all<{ key: string }>('SELECT key FROM settings ORDER BY key')).map((r) => r.key)).toEqual([
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T10:00:00Z',
        'B',
        '_',
        'a',
        'é',
      ]);
      // What the database's own collation would have given: why the columns carry COLLATE "C".
      expect((await sql.all<{ key: string }>('SELECT key FROM settings ORDER BY key COLLATE "default"')).map((r) => r.key)).toEqual([
        '_',
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T10:00:00Z',
        'a',
        'B',
        'é',
      ]);
    } finally {
      await sql.close();
    }
  });
});

describe.skipIf(skips(missing !== ''))(`migrating a PostgreSQL database${skipNote(missing !== '', missing)}`, () => {
  let dir: string;
  let runner: string;
  beforeAll(() => {
    // A separate program that opens the database, as each `incident` command does.
    dir = mkdtempSync(join(tmpdir(), 'incident-pg-migrate-'));
    const entry = join(dir, 'open.ts');
    writeFileSync(
      entry,
      `import { openPg } from ${JSON.stringify(join(root, 'src/store/pg/connect.ts'))};
       openPg(process.argv[2]).then((s) => s.close()).then(() => console.log('ok'), (e) => { console.log(e.key ?? e.message); process.exitCode = e.exitCode ?? 1; });`,
    );
    runner = join(dir, 'open.cjs');
    buildSync({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', target: 'node20', outfile: runner, nodePaths: [join(root, 'node_modules')], logLevel: 'error' });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const run = (url: string) =>
    new Promise<{ status: number | null; stdout: string }>((resolve) => {
      const child = spawn(process.execPath, [runner, url], { stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      child.stdout.on('data', (d) => (stdout += d));
      child.on('close', (status) => resolve({ status, stdout }));
    });

  it('four processes opening one empty database at once: all succeed, and the schema is made once', async () => {
    const url = createDatabase('migrate')!;
    const results = await Promise.all([run(url), run(url), run(url), run(url)]);
    expect(results).toEqual(Array(4).fill({ status: 0, stdout: 'ok\n' }));
    expect(psql(url, 'SELECT version FROM incident_schema ORDER BY version').stdout.trim()).toBe(APPLIED);
    // The thirteen record tables, incident_schema, and the search index's three.
    expect(psql(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").stdout.trim()).toBe('17');
  });

  it('a role that may not create tables there gets one line saying who may set the database up', async () => {
    const url = createDatabase('migrate')!;
    const role = `guest_${process.pid}`;
    expect(psql(url, `CREATE ROLE ${role} LOGIN`).stderr).toBe('');
    const asGuest = url.replace('postgres@', `${role}@`);
    const e = await refusalOf(openPg(asGuest));
    expect([e.exit, e.message, e.hint]).toEqual([
      5,
      `no permission to use the database: ${asGuest}`,
      'this role may not create tables in that database: set it up as its owner (incident db init URL), or make this role its owner (docs/team.md)',
    ]);
    expect(psql(url, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").stdout.trim()).toBe('0');
  });

  it('sets up a database that holds only an extension\'s views', async () => {
    const url = createDatabase('migrate')!;
    expect(psql(url, 'CREATE EXTENSION pg_buffercache').stderr).toBe('');
    await (await openPg(url)).close();
    expect(psql(url, 'SELECT version FROM incident_schema ORDER BY version').stdout.trim()).toBe(APPLIED);
  });

  it('refuses a database from a newer version, and leaves it as it was', async () => {
    const url = createDatabase('migrate')!;
    await initSchema(url);
    psql(url, `INSERT INTO incident_schema VALUES (${PG_LATEST_VERSION + 1}, 'from the future', '2027-01-01T00:00:00.000Z')`);
    const before = snapshot(url);
    const e = await refusalOf(openPg(url));
    expect([e.exit, e.key, e.params]).toEqual([5, 'error.storageNewer', { found: PG_LATEST_VERSION + 1, known: PG_LATEST_VERSION, path: url }]);
    expect(await run(url)).toEqual({ status: 5, stdout: 'error.storageNewer\n' });
    expect(snapshot(url)).toBe(before);
  });

  it('refuses a database that holds another program\'s tables, and leaves it as it was', async () => {
    const url = createDatabase('migrate')!;
    psql(url, "CREATE TABLE foreign_things (id int PRIMARY KEY, name text); INSERT INTO foreign_things VALUES (1, 'theirs')");
    const before = snapshot(url);
    for (const open of [() => openPg(url), () => initSchema(url)]) {
      const e = await refusalOf(open());
      expect([e.exit, e.key, e.params, e.hintKey]).toEqual([5, 'error.storageForeign', { path: url }, 'error.pgForeignHint']);
    }
    expect(snapshot(url)).toBe(before);
    expect(snapshot(url)).toContain('1|theirs');
  });
});
