import { describe, expect, it } from 'vitest';
import { htmlToText, ignoredWhy, messageIds, refInSubject, titleFromSubject, withoutQuote } from '../../src/core/mail.js';

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
    // A comment or a block tag with a `>` or attributes inside is still one.
    ['a<!-- if x > 1 -->b<!-- 2 > 0 -->c', 'abc'],
    ['a<div class="x">b', 'a\nb'],
    ['<a href="https://x.example/" target="_blank">doc</a>', 'doc (https://x.example/)'],
    ['<a href="https://x.example/"> </a>', 'https://x.example/'],
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

describe('titles: our tag without spaces, and spaces around', () => {
  it.each([
    ['[INC-12] VPN', 'VPN'],
    ['[INC-3]VPN', 'VPN'],
    ['ABC[INC-3] x', 'ABC[INC-3] x'],
    [' VPN down ', 'VPN down'],
  ])('the title of %j', (subject, title) => {
    expect(titleFromSubject(subject)).toBe(title);
  });
});

describe('a reply\'s own words: what is and is not a quote', () => {
  it.each([
    ['x\nprice > cost', 'x\nprice > cost'],
    ['ok\n  > an indented quote', 'ok'],
    ['ok\n> q\n   ', 'ok'],
    ['ok\nsee below:', 'ok\nsee below:'],
    ['ok\nTime: 10:00 works for me\n> q', 'ok\nTime: 10:00 works for me'],
    ['ok\nYamada wrote: \n> q', 'ok'],
    // Not a line that introduces a quote: it does not end in "wrote" or a colon.
    ['ok\nThat is what Yamada wrote!\n> q', 'ok\nThat is what Yamada wrote!'],
  ])('%j', (text, words) => {
    expect(withoutQuote(text)).toBe(words);
  });
});

describe('Auto-Submitted with parameters (RFC 3834)', () => {
  it('"no" with a parameter is a person\'s mail', () => {
    const m = { messageId: 'a@b', subject: 'x', fromAddress: 'yamada@example.co.jp', fromName: null, inReplyTo: [], references: [] };
    expect(ignoredWhy({ ...m, headers: { 'auto-submitted': 'no; reason=typed-by-hand' } })).toBeUndefined();
    expect(ignoredWhy({ ...m, headers: { 'auto-submitted': 'auto-replied; reason=away' } })).toBe('autoReply');
  });
});
