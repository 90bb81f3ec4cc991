import { describe, expect, it } from 'vitest';
import { Store } from '../../src/store/index.js';
import { search } from '../../src/app/search.js';
import { parseQuery, type QueryTerm } from '../../src/core/query.js';
import { tokens } from '../../src/core/normalize.js';

/**
 * Ranking over every match (SPEC §7, issue 27). The expected order comes from the BM25 written out
 * below, independently of the product's ranking: the product's tokenizer only supplies the tokens
 * the index holds and the query's parser the words asked for (the input, not the answer).
 *
 * The ranking as documented (docs/knowledge-and-search.md, "Ranking"): per kind of record, over
 * its N rows; a word's idf = ln((N − df + 0.5) / (df + 0.5)), at least 1e-6; its weighted frequency
 * f = 10 × (occurrences in the title) + 1 × (in the text) + 1 × (in category) + 1 × (in service);
 * score = Σ idf × f × (k1 + 1) / (f + k1 × (1 − b + b × len / avglen)), k1 = 1.2, b = 0.75, len the
 * record's tokens in every column. At equal score: answered (resolved/closed incidents, knowledge)
 * before open, published before draft, recent before old, knowledge before incidents, higher id.
 */

const K1 = 1.2;
const B = 0.75;
const W = { title: 10, body: 1, category: 1, service: 1, status: 0 };
type Col = keyof typeof W;

interface OracleDoc {
  ref: string;
  kind: 'incident' | 'knowledge';
  id: number;
  status: string;
  at: string;
  cols: Record<Col, string[]>;
}

/** A query word as the index looks for it: one or more phrases (English forms), any of them. */
type Phrase = { toks: string[]; prefix: boolean; cols: Col[] };
const phrasesOf = (t: QueryTerm): Phrase[] => {
  const cols: Col[] = t.field ? [t.field] : ['title', 'body', 'category', 'service'];
  if (t.forms?.length) return [t.tokens[0], ...t.forms].map((f) => ({ toks: [f], prefix: false, cols }));
  return [{ toks: t.tokens, prefix: t.prefix, cols }];
};

function occurrences(col: string[], p: Phrase): number {
  let n = 0;
  for (let i = 0; i + p.toks.length <= col.length; i++) {
    let ok = true;
    for (let j = 0; j < p.toks.length && ok; j++) {
      const last = j === p.toks.length - 1;
      ok = last && p.prefix ? col[i + j].startsWith(p.toks[j]) : col[i + j] === p.toks[j];
    }
    if (ok) n++;
  }
  return n;
}
const inDoc = (d: OracleDoc, p: Phrase) => p.cols.some((c) => occurrences(d.cols[c], p) > 0);
const len = (d: OracleDoc) => Object.values(d.cols).reduce((s, c) => s + c.length, 0);

/** Every match of a query in one kind's rows, scored: the exhaustive BM25. */
function oracleKind(rows: OracleDoc[], query: string, keep: (d: OracleDoc) => boolean) {
  const q = parseQuery(query);
  const include = q.include.map(phrasesOf);
  const exclude = q.exclude.flatMap(phrasesOf);
  const phrases = include.flat();
  const n = rows.length;
  const avg = rows.reduce((s, d) => s + len(d), 0) / n;
  const idf = phrases.map((p) => {
    const df = rows.filter((d) => inDoc(d, p)).length;
    const v = Math.log((n - df + 0.5) / (df + 0.5));
    return v <= 0 ? 1e-6 : v;
  });
  return rows
    .filter((d) => keep(d) && include.every((ps) => ps.some((p) => inDoc(d, p))) && !exclude.some((p) => inDoc(d, p)))
    .map((d) => {
      const l = len(d);
      let score = 0;
      phrases.forEach((p, i) => {
        const f = p.cols.reduce((s, c) => s + W[c] * occurrences(d.cols[c], p), 0);
        score += (idf[i] * f * (K1 + 1)) / (f + K1 * (1 - B + (B * l) / avg));
      });
      return { d, score };
    });
}

const answered = (s: string) => (['resolved', 'closed', 'published', 'draft', 'retired'].includes(s) ? 0 : 1);
const kbOrder = (s: string) => ({ published: 0, draft: 1, retired: 2 })[s as 'draft'] ?? 0;

