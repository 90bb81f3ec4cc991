import { describe, expect, it } from 'vitest';
import { compareHits, cut, snippetFor, termsHeld, titleMarks, type RankKey, type SearchDoc } from '../../src/core/rank.js';
import { parseQuery } from '../../src/core/query.js';

/**
 * The order of search hits at equal relevance, which words a hit holds, and its snippet
 * (SPEC §7; docs/knowledge-and-search.md "Ranking"). Every expected value below is worked out by
 * hand from those pages.
 */

type Kind = 'incident' | 'knowledge';
const hit = (name: string, score: number, kind: Kind, status: string, at: string, id = 1): RankKey & { name: string } => ({
  name,
  score,
  doc: { kind, id, status, at },
});
const OLD = '2024-01-01T00:00:00.000Z';
const NEW = '2025-06-01T00:00:00.000Z';

/** The names in the order the hits are shown, whatever order they came in. */
function shown(...hits: (RankKey & { name: string })[]): string[][] {
  return [hits, [...hits].reverse()].map((list) => [...list].sort(compareHits).map((h) => h.name));
}

describe('order of hits (SPEC §7 ranking)', () => {
  it('puts the more relevant first, whatever its kind, status or age', () => {
    const weak = hit('weak', 1.5, 'knowledge', 'published', NEW, 9);
    const strong = hit('strong', 2.25, 'incident', 'open', OLD, 1);
    expect(shown(weak, strong)).toEqual([['strong', 'weak'], ['strong', 'weak']]);
    // Scores close together still order by score.
    expect(shown(hit('a', 0.1, 'incident', 'open', NEW), hit('b', 0.2, 'incident', 'open', OLD))).toEqual([['b', 'a'], ['b', 'a']]);
  });

  // At equal relevance: the record that holds an answer before an open incident, even a newer one.
  it.each([
    ['resolved', 'incident'],
    ['closed', 'incident'],
    ['published', 'knowledge'],
    ['draft', 'knowledge'],
    ['retired', 'knowledge'],
  ] as const)('at equal relevance shows a %s %s before a newer open incident', (status, kind) => {
    const answer = hit('answer', 3, kind, status, OLD, 1);
    const open = hit('open', 3, 'incident', 'open', NEW, 2);
    expect(shown(open, answer)).toEqual([['answer', 'open'], ['answer', 'open']]);
  });

  it.each(['open', 'classified', 'escalated', 'on_hold'])('at equal relevance shows a resolved incident before a newer %s one', (status) => {
    expect(shown(hit('later', 3, 'incident', status, NEW, 2), hit('resolved', 3, 'incident', 'resolved', OLD, 1))).toEqual([
      ['resolved', 'later'],
      ['resolved', 'later'],
    ]);
  });

  it('shows published before draft and draft before retired, even when the later one is newer', () => {
    const published = hit('published', 3, 'knowledge', 'published', '2023-01-01T00:00:00.000Z', 1);
    const draft = hit('draft', 3, 'knowledge', 'draft', '2024-01-01T00:00:00.000Z', 2);
    const retired = hit('retired', 3, 'knowledge', 'retired', '2025-01-01T00:00:00.000Z', 3);
    expect(shown(retired, draft, published)).toEqual([
      ['published', 'draft', 'retired'],
      ['published', 'draft', 'retired'],
    ]);
    // A resolved incident counts as published: the newer of the two comes first.
    expect(shown(hit('kb', 3, 'knowledge', 'published', OLD, 5), hit('inc', 3, 'incident', 'resolved', NEW, 1))).toEqual([['inc', 'kb'], ['inc', 'kb']]);
    expect(shown(hit('draft', 3, 'knowledge', 'draft', NEW, 5), hit('inc', 3, 'incident', 'closed', OLD, 1))).toEqual([['inc', 'draft'], ['inc', 'draft']]);
  });

  it('shows the recent before the old among answers of equal relevance', () => {
    const a = hit('2023', 3, 'incident', 'closed', '2023-03-01T00:00:00.000Z', 7);
    const b = hit('2025', 3, 'incident', 'resolved', '2025-03-01T00:00:00.000Z', 2);
    const c = hit('2024', 3, 'incident', 'closed', '2024-03-01T00:00:00.000Z', 9);
    expect(shown(a, b, c)).toEqual([
      ['2025', '2024', '2023'],
      ['2025', '2024', '2023'],
    ]);
    // Open incidents too: the newer first.
    expect(shown(hit('old', 3, 'incident', 'open', OLD, 9), hit('new', 3, 'incident', 'open', NEW, 1))).toEqual([['new', 'old'], ['new', 'old']]);
  });

  it('at the same time shows the knowledge entry before the incident, then the later record', () => {
    expect(shown(hit('INC-9', 3, 'incident', 'resolved', OLD, 9), hit('KB-1', 3, 'knowledge', 'published', OLD, 1))).toEqual([
      ['KB-1', 'INC-9'],
      ['KB-1', 'INC-9'],
    ]);
    expect(shown(hit('KB-3', 3, 'knowledge', 'published', OLD, 3), hit('KB-12', 3, 'knowledge', 'published', OLD, 12))).toEqual([
      ['KB-12', 'KB-3'],
      ['KB-12', 'KB-3'],
    ]);
    expect(shown(hit('INC-2', 3, 'incident', 'open', OLD, 2), hit('INC-10', 3, 'incident', 'open', OLD, 10))).toEqual([
      ['INC-10', 'INC-2'],
      ['INC-10', 'INC-2'],
    ]);
  });
});

