import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB } from '../../src/store/sqlite/connection.js';
import { SqliteSql } from '../../src/store/sqlite/sql.js';
import { SqliteDialect } from '../../src/store/sqlite/dialect.js';
import { SearchStore, type Scored } from '../../src/store/search.js';
import { parseQuery, similarQuery, toFts } from '../../src/core/query.js';
import type { DocKind } from '../../src/core/rank.js';
import type { PgSql } from '../../src/store/pg/sql.js';
import { ftsTokens, PgSearchStore, rebuildSearchIndex, reindexIncidents, reindexKnowledge, searchIndexDrift, toPgMatch } from '../../src/store/pg/search.js';
import { createDatabase, pgMissing, psql } from '../helpers/pg-cluster.js';
import { skipNote, skips } from '../helpers/optional.js';
import { connect, createSchema } from '../helpers/pg-search.js';

/**
 * Search on PostgreSQL against search on SQLite (SPEC §7, §15): the same corpus in both, indexed by
 * SQLite's FTS5 triggers (store/search.ts) and by our PostgreSQL index; every query must give the
 * same hits, in the same order, with the same scores. SQLite's FTS5 is the reference: a separate
 * implementation of the ranking (sqlite's own bm25()), not the code under test.
 */

interface Incident {
  id: number;
  title: string;
  description?: string | null;
  scope?: string | null;
  resolution?: string | null;
  tags?: string[];
  category?: string | null;
  service?: string | null;
  status: string;
  opened: string;
  resolved?: string | null;
  notes?: string[];
}

interface Entry {
  id: number;
  title: string;
  symptoms?: string | null;
  cause?: string | null;
  resolution?: string | null;
  workaround?: string | null;
  tags?: string[];
  category?: string | null;
  service?: string | null;
  status: string;
  updated: string;
}

const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();

/** Written by hand: the cases the queries below are about. */
const INCIDENTS: Incident[] = [
  { id: 1, title: 'メール送信ができない', description: '営業部でメール送信時にエラー。SMTP サーバーの障害と思われる。', category: 'mail', service: 'Exchange', status: 'closed', opened: day(1), resolved: day(3), resolution: 'SMTP を再起動した', notes: ['再起動で復旧', 'メール送信を確認'] },
  { id: 2, title: 'Mail delivery delayed', description: 'メールの送信が遅延している。', category: 'mail', service: 'Exchange', status: 'resolved', opened: day(2), resolved: day(4), resolution: 'Queue flushed' },
  { id: 3, title: '全社ネットワーク障害', description: '本社で障害。VPN も接続できない。', scope: '本社 3F 全員', category: 'network', service: 'VPN', status: 'closed', opened: day(5), resolved: day(6), tags: ['障害', 'major'] },
  { id: 4, title: 'ＶＰＮ 接続できない', description: '在宅勤務で ＶＰＮ クライアントが接続できない。証明書の期限切れ。', category: 'network', service: 'VPN', status: 'on_hold', opened: day(7) },
  { id: 5, title: 'Certificate expired on VPN gateway', description: 'The certificate expired at midnight; users cannot log in.', category: 'security', service: 'VPN', status: 'closed', opened: day(8), resolved: day(9), resolution: 'Renewed the certificate and restarted the service' },
  { id: 6, title: "Printer says it's out of paper", description: "Path C:\\temp\\spool\\job.txt; error a:b:c; 'quoted' \\ backslash", category: 'hardware', service: 'Print', status: 'open', opened: day(10), notes: ["the printer's tray is full"] },
  { id: 7, title: 'printers on 3F offline', description: 'All printers print nothing. printing queue stuck.', category: 'hardware', service: 'Print', status: 'escalated', opened: day(11) },
  { id: 8, title: 'ログインできない', description: 'Okta でログインできない。パスワードをリセットした。', category: 'account', service: 'Okta', status: 'closed', opened: day(12), resolved: day(13), resolution: 'パスワードをリセット' },
  { id: 9, title: 'login fails with error 0x80070005', description: 'User sees error 0x80070005 when opening the app; login fails again and again.', category: 'account', service: 'Okta', status: 'cancelled', opened: day(14) },
  { id: 10, title: '記号だけ ⺀ と a،b の件', description: 'a،b は区切られる。⺀ は語にならない。', category: null, service: null, status: 'open', opened: day(15) },
  { id: 11, title: '停電', description: null, category: 'network', service: null, status: 'classified', opened: day(16) },
  { id: 12, title: '停電', description: null, category: 'network', service: null, status: 'classified', opened: day(16) },
  // Beyond what a tsvector keeps: 300 of one word, and over 16,383 tokens with a phrase at the end.
  { id: 13, title: 'Log flood', description: `${'error '.repeat(300)}then the disk filled`, status: 'closed', opened: day(17), resolved: day(18), category: 'storage', service: 'NAS' },
  // A word longer than a tsvector takes (1,200 bytes), and another sharing its first 1,000.
  { id: 16, title: 'Base64 blob pasted', description: `${'q'.repeat(1200)} and ${'q'.repeat(1100)}`, status: 'open', opened: day(22) },
  // Overlapping occurrences of a phrase, in the title and in the text.
  { id: 15, title: '障害障害障害', description: 'ログインログイン、ログイン。login login', status: 'open', opened: day(21) },
  { id: 14, title: 'Huge paste', description: `${'word '.repeat(17_000)}rare closing phrase`, status: 'resolved', opened: day(19), resolved: day(20), category: 'storage', service: 'NAS' },
];