function oracle(all: OracleDoc[], query: string, limit: number, incidentStatuses?: string[]): { ref: string; score: number }[] {
  const kb = all.filter((d) => d.kind === 'knowledge');
  const inc = all.filter((d) => d.kind === 'incident');
  const hits = [...oracleKind(kb, query, (d) => d.status !== 'retired'), ...oracleKind(inc, query, (d) => !incidentStatuses || incidentStatuses.includes(d.status))];
  hits.sort(
    (a, b) =>
      b.score - a.score ||
      answered(a.d.status) - answered(b.d.status) ||
      kbOrder(a.d.status) - kbOrder(b.d.status) ||
      (a.d.at === b.d.at ? 0 : a.d.at < b.d.at ? 1 : -1) ||
      (a.d.kind === b.d.kind ? 0 : a.d.kind === 'knowledge' ? -1 : 1) ||
      b.d.id - a.d.id,
  );
  return hits.slice(0, limit).map((h) => ({ ref: h.d.ref, score: h.score }));
}

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

const WORDS = [
  'VPN', '接続', '障害', '証明書', '期限切れ', 'ログイン', 'できない', 'プリンタ', '紛失', 'メール', 'サーバ', '遅い', '再起動',
  'printer', 'login', 'fails', 'certificate', 'expired', 'mail', 'server', 'slow', 'restart', 'network', 'disk', 'full',
];
const CATEGORIES = ['network', 'account', 'hardware', 'security', null];
const SERVICES = ['VPN', 'Mail', 'Print', null];

async function corpus(seed: number, incidents: number, entries: number) {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(r() * xs.length)];
  const text = (min: number, max: number) => Array.from({ length: min + Math.floor(r() * (max - min + 1)) }, () => pick(WORDS)).join(r() < 0.5 ? ' ' : '');
  const s = await Store.open(':memory:');
  const docs: OracleDoc[] = [];
  const day = (i: number) => new Date(Date.UTC(2024, 0, 1) + i * 3_600_000).toISOString();
  await s.write(async () => {
    for (let i = 0; i < entries; i++) {
      const e = { title: text(1, 4), symptoms: text(0, 12), cause: r() < 0.5 ? text(1, 5) : null, resolution: text(0, 6), category: pick(CATEGORIES), service: pick(SERVICES) };
      const status = pick(['published', 'published', 'draft', 'retired'] as const);
      // Some share their update time, so that the later tie-breaks are reached too.
      const at = day(Math.floor(i / 3));
      const id = await s.knowledge.insert({ ...e, status, createdBy: 't', createdAt: at });
      docs.push({
        ref: `KB-${id}`, kind: 'knowledge', id, status, at,
        cols: { title: tokens(e.title), body: [e.symptoms, e.cause, e.resolution].flatMap((x) => (x ? tokens(x) : [])), category: e.category ? tokens(e.category) : [], service: e.service ? tokens(e.service) : [], status: [status] },
      });
    }
    for (let i = 0; i < incidents; i++) {
      const e = { title: text(1, 5), description: r() < 0.8 ? text(0, 20) : null, category: pick(CATEGORIES), service: pick(SERVICES) };
      const status = pick(['open', 'on_hold', 'resolved', 'closed'] as const);
      const opened = day(Math.floor(i / 2));
      const resolution = status === 'resolved' || status === 'closed' ? text(1, 6) : null;
      const resolvedAt = resolution ? day(Math.floor(i / 2) + 5) : null;
      const id = await s.incidents.insert({ ...e, resolution, resolvedAt, status, detectedAt: opened, openedAt: opened, createdBy: 't', updatedAt: opened } as never);
      docs.push({
        ref: `INC-${id}`, kind: 'incident', id, status, at: resolvedAt ?? opened,
        cols: { title: tokens(e.title), body: [e.description, resolution].flatMap((x) => (x ? tokens(x) : [])), category: e.category ? tokens(e.category) : [], service: e.service ? tokens(e.service) : [], status: [status.replace('_', '')] },
      });
    }
  });
  return { s, docs };
}

const hitsOf = async (s: Store, q: string, kinds: ('incident' | 'knowledge')[] = ['incident', 'knowledge'], limit = 10) =>
  (await search(s, q, { kinds, limit })).hits.map((h) => ({ ref: h.doc.ref, score: h.score }));