const doc = (over: Partial<SearchDoc>): SearchDoc => ({
  kind: 'incident',
  id: 1,
  ref: 'INC-1',
  title: '',
  body: [],
  category: null,
  service: null,
  tags: [],
  status: 'open',
  at: OLD,
  ...over,
});

describe('which words of the query a hit holds', () => {
  const vpnIncident = doc({
    title: 'ＶＰＮ に接続できない',
    body: [
      { field: 'description', text: '在宅から証明書エラー' },
      { field: 'resolution', text: null },
    ],
    category: 'Network',
    service: 'Mail',
    tags: ['urgent', 'remote-work'],
  });

  it.each([
    // query, words held, holds every word and none excluded
    ['vpn', 1, true],
    ['接続', 1, true],
    ['証明書', 1, true],
    ['network', 1, true],
    ['mail', 1, true],
    ['urgent', 1, true],
    ['remote', 1, true],
    ['vpn 証明書 network', 3, true],
    ['vpn printer', 1, false],
    ['printer disk', 0, false],
    ['vpn -証明書', 1, false],
    ['vpn -printer', 1, true],
    ['title:vpn', 1, true],
    ['title:証明書', 0, false],
    ['category:network', 1, true],
    ['category:vpn', 0, false],
    ['category:mail', 0, false],
    ['service:mail', 1, true],
    ['service:network', 0, false],
    ['service:vpn', 0, false],
    ['vpn -category:network', 1, false],
    ['vpn -service:network', 1, true],
    // Whole English words, their common forms, and a prefix asked for with *.
    ['vpns', 1, true],
    ['urg', 0, false],
    ['urg*', 1, true],
  ] as const)('%s: holds %i of the words (all: %s)', (q, matched, all) => {
    expect(termsHeld(vpnIncident, parseQuery(q))).toEqual({ matched, all });
  });

  it('does not run a word on from one field into the next', () => {
    const split = doc({
      body: [
        { field: 'description', text: 'VPN 接' },
        { field: 'resolution', text: '続できない' },
      ],
      category: 'net',
      service: 'work',
    });
    expect(termsHeld(split, parseQuery('接続'))).toEqual({ matched: 0, all: false });
    expect(termsHeld(split, parseQuery('network'))).toEqual({ matched: 0, all: false });
    expect(termsHeld(split, parseQuery('vpn 続'))).toEqual({ matched: 2, all: true });
  });

  it('finds the words of a record without category, service or text', () => {
    const bare = doc({ title: 'Certificates expired', body: [{ field: 'description', text: null }] });
    expect(termsHeld(bare, parseQuery('certificate expire'))).toEqual({ matched: 2, all: true });
    expect(termsHeld(bare, parseQuery('category:certificate'))).toEqual({ matched: 0, all: false });
    expect(termsHeld(bare, parseQuery('service:expired'))).toEqual({ matched: 0, all: false });
  });
});

