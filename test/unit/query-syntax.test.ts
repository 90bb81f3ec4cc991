import { describe, expect, it } from 'vitest';
import { englishForms, makeTerm, parseQuery, similarQuery, toFts } from '../../src/core/query.js';

/**
 * The search query language (SPEC §7, docs/knowledge-and-search.md "Search"): what a typed query
 * asks for. Expected values are worked out by hand from those pages and the rules they state.
 */

const ANY = '{title body category service}';
const words = (q: string) => parseQuery(q).include.map((t) => [t.canon, t.field]);

describe('English word forms a search word also finds', () => {
  it.each([
    // A word without a vowel is an acronym: a plural only.
    ['vpn', ['vpns']],
    ['smtp', ['smtps']],
    // Plural, -ed and -ing; -es after s, x, z, ch, sh.
    ['disk', ['disked', 'disking', 'disks']],
    ['box', ['boxed', 'boxes', 'boxing']],
    ['buzz', ['buzzed', 'buzzes', 'buzzing']],
    ['match', ['matched', 'matches', 'matching']],
    ['crash', ['crashed', 'crashes', 'crashing']],
    ['editor', ['editored', 'editoring', 'editors']],
    // Words ending in ss, us, is are not plurals.
    ['class', ['classed', 'classes', 'classing']],
    ['status', ['statused', 'statuses', 'statusing']],
    ['analysis', ['analysised', 'analysises', 'analysising']],
    // A final e takes d and drops for -ing; a consonant and y takes -ies.
    ['expire', ['expired', 'expires', 'expiring']],
    ['use', ['used', 'uses', 'using']],
    ['style', ['styled', 'styles', 'styling']],
    ['copy', ['copies', 'copyed', 'copying', 'copys']],
    ['day', ['dayed', 'daying', 'days']],
    // Back to the stem from an inflected word (none of its own).
    ['printers', ['printer']],
    ['certificates', ['certificat', 'certificate']],
    ['issues', ['issu', 'issue']],
    ['boxes', ['box', 'boxe']],
    ['policies', ['policy']],
    ['expired', ['expir', 'expire']],
    ['failed', ['fail', 'faile']],
    ['printing', ['print', 'printe']],
    // Stems shorter than three letters are no words.
    ['used', ['use']],
    ['bed', []],
    ['ring', []],
    ['gas', []],
    ['ies', []],
    // Not an English word of three letters or more: no forms.
    ['ab', []],
    ['mail01', []],
    ['1abc', []],
    ['証明書', []],
  ] as const)('%s also finds %j', (word, forms) => {
    expect([...englishForms(word)].sort()).toEqual(forms);
  });
});

describe('reading a query (SPEC §7 query syntax)', () => {
  it.each([
    ['title', 'title'],
    ['タイトル', 'title'],
    ['件名', 'title'],
    ['category', 'category'],
    ['カテゴリ', 'category'],
    ['カテゴリー', 'category'],
    ['分類', 'category'],
    ['service', 'service'],
    ['サービス', 'service'],
    ['ｔｉｔｌｅ', 'title'],
  ])('%s: names the %s field', (name, field) => {
    expect(words(`${name}:vpn`)).toEqual([['vpn', field]]);
    expect(parseQuery(`-${name}:vpn`).exclude.map((t) => [t.canon, t.field])).toEqual([['vpn', field]]);
  });

  it('takes a field name followed by a space, or an unknown one, as words', () => {
    expect(words('title: vpn')).toEqual([['title', null], ['vpn', null]]);
    expect(words('host:mail01')).toEqual([['host mail01', null]]);
    expect(words('title:"vpn 接続" 障害')).toEqual([['vpn 接続', 'title'], ['障害', null]]);
  });

  it('reads words between any spaces, full-width ones too', () => {
    expect(words('  vpn\t\t接続　障害  ')).toEqual([['vpn', null], ['接続', null], ['障害', null]]);
  });

  it('excludes a word after one dash or more; a dash alone is nothing', () => {
    const q = parseQuery('vpn --証明書 - -"a b"');
    expect(q.include.map((t) => t.canon)).toEqual(['vpn']);
    expect(q.exclude.map((t) => t.canon)).toEqual(['証明書', 'a b']);
  });

  it('reads a phrase up to its closing quote, or to the end when there is none', () => {
    expect(words('"vpn 接続"障害')).toEqual([['vpn 接続', null], ['障害', null]]);
    expect(words('障害 "vpn 接続')).toEqual([['障害', null], ['vpn 接続', null]]);
    expect(words('"証明書・期限"')).toEqual([['証明書 期限', null]]);
  });

  it('asks for a word once however often it is typed, in any width or case', () => {
    expect(words('vpn VPN ＶＰＮ')).toEqual([['vpn', null]]);
    // Another field, or a prefix, is another word.
    expect(parseQuery('vpn title:vpn vpn*').include.map((t) => [t.canon, t.field, t.prefix])).toEqual([
      ['vpn', null, false],
      ['vpn', 'title', false],
      ['vpn', null, true],
    ]);
    expect(parseQuery('-vpn -vpn').exclude).toHaveLength(1);
  });

  it('keeps the first 16 words to include and the first 16 to exclude', () => {
    const list = Array.from({ length: 17 }, (_, i) => `w${i + 1}`);
    expect(parseQuery(list.join(' ')).include.map((t) => t.canon)).toEqual(list.slice(0, 16));
    expect(parseQuery(list.map((w) => `-${w}`).join(' ')).exclude.map((t) => t.canon)).toEqual(list.slice(0, 16));
  });

  it.each([
    ['print*', 'print', true],
    ['print**', 'print', true],
    ['証明書*', '証明書', true],
    ['1*', '1', true],
    // A lone CJK character at the end is a prefix (証 finds 証明).
    ['証', '証', true],
    ['証明', '証明', false],
    ['vpn-*', 'vpn', false],
    ['a*b', 'a b', false],
    ['"print*"', 'print', false],
    ['vpn*-*', 'vpn', false],
  ])('%s: the word %s, a prefix: %s', (q, canon, prefix) => {
    const [t] = parseQuery(q).include;
    expect([t.canon, t.prefix]).toEqual([canon, prefix]);
  });

  it('looks for English forms of a plain single word only', () => {
    expect(parseQuery('certificate').include[0].forms).toContain('certificates');
    // A quoted word is exact, a field or prefix word as typed, a phrase its words.
    for (const q of ['"certificate"', 'title:certificate', 'certificate*', 'vpn-client', '"expired certificate"']) {
      expect(parseQuery(q).include[0].forms, q).toEqual([]);
    }
  });

  it('looks for a katakana word of three or more characters without its final long-vowel mark', () => {
    expect(words('サーバー')).toEqual([['サーバ', null]]);
    expect(words('ユーザーー')).toEqual([['ユーザ', null]]);
    expect(words('プリンター*')).toEqual([['プリンタ', null]]);
    expect(parseQuery('プリンター*').include[0].prefix).toBe(true);
    // Shorter words, a mark inside a word, and a mark after other letters stay.
    expect(words('キー')).toEqual([['キー', null]]);
    expect(words('サーバー管理')).toEqual([['サーバー管理', null]]);
    expect(words('aキー')).toEqual([['aキー', null]]);
    expect(words('漢字ー')).toEqual([['漢字ー', null]]);
  });

  it('cuts a word of more than 48 tokens, and then takes no prefix', () => {
    // A run of n CJK characters is n − 1 bigram tokens.
    const at48 = makeTerm('証'.repeat(49))!;
    expect([at48.tokens.length, at48.truncated]).toEqual([48, false]);
    const at49 = makeTerm('証'.repeat(50))!;
    expect([at49.tokens.length, at49.truncated]).toEqual([48, true]);
    // The check of a hit uses the whole word.
    expect(at49.canon).toBe('証'.repeat(50));
    const long = parseQuery(`${'x-'.repeat(49)}y*`).include[0];
    expect([long.truncated, long.prefix]).toEqual([true, false]);
    expect(parseQuery('x-x-y*').include[0].prefix).toBe(true);
  });

  it('takes a word alone, outside a query, with its English forms', () => {
    expect(makeTerm('certificate')!.forms).toContain('certificates');
    expect(makeTerm('certificate', 'category')!.forms).toEqual([]);
  });

  it('reads no query at all as nothing to look for', () => {
    expect(parseQuery(undefined as unknown as string)).toEqual({ include: [], exclude: [] });
    expect(parseQuery(null as unknown as string)).toEqual({ include: [], exclude: [] });
  });

  it('finds nothing searchable in symbols and emoji', () => {
    expect(makeTerm('😀!?')).toBeNull();
    expect(parseQuery('😀 () "" * -*')).toEqual({ include: [], exclude: [] });
  });
});

