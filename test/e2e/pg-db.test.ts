import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { onPg, Sandbox } from '../helpers/cli.js';
import { createDatabase } from '../helpers/pg-cluster.js';
import { PG_LATEST_VERSION } from '../../src/store/pg/migrations.js';

/** `incident db …` on a PostgreSQL database (SPEC §12, §15): pg project only (vitest.config.ts). */
describe.skipIf(!onPg)('incident db on PostgreSQL', () => {
  let sb: Sandbox;
  beforeEach(() => {
    sb = new Sandbox();
  });
  afterEach(() => sb.cleanup());

  it('db init sets the schema up once; run again it says the schema is current', () => {
    const first = sb.run(['db', 'init', sb.db]);
    expect(first.code).toBe(0);
    expect(first.stderr).toContain(`created the incident schema (version ${PG_LATEST_VERSION}) in ${sb.db}`);
    const again = sb.run(['db', 'init', sb.db]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain(`the schema of ${sb.db} is up to date (${PG_LATEST_VERSION})`);
    expect(sb.run(['db', 'init', join(sb.dir, 'x.db')]).code).toBe(2);
  });

  it('a role without privileges on the tables gets exit 4 and one line naming the role, then works once granted', () => {
    expect(sb.run(['open', 'VPN 障害', '-q']).code).toBe(0);
    sb.exec('CREATE ROLE incident_bob LOGIN');
    const bob = sb.db.replace(/^postgres:\/\/[^@]*@/, 'postgres://incident_bob@');
    const denied = sb.run(['--db', bob, 'list']);
    expect(denied.code).toBe(4);
    expect(denied.stderr).toMatch(/^incident: role incident_bob may not do this in database \S+: it needs the reader role \(permission denied for table \w+\); ask an admin for `incident db grant incident_bob reader` \(docs\/team.md\)\n$/);
    expect(denied.stderr).not.toMatch(/internal error|at .*\.js:\d+/);
    sb.exec('GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO incident_bob');
    expect(sb.run(['--db', bob, 'note', 'INC-1', 'bob のメモ']).code).toBe(0);
    expect(sb.scalar("SELECT count(*) FROM events WHERE kind = 'noted'")).toBe(1);
  });

  it('a reading command on an empty database is exit 5 "no incident database", and creates nothing', () => {
    const r = sb.run(['list']);
    expect(r.code).toBe(5);
    expect(r.stderr).toContain(`no incident database at ${sb.db}`);
    expect(sb.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toBe(0);
  });

  it('db check is healthy after writes; db backup names pg_dump (exit 2); db vacuum runs', () => {
    sb.run(['open', 'VPN に接続できない', '--impact', 'high', '--urgency', 'high']);
    sb.run(['note', 'INC-1', '証明書の期限切れ']);
    const check = sb.run(['db', 'check', '--json']);
    expect(check.code).toBe(0);
    const result = JSON.parse(check.stdout);
    expect(result.ok).toBe(true);
    expect(result.fts).toEqual([
      { table: 'incident_search', result: 'ok' },
      { table: 'knowledge_search', result: 'ok' },
    ]);
    const backup = sb.run(['db', 'backup', join(sb.dir, 'b.db')]);
    expect(backup.code).toBe(2);
    expect(backup.stderr).toContain(`pg_dump -Fc -f FILE ${sb.db}`);
    expect(existsSync(join(sb.dir, 'b.db'))).toBe(false);
    expect(sb.run(['db', 'vacuum']).code).toBe(0);
  });

  it('shell completion offers refs from the server; an empty or unreachable server offers none, silently', () => {
    const refs = (args: string[], db = sb.db) => {
      const r = sb.run(['--db', db, '__complete', '--', ...args]);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      return r.stdout.split('\n').filter((l) => l.startsWith('INC-')).map((l) => l.split('\t')[0]);
    };
    // Nothing there yet: no refs, and the completion made no schema.
    expect(refs(['show', ''])).toEqual([]);
    expect(sb.scalar("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'")).toBe(0);
    for (const t of ['VPN 障害', 'プリンタ', 'メール遅延']) expect(sb.run(['open', t, '-q']).code).toBe(0);
    expect(sb.run(['resolve', '2', '--resolution', '再起動']).code).toBe(0);
    expect(refs(['show', '']).sort()).toEqual(['INC-1', 'INC-2', 'INC-3']);
    expect(refs(['close', ''])).toEqual(['INC-2']);
    expect(refs(['show', '3'])).toEqual(['INC-3']);
    // Port 1 on this host: nobody listens; the Tab press gives up at once, quietly.
    expect(refs(['show', ''], 'postgres://nobody@127.0.0.1:1/incidents')).toEqual([]);
  });

  it('db copy --to a file and --from it into another server database keeps refs, notes and search', () => {
    sb.run(['open', 'メールが送れない', '--impact', 'low', '--urgency', 'low']);
    sb.run(['open', 'VPN に接続できない', '--impact', 'high', '--urgency', 'high']);
    sb.run(['note', 'INC-2', '証明書の期限切れ']);
    expect(sb.run(['kb', 'add', '--title', 'VPN 証明書の更新']).code).toBe(0);
    const file = join(sb.dir, 'copy.db');
    const out = sb.run(['db', 'copy', '--to', file]);
    expect(out.code, out.stderr).toBe(0);
    expect(out.stderr).toContain('copied 2 incidents, 0 problems, 1 knowledge entries');
    // Both hits, in any order: SQLite's contentless FTS5 totals count a re-indexed record again (a
    // note re-indexes its incident), so scores close to each other may order differently than on
    // PostgreSQL, whose totals are exact (docs/knowledge-and-search.md, "On PostgreSQL").
    const hits = (db: string) => sb.run(['--db', db, 'search', '証明書', '-q']).stdout.trim().split('\n').sort();
    expect(hits(file)).toEqual(['INC-2', 'KB-1']);
    // Into a second, empty server database: the search index is rebuilt there.
    const second = createDatabase('e2e')!;
    const back = sb.run(['--db', second, 'db', 'copy', '--from', file]);
    expect(back.code, back.stderr).toBe(0);
    expect(hits(second)).toEqual(['INC-2', 'KB-1']);
    expect(sb.run(['--db', second, 'show', 'INC-1', '--json']).stdout).toContain('メールが送れない');
    // The timelines' hashes came along both ways: every chain there checks (two opened events, a note).
    expect(JSON.parse(sb.run(['--db', second, 'db', 'check', '--json']).stdout)).toMatchObject({ ok: true, chains: { events: 3, brokenChains: 0 } });
    // A target that holds records is refused (exit 4), and the source itself (exit 2).
    expect(sb.run(['db', 'copy', '--to', second]).code).toBe(4);
    expect(sb.run(['db', 'copy', '--to', sb.db]).code).toBe(2);
  });
});
