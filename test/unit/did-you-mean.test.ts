import { describe, expect, it } from 'vitest';
import { closest, editDistance, sameIgnoringCase } from '../../src/core/suggest.js';

/**
 * "did you mean …?" (docs/commands.md `--status opn` → open; docs/configuration.md `netwrok` →
 * network, `sla.P1.respons` → sla.P1.response). Expected values worked out by hand.
 */

describe('edit distance', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['flaw', 'lawn', 2],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['open', 'open', 0],
    ['opn', 'open', 1],
    ['netwrok', 'network', 2],
    // By character, not UTF-16 unit: an emoji is one.
    ['😀a', 'a', 1],
    ['証明書', '証明', 1],
    ['障害', '故障', 2],
  ])('%s → %s: %i', (a, b, d) => {
    expect(editDistance(a, b)).toBe(d);
  });
});

const STATES = ['open', 'classified', 'escalated', 'on_hold', 'resolved', 'closed', 'cancelled'];

describe('the closest of the known names', () => {
  it.each([
    // The same name in another case or width first.
    ['OPEN', STATES, 'open'],
    ['ｒｅｓｏｌｖｅｄ', STATES, 'resolved'],
    [' Closed ', STATES, 'closed'],
    // Then one that starts with what was typed, or that it starts with (the first such).
    ['esc', STATES, 'escalated'],
    ['c', STATES, 'classified'],
    ['opened', STATES, 'open'],
    // Then the fewest edits, when few enough: at most 2, or half the word (rounded up).
    ['opn', STATES, 'open'],
    ['clsoed', STATES, 'closed'],
    ['netwrok', ['network', 'account', 'hardware'], 'network'],
    ['sla.P1.respons', ['sla.P1.response', 'sla.P2.response'], 'sla.P1.response'],
    ['abcd', ['abxy'], 'abxy'],
    ['abcde', ['abxyz'], 'abxyz'],
    ['abcdefg', ['abxyzuv'], undefined],
    ['abcd', ['axyz'], undefined],
    ['ab', ['xy'], 'xy'],
    ['ab', ['xyz'], undefined],
    // Of two equally close, the first.
    ['cat', ['bat', 'cut'], 'bat'],
    ['cat', ['cut', 'bat'], 'cut'],
    // Too far, but one holds the other: that one.
    ['team-network-ops', ['mail', 'network'], 'network'],
    ['net', ['the-network-team'], 'the-network-team'],
    ['xyz', STATES, undefined],
    // The same name wins over one that starts with it, even listed later.
    ['OPEN', ['opened', 'open'], 'open'],
    // One that starts with what was typed wins over a closer spelling, even listed first.
    ['res', ['yes', 'resolved'], 'resolved'],
    ['res', ['resolved', 'yes'], 'resolved'],
    ['abcdef', ['abcdxf', 'abc'], 'abc'],
    // Too far, but one holds what was typed: that one, not the nearest.
    ['net', ['abc', 'internet-team'], 'internet-team'],
  ] as const)('%s among %j: %s', (typed, names, want) => {
    expect(closest(typed, names)).toBe(want);
  });

  it('suggests nothing for nothing typed, or when there is nothing to choose from', () => {
    expect(closest('', STATES)).toBeUndefined();
    expect(closest('   ', STATES)).toBeUndefined();
    expect(closest('open', [])).toBeUndefined();
  });
});

describe('the same name ignoring case and width', () => {
  it.each([
    ['vpn', 'VPN'],
    ['ＶＰＮ', 'VPN'],
    ['mail', 'Mail'],
    ['vp', undefined],
    ['vpn2', undefined],
    ['  vpn ', 'VPN'],
  ])('%s is %s', (typed, want) => {
    expect(sameIgnoringCase(typed, ['VPN', 'Mail', 'Print'])).toBe(want);
  });
});