const ENTRIES: Entry[] = [
  { id: 1, title: 'メール送信エラーの対処', symptoms: 'メール送信時に 550 エラー', resolution: 'SMTP リレーを設定', category: 'mail', service: 'Exchange', status: 'published', updated: day(2) },
  { id: 2, title: 'VPN 証明書の期限切れ', symptoms: 'VPN に接続できない', cause: '証明書の期限切れ', resolution: '証明書を再発行', category: 'network', service: 'VPN', status: 'published', updated: day(3) },
  { id: 3, title: 'Printer offline', symptoms: 'printer shows offline', resolution: 'Restart the print spooler', category: 'hardware', service: 'Print', status: 'draft', updated: day(4) },
  { id: 4, title: '古い障害対応手順', symptoms: '障害時の連絡先', status: 'retired', updated: day(5), tags: ['障害'] },
];

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number) {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = ['VPN', '接続', '障害', '証明書', '期限切れ', 'ログイン', 'できない', 'プリンター', '紛失', 'メール', '送信', 'サーバー', '遅い', '再起動',
  'printer', 'login', 'fails', 'certificate', 'expired', 'mail', 'server', 'slow', 'restart', 'network', 'disk', 'full'];
const STATUSES = ['open', 'classified', 'escalated', 'on_hold', 'resolved', 'closed', 'cancelled'];

/** Many more records, so that document frequencies and lengths vary as in a real database. */
function generated(): { incidents: Incident[]; entries: Entry[] } {
  const r = rng(22);
  const pick = <T,>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)]!;
  const text = (min: number, max: number) => Array.from({ length: min + Math.floor(r() * (max - min + 1)) }, () => pick(WORDS)).join(r() < 0.5 ? ' ' : '');
  const incidents: Incident[] = [];
  for (let id = 101; id <= 400; id++) {
    const status = pick(STATUSES);
    const done = status === 'resolved' || status === 'closed';
    incidents.push({
      id, title: text(1, 5), description: r() < 0.8 ? text(0, 20) : null, scope: r() < 0.1 ? text(1, 3) : null,
      resolution: done ? text(1, 6) : null, tags: r() < 0.3 ? [pick(WORDS)] : [], category: pick(['network', 'mail', 'account', null]),
      service: pick(['VPN', 'Exchange', 'ファイルサーバー', null]), status, opened: day(100 + id), resolved: done ? day(110 + id) : null,
      notes: r() < 0.4 ? [text(1, 8), ...(r() < 0.3 ? [text(1, 4)] : [])] : [],
    });
  }
  const entries: Entry[] = [];
  for (let id = 101; id <= 180; id++) {
    entries.push({
      id, title: text(1, 4), symptoms: text(0, 12), cause: r() < 0.5 ? text(1, 5) : null, resolution: text(0, 6), workaround: r() < 0.2 ? text(1, 3) : null,
      category: pick(['network', 'mail', null]), service: pick(['VPN', 'Exchange', null]), status: pick(['published', 'published', 'draft', 'retired']), updated: day(Math.floor(id / 3)),
    });
  }
  return { incidents, entries };
}

/** SQLite's search over a database filled directly: the reference the PostgreSQL answers are held to. */
interface Lite {
  db: DB;
  search: SearchStore;
  close(): void;
}

async function openLite(): Promise<Lite> {
  const db = await openDatabase(':memory:');
  const sql = new SqliteSql(db);
  return { db, search: new SearchStore(sql, new SqliteDialect(sql)), close: () => db.close() };
}