describe('the index expression of a query', () => {
  it.each([
    ['vpn', `({title body category service} : ("vpn" OR "vpns"))`],
    ['証明書', `(${ANY} : "証明 明書")`],
    ['title:vpn print*', `({title} : "vpn" AND ${ANY} : "print"*)`],
    ['category:network service:mail', `({category} : "network" AND {service} : "mail")`],
    ['"vpn client" -証明書', `(${ANY} : "vpn client") NOT (${ANY} : "証明 明書")`],
    ['障害 -vpn -title:test', `(${ANY} : "障害") NOT (${ANY} : ("vpn" OR "vpns") OR {title} : "test")`],
  ])('%s → %s', (q, fts) => {
    expect(toFts(parseQuery(q))).toBe(fts);
  });

  it('is nothing when no word is to be included', () => {
    expect(toFts(parseQuery('-vpn'))).toBeNull();
    expect(toFts(parseQuery(''), { statuses: ['open'] })).toBeNull();
  });

  it('narrows by statuses, written as the index holds them', () => {
    const q = parseQuery('障害');
    expect(toFts(q, { statuses: ['resolved', 'closed'] })).toBe(`(${ANY} : "障害") AND {status} : ("resolved" OR "closed")`);
    expect(toFts(q, { notStatuses: ['on_hold'] })).toBe(`(${ANY} : "障害") NOT ({status} : "onhold")`);
    expect(toFts(parseQuery('障害 -vpn'), { statuses: [], notStatuses: ['retired'] })).toBe(
      `(${ANY} : "障害") NOT (${ANY} : ("vpn" OR "vpns") OR {status} : "retired")`,
    );
  });

  it('with any, matches records holding any of the words', () => {
    expect(toFts(parseQuery('障害 title:vpn'), { any: true })).toBe(`(${ANY} : "障害" OR {title} : "vpn")`);
  });
});

describe('the words of a similar-entry search (suggestions on open and classify)', () => {
  it('takes each distinct word of two characters or more, without kana grammar', () => {
    expect(similarQuery('VPN に 接続 できない vpn x').include.map((t) => t.canon)).toEqual(['vpn', '接続']);
    // Bigrams holding hiragana (書の, の期, 切れ) say little.
    expect(similarQuery('証明書の期限切れ').include.map((t) => t.canon)).toEqual(['証明', '明書', '期限', '限切']);
    expect(similarQuery('VPN 接続 障害', 2).include.map((t) => t.canon)).toEqual(['vpn', '接続']);
  });

  it('looks for each word as written, in any field, any of them matching', () => {
    expect(toFts(similarQuery('VPN 接続'), { any: true })).toBe(`(${ANY} : "vpn" OR ${ANY} : "接続")`);
  });
});