describe('ranking over every match', () => {
  it('puts an old entry whose title is the query before 3,000 newer entries that mention it once', async () => {
    const s = await Store.open(':memory:');
    await s.write(async () => {
      await s.knowledge.insert({ title: 'VPN 接続できない', symptoms: '在宅勤務で VPN クライアントが接続できない。証明書の期限切れ。', resolution: '証明書を再発行', status: 'published', createdBy: 't', createdAt: '2021-04-01T00:00:00.000Z' });
      for (let i = 0; i < 3000; i++) {
        const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
        await s.knowledge.insert({ title: `申請手順 ${i}`, symptoms: `VPN 利用者からの問い合わせ ${i}`, status: 'published', createdBy: 't', createdAt: at });
      }
      // And one old incident titled the same among newer ones that mention it in passing.
      await s.incidents.insert({ title: 'ＶＰＮ 接続できない', description: '拠点から', status: 'closed', detectedAt: '2021-05-01T00:00:00.000Z', openedAt: '2021-05-01T00:00:00.000Z', createdBy: 't', updatedAt: '2021-05-01T00:00:00.000Z' });
      for (let i = 0; i < 1000; i++) {
        const at = new Date(Date.UTC(2025, 0, 1) + i * 60_000).toISOString();
        await s.incidents.insert({ title: `問い合わせ ${i}`, description: `vpn の件、および接続について`, status: 'resolved', detectedAt: at, openedAt: at, createdBy: 't', updatedAt: at });
      }
    });
    expect((await hitsOf(s, 'VPN', ['knowledge'], 5))[0].ref).toBe('KB-1');
    expect((await hitsOf(s, 'vpn', ['incident'], 5))[0].ref).toBe('INC-1');
    expect((await hitsOf(s, 'VPN 接続', ['incident', 'knowledge'], 5)).map((h) => h.ref).slice(0, 2).sort()).toEqual(['INC-1', 'KB-1']);
    // At equal relevance the tie-breaks decide: the newest of the 3,000 identical mentions first.
    expect((await hitsOf(s, '問い合わせ', ['knowledge'], 2)).map((h) => h.ref)).toEqual(['KB-3001', 'KB-3000']);
  });

  it('returns the first 10 hits of an exhaustive BM25 over every match', async () => {
    const { s, docs } = await corpus(27, 1500, 400);
    const queries = ['VPN', '障害', 'vpn 接続', '証明書', 'ログインできない', 'printer', 'login fails', 'expired certificate', '証', 'title:ログイン', 'category:network 障害', '障害 -vpn', 'メール サーバ 遅い', 'できない', 'disk full'];
    for (const q of queries) {
      const want = oracle(docs, q, 10);
      const got = await hitsOf(s, q);
      expect(want.length, q).toBeGreaterThan(0);
      expect(got.map((h) => h.ref), q).toEqual(want.map((h) => h.ref));
      got.forEach((h, i) => expect(h.score, `${q} ${h.ref}`).toBeCloseTo(want[i].score, 9));
    }
    // A status filter narrows the match, not the statistics.
    for (const statuses of [['resolved', 'closed'], ['open'], ['closed']]) {
      const got = (await search(s, '障害', { kinds: ['incident', 'knowledge'], incidentStatuses: statuses, limit: 10 })).hits.map((h) => h.doc.ref);
      expect(got, statuses.join()).toEqual(oracle(docs, '障害', 10, statuses).map((h) => h.ref));
    }
    // One kind at a time, and a longer list.
    for (const q of ['VPN', 'サーバ', 'network']) {
      expect((await hitsOf(s, q, ['knowledge'], 25)).map((h) => h.ref), q).toEqual(oracle(docs.filter((d) => d.kind === 'knowledge'), q, 25).map((h) => h.ref));
    }
  });
});

describe('suggestions on open and classify', () => {
  const kb = (s: Store, title: string, symptoms: string | null, at: string) =>
    s.knowledge.insert({ title, symptoms, status: 'published', createdBy: 't', createdAt: at });

  it('come from the same ranking: an old entry titled for the incident among newer passing mentions', async () => {
    const { similar } = await import('../../src/app/search.js');
    const s = await Store.open(':memory:');
    await s.write(async () => {
      await kb(s, 'VPN 接続 証明書エラー', '在宅から接続できない', '2021-01-01T00:00:00.000Z');
      for (let i = 0; i < 300; i++) await kb(s, `手順書 ${i}`, `VPN 接続の証明書エラーについての問い合わせ記録 ${i} 件目、ほか多数の記述`, '2025-01-01T00:00:00.000Z');
    });
    expect((await similar(s, 'VPN 接続 証明書エラー', null))[0].doc.ref).toBe('KB-1');
  });

  it('show nothing rather than a record that shares one word of a longer title', async () => {
    const { similar } = await import('../../src/app/search.js');
    const s = await Store.open(':memory:');
    await kb(s, 'VPN 接続手順', '社外から接続する', '2025-01-01T00:00:00.000Z');
    await kb(s, 'プリンタ 在宅 印刷', null, '2025-01-01T00:00:00.000Z');
    // Title words: vpn, 経理: KB-1 holds one of them, KB-2 none.
    expect(await similar(s, 'VPN 経理', null)).toEqual([]);
    expect(await similar(s, 'VPN 在宅 経理', null)).toEqual([]);
    // Two of three: shown.
    expect((await similar(s, 'VPN 接続 経理', null)).map((h) => h.doc.ref)).toEqual(['KB-1']);
  });
});
