import { describe, expect, it } from 'vitest';
import { analyse, canonical, canonOnly, countAll, endsWithLoneCjk, findAll, fold, indexText, marksOnOriginal, tokens } from '../../src/core/normalize.js';

// Search tokens and matching (SPEC §7, docs/knowledge-and-search.md). Expected values worked out by
// hand: full-width and half-width forms fold to one form, English is case-blind, Japanese is cut into
// overlapping bigrams with the last character of a run also indexed alone.

describe('folding', () => {
  it.each([
    ['ＶＰＮ', 'vpn'],
    ['ｶﾅ', 'カナ'],
    ['ｻｰﾊﾞｰ', 'サーバー'],
    ['Outlook', 'outlook'],
    ['Ä１２', 'ä12'],
  ])('%s folds to %s', (text, folded) => {
    expect(fold(text)).toBe(folded);
  });
});

describe('tokens', () => {
  it.each([
    ['VPN', ['vpn']],
    ['ＶＰＮ 接続', ['vpn', '接続', '続']],
    ['VPN接続', ['vpn', '接続', '続']],
    ['障害', ['障害', '害']],
    ['証明書', ['証明', '明書', '書']],
    ['証', ['証']],
    ['ｶﾅ', ['カナ', 'ナ']],
    ['ログイン失敗', ['ログ', 'グイ', 'イン', 'ン失', '失敗', '敗']],
    ['証明書、期限', ['証明', '明書', '書', '期限', '限']],
    ['Login failure: 2 times!', ['login', 'failure', '2', 'times']],
    ['', []],
    ['!!! ...', []],
    ['😀', []],
  ])('%j is indexed as %j', (text, expected) => {
    expect(tokens(text)).toEqual(expected);
  });

  it.each([
    // A query word may continue in the text: the last character alone is not looked for.
    ['証明書', ['証明', '明書']],
    ['障害', ['障害']],
    ['証', ['証']],
    ['VPN接続', ['vpn', '接続']],
    // Only the query's last word may continue.
    ['証明書 vpn', ['証明', '明書', '書', 'vpn']],
    ['証明書 期限', ['証明', '明書', '書', '期限']],
    ['ＶＰＮ', ['vpn']],
  ])('the query %j looks for %j', (text, expected) => {
    expect(tokens(text, true)).toEqual(expected);
  });

  it('stores the tokens of every part of a record, leaving out the empty ones', () => {
    expect(indexText('VPN 障害', null, '', undefined, '!!!', 'ｶﾅ')).toBe('vpn 障害 害 カナ ナ');
    expect(indexText()).toBe('');
    expect(indexText(null, '...')).toBe('');
  });

  it.each([
    ['証', true],
    ['vpn 証', true],
    ['abc証', true],
    // One character beyond the BMP (two UTF-16 units) is one character.
    ['𠮷', true],
    ['𠮷野', false],
    ['証。', true],
    ['証明', false],
    ['証 vpn', false],
    ['vpn', false],
    ['', false],
    ['!!!', false],
  ])('%j ends with one Japanese character alone: %s', (text, yes) => {
    expect(endsWithLoneCjk(text)).toBe(yes);
  });
});

describe('canonical search words', () => {
  it.each([
    ['  ＶＰＮ、接続!! ', 'vpn 接続'],
    ['Certificate -- EXPIRED', 'certificate expired'],
    ['ｻｰﾊﾞｰ', 'サーバー'],
    ['', ''],
    ['...', ''],
  ])('%j is looked for as %j', (text, canon) => {
    expect(canonical(text)).toBe(canon);
  });

  it('is padded with one space on each side, separators as one space', () => {
    expect(canonOnly('VPN—接続')).toBe(' vpn 接続 ');
    expect(canonOnly('a, b;c')).toBe(' a b c ');
  });

  it('takes an emoji for a separator, and a character beyond the BMP for a letter', () => {
    expect(canonOnly('disk🔥full')).toBe(' disk full ');
    expect(canonical('😀VPN😀😀接続😀')).toBe('vpn 接続');
    expect(canonOnly('𠮷野家')).toBe(' 𠮷野家 ');
  });
});