function fillSqlite(s: Lite, incidents: Incident[], entries: Entry[]): void {
  const inc = s.db.prepare(`INSERT INTO incidents (id, title, description, scope, resolution, tags, category, service, status, detected_at, opened_at, resolved_at, created_by, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 't', ?)`);
  const ev = s.db.prepare(`INSERT INTO events (incident_id, at, actor, kind, note) VALUES (?, ?, 't', 'noted', ?)`);
  const kb = s.db.prepare(`INSERT INTO knowledge (id, title, symptoms, cause, resolution, workaround, tags, category, service, status, created_by, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 't', ?, ?)`);
  s.db.transaction(() => {
    for (const i of incidents) {
      inc.run(i.id, i.title, i.description ?? null, i.scope ?? null, i.resolution ?? null, JSON.stringify(i.tags ?? []), i.category ?? null, i.service ?? null, i.status, i.opened, i.opened, i.resolved ?? null, i.opened);
      for (const n of i.notes ?? []) ev.run(i.id, i.opened, n);
    }
    for (const k of entries) {
      kb.run(k.id, k.title, k.symptoms ?? null, k.cause ?? null, k.resolution ?? null, k.workaround ?? null, JSON.stringify(k.tags ?? []), k.category ?? null, k.service ?? null, k.status, k.updated, k.updated);
    }
  })();
}