describe('the snippet of a hit', () => {
  const entry = doc({
    kind: 'knowledge',
    title: 'VPN 接続',
    body: [
      { field: 'symptoms', text: null },
      { field: 'cause', text: '' },
      { field: 'resolution', text: '証明書を再発行した' },
      { field: 'workaround', text: 'VPN を使わず証明書なしで接続。証明書は後日' },
    ],
  });

  it('comes from the field with the most matches, marked where the words stand', () => {
    const s = snippetFor(entry, parseQuery('証明書'));
    expect(s).toEqual({ field: 'workaround', text: 'VPN を使わず証明書なしで接続。証明書は後日', marks: [[8, 11], [17, 20]] });
  });

  it('at equal matches comes from the first field in order', () => {
    const s = snippetFor(entry, parseQuery('再発行 接続'));
    // resolution holds 再発行 once, workaround 接続 once: resolution comes first.
    expect(s).toEqual({ field: 'resolution', text: '証明書を再発行した', marks: [[4, 7]] });
  });

  it('when only the title matched, is the first field with text, unmarked', () => {
    expect(snippetFor(entry, parseQuery('title:vpn'))).toEqual({ field: 'resolution', text: '証明書を再発行した', marks: [] });
    expect(snippetFor(entry, parseQuery('printer'))).toEqual({ field: 'resolution', text: '証明書を再発行した', marks: [] });
  });

  it('words asked for in another field are not marked in the text', () => {
    // category:証明書 asks the category only; 接続 is marked.
    expect(snippetFor(entry, parseQuery('category:証明書 接続'))).toEqual({
      field: 'workaround',
      text: 'VPN を使わず証明書なしで接続。証明書は後日',
      marks: [[14, 16]],
    });
  });

  it('counts the English forms and prefixes of a word', () => {
    const forms = doc({
      body: [
        { field: 'description', text: 'A certificate was renewed' },
        { field: 'resolution', text: 'Certificates renewed, certificate chain checked' },
      ],
    });
    expect(snippetFor(forms, parseQuery('certificate'))).toEqual({
      field: 'resolution',
      text: 'Certificates renewed, certificate chain checked',
      marks: [[0, 12], [22, 33]],
    });
    const prefix = doc({
      body: [
        { field: 'description', text: 'print queue' },
        { field: 'resolution', text: 'printer and printers' },
      ],
    });
    // The part the prefix asked for is marked.
    expect(snippetFor(prefix, parseQuery('print*'))).toEqual({ field: 'resolution', text: 'printer and printers', marks: [[0, 5], [12, 17]] });
  });

  it('is nothing for a record with no text but its title', () => {
    expect(snippetFor(doc({ title: 'VPN', body: [{ field: 'description', text: null }, { field: 'notes', text: '' }] }), parseQuery('vpn'))).toBeNull();
  });
});

describe('the title of a hit', () => {
  it('is marked for the plain words and the title: words, not the words of other fields', () => {
    const title = 'ＶＰＮ 接続 network';
    const marked = (q: string) => titleMarks(title, parseQuery(q)).map(([s, e]) => title.slice(s, e));
    expect(marked('vpn')).toEqual(['ＶＰＮ']);
    expect(marked('title:接続')).toEqual(['接続']);
    expect(marked('category:network 接続')).toEqual(['接続']);
    expect(marked('service:vpn')).toEqual([]);
    expect(marked('vpn network')).toEqual(['ＶＰＮ', 'network']);
  });

  it('marks words that overlap or touch as one, in the order they stand', () => {
    // 証明 [0, 2) and 書類 [2, 4) touch; 証明書類 [0, 4) holds 明書 [1, 3).
    expect(titleMarks('証明書類の提出', parseQuery('証明 書類'))).toEqual([[0, 4]]);
    expect(titleMarks('証明書類の提出', parseQuery('書類 証明'))).toEqual([[0, 4]]);
    expect(titleMarks('証明書類の提出', parseQuery('証明書類 明書'))).toEqual([[0, 4]]);
    expect(titleMarks('証明書類の提出', parseQuery('証明 提出'))).toEqual([[0, 2], [5, 7]]);
    expect(titleMarks('証明書類の提出', parseQuery('提出 証明'))).toEqual([[0, 2], [5, 7]]);
  });
});

describe('the snippet window', () => {
  const x = (n: number) => 'x'.repeat(n);
  const y = (n: number) => 'y'.repeat(n);

  it('starts 16 characters before the first match and runs 80 characters', () => {
    const text = `${'a'.repeat(40)}VPN${'b'.repeat(100)}`;
    expect(cut('notes', text, [[40, 43]])).toEqual({ field: 'notes', text: `…${'a'.repeat(16)}VPN${'b'.repeat(61)}…`, marks: [[17, 20]] });
  });

  it('counts a character outside the BMP as one, from U+10000 to U+10FFFF', () => {
    // 15 x, the character, then the match: 16 characters of lead.
    for (const ch of ['\u{10000}', '\u{10FFFF}', '😀']) {
      const text = `${x(30)}${ch}z${y(100)}`;
      expect(cut('f', text, [[32, 33]]), ch).toEqual({ field: 'f', text: `…${x(15)}${ch}z${y(63)}…`, marks: [[18, 19]] });
    }
  });

  it('counts a lone surrogate as a character of its own', () => {
    // A lone high surrogate, then a letter: two characters.
    expect(cut('f', `${x(30)}\ud800az${y(100)}`, [[32, 33]])).toEqual({ field: 'f', text: `…${x(14)}\ud800az${y(63)}…`, marks: [[17, 18]] });
    // A letter, then a lone low surrogate: two characters.
    expect(cut('f', `${x(30)}\udc00z${y(100)}`, [[31, 32]])).toEqual({ field: 'f', text: `…${x(15)}\udc00z${y(63)}…`, marks: [[17, 18]] });
  });

  it('never starts inside a character, even from a mark that does', () => {
    // The mark starts on the second half of 😀: the window starts 15 x before it.
    expect(cut('f', `${x(20)}😀${y(100)}`, [[21, 22]])).toEqual({ field: 'f', text: `…${x(15)}😀${y(64)}…`, marks: [[17, 18]] });
  });
});
