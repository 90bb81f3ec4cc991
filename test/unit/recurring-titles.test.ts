import { describe, expect, it } from 'vitest';
import { clusterTitles, dice, normaliseTitle, titleGrams } from '../../src/core/similarity.js';

/**
 * Similar titles for `report recurring` (docs/metrics.md "Recurring incidents"): normalised, cut
 * into bigrams, compared by Dice, clustered by single linkage. Worked out by hand.
 */

describe('a title as compared', () => {
  it.each([
    ['ＶＰＮ接続エラー（mail01）', 'vpn接続エラー mail#'],
    ['  Disk   full!! ', 'disk full'],
    ['mail01-02 down', 'mail# # down'],
    ['サーバー 2026年12月', 'サーバー #年#月'],
    ['', ''],
  ])('%s → %s', (title, want) => {
    expect(normaliseTitle(title)).toBe(want);
  });

  it.each([
    ['abc', ['ab', 'bc']],
    ['ab c', ['ab', 'c']],
    ['a  b', ['a', 'b']],
    ['接続できない', ['接続', '続で', 'でき', 'きな', 'ない']],
    ['😀😀x', ['😀😀', '😀x']],
    ['aaa', ['aa']],
    ['', []],
  ])('%s gives the grams %j', (text, grams) => {
    expect([...titleGrams(text)].sort()).toEqual([...grams].sort());
  });
});

describe('how alike two titles are (Dice)', () => {
  const g = (...xs: string[]) => new Set(xs);
  it.each([
    [g('ab', 'bc'), g('ab', 'bd'), 0.5],
    [g('ab', 'bc'), g('ab', 'bc'), 1],
    [g('ab'), g('ab', 'bc', 'cd'), 0.5],
    [g('ab', 'bc', 'cd'), g('ab'), 0.5],
    [g('ab', 'bc', 'cd'), g('xy'), 0],
    [g('ab'), g(), 0],
    [g(), g('ab'), 0],
    [g(), g(), 1],
  ])('%j and %j: %d', (a, b, want) => {
    expect(dice(a, b)).toBe(want);
  });
});

describe('clusters of similar titles', () => {
  it('puts titles together from Dice 0.5 up (abc and abd share one of two grams each)', () => {
    expect(clusterTitles(['abc', 'abd'])).toEqual([[0, 1]]);
    // abc and xbc y: {ab, bc} and {xb, bc, y}: 2·1/5 = 0.4.
    expect(clusterTitles(['abc', 'xbc y'])).toEqual([[0], [1]]);
    // A stricter threshold parts them.
    expect(clusterTitles(['abc', 'abd'], 0.6)).toEqual([[0], [1]]);
  });

  it('counts every shared gram: abcd and abce share ab and bc, 2·2/6', () => {
    expect(clusterTitles(['abcd', 'abce'], 0.66)).toEqual([[0, 1]]);
    expect(clusterTitles(['abcd', 'abce'], 0.67)).toEqual([[0], [1]]);
  });

  it('joins titles alike through a third (single linkage)', () => {
    // abcd~bcde 0.67, bcde~cdef 0.67, abcd~cdef 0.33.
    expect(clusterTitles(['abcd', 'cdef', 'bcde'])).toEqual([[0, 1, 2]]);
    expect(clusterTitles(['abcd', 'cdef'])).toEqual([[0], [1]]);
  });

  it('treats titles the same once normalised, and lists each cluster in input order', () => {
    expect(clusterTitles(['printer jam', 'disk full', 'Printer jam!', 'DISK FULL'])).toEqual([
      [0, 2],
      [1, 3],
    ]);
    // mail# down and mail down now share ma ai il do ow wn: 2·6/14.
    expect(clusterTitles(['mail01 down', 'mail down now', 'Mail02 down'])).toEqual([[0, 1, 2]]);
    expect(clusterTitles(['VPN 接続できない', 'ＶＰＮ接続できない', 'プリンタ故障'])).toEqual([[0, 1], [2]]);
    expect(clusterTitles([])).toEqual([]);
  });
});