async function fillPg(sql: PgSql, incidents: Incident[], entries: Entry[]): Promise<void> {
  await sql.write(async () => {
    for (const i of incidents) {
      await sql.run(`INSERT INTO incidents (id, title, description, scope, resolution, tags, category, service, status, opened_at, resolved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        i.id, i.title, i.description ?? null, i.scope ?? null, i.resolution ?? null, JSON.stringify(i.tags ?? []), i.category ?? null, i.service ?? null, i.status, i.opened, i.resolved ?? null,
      ]);
      for (const n of i.notes ?? []) await sql.run(`INSERT INTO events (incident_id, kind, note) VALUES (?, 'noted', ?)`, [i.id, n]);
    }
    for (const k of entries) {
      await sql.run(`INSERT INTO knowledge (id, title, symptoms, cause, resolution, workaround, tags, category, service, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`, [
        k.id, k.title, k.symptoms ?? null, k.cause ?? null, k.resolution ?? null, k.workaround ?? null, JSON.stringify(k.tags ?? []), k.category ?? null, k.service ?? null, k.status, k.updated,
      ]);
    }
    await reindexIncidents(sql, incidents.map((i) => i.id));
    await reindexKnowledge(sql, entries.map((k) => k.id));
  });
}

type Filter = { statuses?: readonly string[]; notStatuses?: readonly string[]; any?: boolean };

/** Best first; at equal score by id, so that equal scores must be equal on both sides to line up. */
const ordered = (xs: Scored[]) => [...xs].sort((a, b) => b.score - a.score || a.id - b.id);

describe('tokens as the FTS5 index on SQLite holds them', () => {
  it('cuts our tokens again where unicode61 does, and leaves the rest as they are', () => {
    expect(ftsTokens('障害 害 vpn 0x80070005')).toEqual(['障害', '害', 'vpn', '0x80070005']);
    // ⺀ (a CJK radical, a symbol) and the Arabic comma are word characters for us, not for FTS5.
    expect(ftsTokens('a،b ⺀ 証明⺀書')).toEqual(['a', 'b', '証明', '書']);
    expect(ftsTokens('')).toEqual([]);
  });

  it('asks nothing when the query holds nothing to search, as toFts', () => {
    expect(toPgMatch(parseQuery('-vpn'))).toBeNull();
    expect(toPgMatch(parseQuery('"" ***'))).toBeNull();
    expect(toPgMatch(parseQuery('title:ログイン'))?.include).toEqual([[{ tokens: ['ログ', 'グイ', 'イン'], prefix: false, fields: ['title'] }]]);
  });
});

const missing = pgMissing();

describe.skipIf(skips(missing !== ''))(`search on PostgreSQL${skipNote(missing !== '', missing)}`, () => {
  let sql: PgSql;
  let url: string;
  let lite: Lite;
  let store: PgSearchStore;
  const { incidents, entries } = generated();
  const allIncidents = [...INCIDENTS, ...incidents];
  const allEntries = [...ENTRIES, ...entries];

  beforeAll(async () => {
    url = createDatabase('pgsearch')!;
    sql = await connect(url);
    await createSchema(sql);
    await fillPg(sql, allIncidents, allEntries);
    lite = await openLite();
    // Indexed by its triggers as it is filled (a note replaces the row): its totals are the records' own.
    fillSqlite(lite, allIncidents, allEntries);
    store = new PgSearchStore(sql);
  });
  afterAll(async () => {
    await sql?.close();
    lite?.close();
  });

  /** The same query on both: the same ids in the same order, scores equal to 1e-9 relative. */
  async function same(kind: DocKind, text: string, filter: Filter = {}, limit = Infinity, since?: string, query = parseQuery(text)): Promise<Scored[]> {
    const fts = toFts(query, filter);
    const match = toPgMatch(query, filter);
    expect(match === null, text).toBe(fts === null);
    if (!fts || !match) return [];
    const want = ordered(await lite.search.best(kind, query, filter, limit, since));
    const got = ordered(await store.best(kind, match, limit, since));
    expect(got.map((h) => h.id), `${kind} ${text} ${JSON.stringify(filter)}`).toEqual(want.map((h) => h.id));
    got.forEach((h, i) => expect(Math.abs(h.score - want[i]!.score) / Math.abs(want[i]!.score), `${kind} ${text} #${h.id}`).toBeLessThanOrEqual(1e-9));
    return want;
  }

  const QUERIES = [
    '障害', '停電', 'メール送信', 'メール', 'VPN', 'ＶＰＮ　接続', 'vpn 接続', 'login fails', 'certificate', 'Certificate expired', '"certificate expired"',
    '"証明書の期限切れ"', '証明書の期限', 'print*', 'printer', '証', 'プリンター -遅い', '障害 -vpn', 'title:ログイン', 'title:障害', 'category:network 障害',
    'service:vpn', 'カテゴリ:mail', 'error', '"rare closing phrase"', 'word', '"then the disk filled"', 'disk',
    "it's", 'C:\\temp\\spool', '"a:b:c"', "'quoted' \\", 'a،b', '⺀', 'vpn ⺀', '⺀ -vpn', '0x80070005',
    '障害障害', 'ログインログイン', '"login login"', 'title:障害障害', 'q'.repeat(1200), 'q'.repeat(1100), 'q'.repeat(1000), `${'q'.repeat(1050)}*`,
    'xyzzy', '"no such phrase here"',
  ];
  const NO_HITS = new Set(['q'.repeat(1000), 'xyzzy', '"no such phrase here"', '⺀', 'vpn ⺀', '⺀ -vpn']);

  it('finds the same hits in the same order with the same scores as SQLite, for every kind of query', async () => {
    for (const q of QUERIES) {
      const inc = await same('incident', q);
      const kb = await same('knowledge', q);
      if (NO_HITS.has(q)) expect(inc.length + kb.length, q).toBe(0);
      else expect(inc.length + kb.length, q).toBeGreaterThan(0);
    }
  });

  it('keeps the records past what a tsvector holds out of it, and still finds them', async () => {
    expect((await sql.all<{ id: number }>('SELECT id FROM incident_search WHERE overflow ORDER BY id')).map((r) => r.id)).toEqual([13, 14, 16]);
    expect((await same('incident', '"rare closing phrase"')).map((h) => h.id)).toEqual([14]);
    expect((await same('incident', '"then the disk filled"')).map((h) => h.id)).toEqual([13]);
  });

  it('cuts at the limit as SQLite does, keeping every match tied with the last', async () => {
    // INC-11 and INC-12 are the same text: equal scores, both kept at a limit of 1.
    const top = await same('incident', '停電', {}, 1);
    expect(top.map((h) => h.id).sort()).toEqual([11, 12]);
    for (const q of ['VPN', 'メール送信', 'printer', 'word']) await same('incident', q, {}, 3);
  });

  it('ranks a title match first and a passing mention after it, by hand', async () => {
    const hits = ordered(await store.best('incident', toPgMatch(parseQuery('メール送信'))!, 10));
    // INC-1 holds it in its title (weight 10) and text; INC-2 only 「メールの送信」, which is not the phrase.
    expect(hits[0]?.id).toBe(1);
    expect(hits.map((h) => h.id)).not.toContain(2);
    const kb = ordered(await store.best('knowledge', toPgMatch(parseQuery('メール送信'))!, 10));
    expect(kb[0]?.id).toBe(1);
  });

  it('filters by status, time and any-word as SQLite does, with the statistics of the whole table', async () => {
    for (const q of ['障害', 'VPN', 'login', 'メール']) {
      await same('incident', q, { statuses: ['resolved', 'closed'] });
      await same('incident', q, { notStatuses: ['open', 'classified', 'escalated', 'on_hold', 'cancelled'] });
      await same('incident', q, { statuses: ['on_hold'] });
      await same('knowledge', q, { notStatuses: ['retired'] });
      await same('knowledge', q, { statuses: ['draft'] });
      await same('incident', q, {}, Infinity, day(250));
      await same('knowledge', q, {}, Infinity, day(40));
    }
    // Similar-entry suggestions: any of a title's words.
    for (const title of ['VPN に接続できない', 'メール送信エラー', 'Printer offline on 3F']) {
      await same('incident', title, { any: true, statuses: ['resolved', 'closed'] }, 50, undefined, similarQuery(title, 12));
      await same('knowledge', title, { any: true, notStatuses: ['retired'] }, 50, undefined, similarQuery(title, 12));
    }
  });

  it('reads the same tie-break keys and documents as SQLite', async () => {
    const ids = [1, 3, 6, 10, 101, 150];
    expect(await store.keys('incident', ids)).toEqual(await lite.search.keys('incident', ids));
    expect(await store.docs('incident', ids)).toEqual(await lite.search.docs('incident', ids));
    expect(await store.docs('knowledge', [1, 2, 4, 120])).toEqual(await lite.search.docs('knowledge', [1, 2, 4, 120]));
  });

  it('never fails on hostile input, and gives what SQLite gives', async () => {
    const hostile = ['"', '""', '" AND ( NEAR( * -', "'); DROP TABLE incidents; --", '\\', ":*", "'a':* & !b <-> c", '-', '***', 'title:', 'a:1A b:2B', 'NOT OR AND', '🙂 障害 🙂', '$1 ? ?', "ｖｐｎ\u0000障害"];
    for (const q of hostile) {
      await same('incident', q);
      await same('knowledge', q);
    }
    expect(Number(psql(url, 'SELECT count(*) FROM incidents').stdout.trim())).toBe(allIncidents.length);
  });

  it('follows edits and new notes once reindexed, as SQLite follows them by its triggers: the same scores after', async () => {
    expect((await same('incident', '紫陽花')).length).toBe(0);
    // Edited and noted again and again: both sides' totals must stay the records' own (no rebuild).
    for (const title of ['紫陽花', 'printer 紫陽花', '紫陽花の件']) {
      lite.db.prepare('UPDATE incidents SET title = ? WHERE id = 7').run(title);
      await sql.write(() => sql.run('UPDATE incidents SET title = ? WHERE id = 7', [title]).then(() => reindexIncidents(sql, [7])));
    }
    for (const note of ['printer jam', 'printer jam again', 'printer jam 紫陽花']) {
      lite.db.prepare("INSERT INTO events (incident_id, at, actor, kind, note) VALUES (8, ?, 't', 'noted', ?)").run(day(30), note);
      await sql.write(() => sql.run("INSERT INTO events (incident_id, kind, note) VALUES (8, 'noted', ?)", [note]).then(() => reindexIncidents(sql, [8])));
    }
    const hits = await same('incident', '紫陽花');
    expect(hits.map((h) => h.id)).toEqual([7, 8]);
    expect((await same('incident', 'offline')).map((h) => h.id)).not.toContain(7);
    await same('incident', 'printer');
    expect(await searchIndexDrift(sql)).toEqual({
      incident: { missing: [], extra: [], stale: [], totals: false },
      knowledge: { missing: [], extra: [], stale: [], totals: false },
    });
  });

  it('reports drift after a direct edit, and a rebuild puts it right', async () => {
    expect(psql(url, "UPDATE incidents SET title = 'changed behind our back' WHERE id = 3").status).toBe(0);
    expect(psql(url, 'DELETE FROM knowledge_search WHERE id = 2').status).toBe(0);
    expect(psql(url, `INSERT INTO knowledge_search SELECT 999, doc, title_tokens, body_tokens, category_tokens, service_tokens, status, len, overflow FROM knowledge_search WHERE id = 1`).status).toBe(0);
    expect(await searchIndexDrift(sql)).toEqual({
      incident: { missing: [], extra: [], stale: [3], totals: false },
      knowledge: { missing: [2], extra: [999], stale: [], totals: true },
    });
    // Totals out of step with the rows (as that direct insert left them) still search, no error.
    expect((await store.best('knowledge', toPgMatch(parseQuery('VPN'))!, 5)).length).toBeGreaterThan(0);
    expect(psql(url, "UPDATE search_totals SET rows = 1 WHERE kind = 'knowledge'").status).toBe(0);
    expect((await store.best('knowledge', toPgMatch(parseQuery('VPN'))!, 5)).length).toBeGreaterThan(0);
    await rebuildSearchIndex(sql);
    expect(await searchIndexDrift(sql)).toEqual({
      incident: { missing: [], extra: [], stale: [], totals: false },
      knowledge: { missing: [], extra: [], stale: [], totals: false },
    });
  });
});
