import { describe, expect, it } from 'vitest';
import { htmlToText, messageIds, refInSubject } from '../../src/core/mail.js';

/** HTML mail and thread ids where a lazy or a greedy reading would differ (docs/mail.md). */
describe('HTML mail with several of a kind', () => {
  it.each([
    ['a<!--x-->b<!--y-->c', 'abc'],
    ['<style>p{}</style>kept<style>q{}</style>', 'kept'],
    [
      '<a href="https://a.example/">A</a> and <a href="http://b.example/x">B</a >',
      'A (https://a.example/) and B (http://b.example/x)',
    ],
    // The last code point there is, and one past it.
    ['&#x10FFFF;&#x110000;', '\u{10FFFF}&#x110000;'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('thread ids and tags, padded', () => {
  it('takes the id inside the innermost brackets', () => {
    expect(messageIds('<<a@b>>')).toEqual(['a@b']);
  });

  it('reads an incident number with many leading zeros', () => {
    expect(refInSubject('Re: [INC-00000000000000012] VPN')).toBe(12);
  });
});