describe('where a word matched', () => {
  const where = (text: string, needle: string, prefix = false) => {
    const a = analyse(text);
    return findAll(a, needle, prefix).map(([s, e]) => a.display.slice(s, e));
  };

  it('finds whole English words only, case-blind, unless the word is a prefix', () => {
    const text = 'The VPN is down; vpn2 and openvpn too';
    expect(findAll(analyse(text), 'vpn')).toEqual([[4, 7]]);
    expect(findAll(analyse(text), 'vpn', true)).toEqual([[4, 7], [17, 20]]);
    // The same word again without the prefix: a prefix pattern is not reused for it.
    expect(findAll(analyse(text), 'vpn')).toEqual([[4, 7]]);
    expect(where('openvpn', 'vpn', true)).toEqual([]);
  });

  it('finds a phrase whatever separates its words', () => {
    expect(where('Certificate — EXPIRED! certificate expired', 'certificate expired')).toEqual(['Certificate — EXPIRED', 'certificate expired']);
    expect(where('expired certificate', 'certificate expired')).toEqual([]);
    // An emoji separates words as a space does: the index holds `disk full` as a phrase.
    expect(where('disk🔥full', 'disk full')).toEqual(['disk🔥full']);
    expect(countAll(fold('VPN😀接続できない'), 'vpn 接続')).toBe(1);
    expect(tokens('disk🔥full')).toEqual(['disk', 'full']);
  });

  it('finds Japanese inside longer words', () => {
    expect(findAll(analyse('SSL証明書の証明'), '証明')).toEqual([[3, 5], [7, 9]]);
    expect(where('ＳＳＬ証明書', 'ssl')).toEqual(['SSL']);
  });

  it('takes the long-vowel marks that follow a katakana word', () => {
    expect(where('プリンターが故障', 'プリンタ')).toEqual(['プリンター']);
    expect(where('サーバーとサーバ', 'サーバ')).toEqual(['サーバー', 'サーバ']);
    expect(where('サーバー', 'サー')).toEqual(['サー']);
  });

  it('finds nothing for an empty word, or where lower case changes the length', () => {
    expect(findAll(analyse('VPN'), '')).toEqual([]);
    expect(analyse('İstanbul VPN').lower).toBeNull();
    expect(findAll(analyse('İstanbul VPN'), 'vpn')).toEqual([]);
    expect(analyse('ＶＰＮ')).toEqual({ display: 'VPN', lower: 'vpn' });
  });

  it('counts as it marks', () => {
    const text = fold('VPN vpn ＶＰＮ openvpn vpns');
    expect(countAll(text, 'vpn')).toBe(3);
    expect(countAll(text, 'vpn')).toBe(3);
    expect(countAll(text, 'vpn', true)).toBe(4);
    expect(countAll(text, 'vp')).toBe(0);
    expect(countAll(text, '')).toBe(0);
    expect(countAll(fold('!!  ??'), '')).toBe(0);
    expect(countAll(fold('プリンター プリンタ'), 'プリンタ')).toBe(2);
  });
});

describe('marks moved onto the text as written', () => {
  it('leaves marks alone when the text needs no folding, or there are none', () => {
    expect(marksOnOriginal('VPN down', [[0, 3]])).toEqual([[0, 3]]);
    expect(marksOnOriginal('ＶＰＮ', [])).toEqual([]);
  });

  it.each([
    // Full-width letters: one for one.
    ['ＶＰＮにつながらない', [[0, 3]], [[0, 3]]],
    // ｶﾞ is two units NFKC makes one: ガソリン is 4 units of the folded text, 5 of the original.
    ['ｶﾞｿﾘﾝ代', [[0, 4]], [[0, 5]]],
    ['ｶﾞｿﾘﾝ代', [[4, 5]], [[5, 6]]],
    // ㍻ is one unit NFKC makes two (平成): a mark on either is a mark on ㍻.
    ['㍻の記録', [[1, 2]], [[0, 1]]],
    ['㍻の記録', [[0, 1], [1, 2]], [[0, 1]]],
    // ﬁ is one unit NFKC makes two (fi): marks that meet in it are one.
    ['ﬁle', [[0, 2], [2, 4]], [[0, 3]]],
    ['ﬁle', [[0, 1], [3, 4]], [[0, 1], [2, 3]]],
    // A mark past the end, or empty, is dropped.
    ['ＶＰＮ', [[2, 9], [1, 1], [0, 1]], [[0, 1]]],
    // A mark inside another is the other.
    ['ＶＰＮ', [[0, 3], [1, 2]], [[0, 3]]],
  ] as [string, [number, number][], [number, number][]][])('%s: %j marks %j', (text, marks, expected) => {
    expect(marksOnOriginal(text, marks)).toEqual(expected);
  });
});
