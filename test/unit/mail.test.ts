import { describe, expect, it } from 'vitest';
import { cleanBody, clip, htmlToText, ignoredWhy, messageIds, refInSubject, reporterOf, titleFromSubject, withoutQuote, type MailFacts } from '../../src/core/mail.js';
import { formatSize, parseSize } from '../../src/core/config.js';

const facts = (headers: Record<string, string>, fromAddress = 'yamada@example.co.jp'): MailFacts => ({
  messageId: 'a@b',
  subject: 'x',
  fromAddress,
  fromName: null,
  inReplyTo: [],
  references: [],
  headers,
});

describe('which mail opens nothing', () => {
  it('auto-replies, bounces and bulk mail by their headers and senders; a person\'s mail passes', () => {
    expect(ignoredWhy(facts({}))).toBeUndefined();
    expect(ignoredWhy(facts({ 'auto-submitted': 'no' }))).toBeUndefined();
    expect(ignoredWhy(facts({ 'auto-submitted': 'auto-replied' }))).toBe('autoReply');
    expect(ignoredWhy(facts({ 'auto-submitted': 'auto-generated; owner-email="x@y"' }))).toBe('autoReply');
    expect(ignoredWhy(facts({ 'x-autoreply': 'yes' }))).toBe('autoReply');
    expect(ignoredWhy(facts({ precedence: 'bulk' }))).toBe('bulk');
    expect(ignoredWhy(facts({ precedence: 'List' }))).toBe('bulk');
    expect(ignoredWhy(facts({ precedence: 'first-class' }))).toBeUndefined();
    expect(ignoredWhy(facts({}, 'MAILER-DAEMON@mx.example.co.jp'))).toBe('bounce');
    expect(ignoredWhy(facts({}, 'postmaster@example.co.jp'))).toBe('bounce');
    expect(ignoredWhy(facts({ 'content-type': 'multipart/report; report-type=delivery-status; boundary="x"' }))).toBe('bounce');
  });
});

describe('threads', () => {
  it('reads Message-IDs with or without brackets, and [INC-n] in a subject', () => {
    expect(messageIds('<a@b> <c@d>\r\n <e@f>')).toEqual(['a@b', 'c@d', 'e@f']);
    expect(messageIds('bare@id')).toEqual(['bare@id']);
    expect(messageIds(undefined)).toEqual([]);
    expect(refInSubject('Re: [INC-12] VPN')).toBe(12);
    expect(refInSubject('RE: [inc-0007] プリンタ')).toBe(7);
    expect(refInSubject('INC-12 without brackets')).toBeUndefined();
  });

  it('titles without reply prefixes or our tag', () => {
    expect(titleFromSubject('Re: [INC-3] Fwd: VPN が遅い')).toBe('VPN が遅い');
    expect(titleFromSubject('RE: 転送: 返信：経費精算')).toBe('経費精算');
    expect(titleFromSubject('Re[2]: 会議室の電話')).toBe('会議室の電話');
    expect(titleFromSubject('line\tbreaks\r\n and  tabs')).toBe('line breaks and tabs');
    expect(titleFromSubject(null)).toBe('');
    expect([...titleFromSubject('長'.repeat(400))]).toHaveLength(300);
  });

  it('keeps a reply\'s own words, without the quote below and the line that introduces it', () => {
    expect(withoutQuote('直りました。\n\nOn Mon, 30 Nov 2026, Yamada wrote:\n> 繋がりません\n>\n')).toBe('直りました。');
    expect(withoutQuote('了解です。\n\n2026年11月30日(月) 9:12 山田 <yamada@example.co.jp>:\n> 繋がりません')).toBe('了解です。');
    // A quote in the middle stays: the answer under it is part of the words.
    expect(withoutQuote('> 繋がりません\nこちらでは繋がります')).toBe('> 繋がりません\nこちらでは繋がります');
    // Nothing but a quote: kept, rather than an empty note.
    expect(withoutQuote('> only a quote')).toBe('> only a quote');
  });
});

describe('HTML mail as text', () => {
  it('blocks, breaks, lists, links and entities; no scripts or styles', () => {
    expect(
      htmlToText('<style>p{}</style><script>alert(1)</script><p>A&amp;B&nbsp;&lt;x&gt; &#x3042;&#12354;</p><div>two<br/>lines</div><ul><li>one</li><li>two</li></ul><a href="https://x.example/a">doc</a>'),
    ).toBe('A&B <x> ああ\n\ntwo\nlines\n\n- one\n- two\ndoc (https://x.example/a)');
  });
});

describe('reporter and sizes', () => {
  it('name and address as people read them', () => {
    expect(reporterOf({ fromAddress: 'sato@example.co.jp', fromName: '佐藤 花子' })).toBe('佐藤 花子 <sato@example.co.jp>');
    expect(reporterOf({ fromAddress: 'sato@example.co.jp', fromName: null })).toBe('sato@example.co.jp');
    expect(reporterOf({ fromAddress: null, fromName: null })).toBeNull();
  });

  it('attachment.maxSize values', () => {
    expect(parseSize('20MiB')).toBe(20 * 1024 * 1024);
    expect(parseSize('512k')).toBe(524288);
    expect(parseSize('1.5MB')).toBe(1572864);
    expect(parseSize('300000')).toBe(300000);
    expect(parseSize('20 parsecs')).toBeUndefined();
    expect(formatSize(20971520)).toBe('20MiB');
    expect(formatSize(1536)).toBe('1536B');
    expect(formatSize(2048)).toBe('2KiB');
  });
});

describe('which mail opens nothing: the edges (docs/mail.md, RFC 3834, RFC 3464)', () => {
  it.each([
    ['X-Autorespond', { 'x-autorespond': 'yes' }, undefined, 'autoReply'],
    ['Auto-Submitted in capitals', { 'auto-submitted': 'AUTO-REPLIED' }, undefined, 'autoReply'],
    ['Auto-Submitted: No, spaced and capitalised', { 'auto-submitted': ' No ' }, undefined, undefined],
    ['an empty Auto-Submitted', { 'auto-submitted': '' }, undefined, undefined],
    ['Precedence: junk, spaced', { precedence: ' junk ' }, undefined, 'bulk'],
    ['Precedence: bulky (not a precedence of RFC 3834)', { precedence: 'bulky' }, undefined, undefined],
    ['Precedence: mailing-list', { precedence: 'mailing-list' }, undefined, undefined],
    ['a delivery status report, quoted', { 'content-type': 'multipart/report; report-type="delivery-status"' }, undefined, 'bounce'],
    ['a delivery status report, spaced', { 'content-type': 'multipart/report; report-type = delivery-status' }, undefined, 'bounce'],
    ['a read receipt is not a bounce', { 'content-type': 'multipart/report; report-type=disposition-notification' }, undefined, undefined],
    ['Postmaster in capitals', {}, 'Postmaster@example.co.jp', 'bounce'],
    ['a sender whose name only begins with postmaster', {}, 'postmaster-team@example.co.jp', undefined],
    ['a message with no From address', {}, null, undefined],
    ['a bounce that is also an auto-reply is a bounce', { 'auto-submitted': 'auto-replied' }, 'MAILER-DAEMON@mx.example.co.jp', 'bounce'],
    ['an auto-reply sent as bulk mail is an auto-reply', { 'auto-submitted': 'auto-generated', precedence: 'bulk' }, undefined, 'autoReply'],
  ] as const)('%s', (_, headers, from, why) => {
    expect(ignoredWhy({ ...facts(headers), fromAddress: from === undefined ? 'yamada@example.co.jp' : from })).toBe(why);
  });
});

describe('threads: the edges', () => {
  it.each([
    ['', []],
    ['   ', []],
    [' bare@id ', ['bare@id']],
    ['two words', []],
    ['In reply to <a@b> of yesterday', ['a@b']],
    ['<a b@c>', []],
  ])('Message-IDs in %j', (value, ids) => {
    expect(messageIds(value)).toEqual(ids);
    expect(messageIds(null)).toEqual([]);
  });

  it.each([
    ['Re: [ INC-5 ] VPN', 5],
    ['[INC-123456789012345] long', 123456789012345],
    ['[INC-1234567890123456] too long', undefined],
    ['[INC-] none', undefined],
    ['[INC-12a] not a number', undefined],
    ['[INC-000] zero', 0],
    [null, undefined],
  ] as const)('the incident named in %j', (subject, ref) => {
    expect(refInSubject(subject)).toBe(ref);
  });

  it.each([
    ['AW: WG: Drucker druckt nicht', 'Drucker druckt nicht'],
    ['SV: VS: TR: Fw: printer', 'printer'],
    ['RE(2): 会議室', '会議室'],
    ['回答：経費', '経費'],
    ['Re : spaced colon', 'spaced colon'],
    ['Re:Re:Re:three', 'three'],
    ['[INC-3] Re: [ INC-3 ] Fwd: VPN', 'VPN'],
    ['Research: results', 'Research: results'],
    ['VPN [INC-3] Re: x', 'VPN [INC-3] Re: x'],
    ['a\u007fb\u0085c', 'a b c'],
    ['Cafe\u0301', 'Caf\u00e9'],
  ])('the title of %j', (subject, title) => {
    expect(titleFromSubject(subject)).toBe(title);
  });

  it('cuts a title at 300 characters, counting an emoji as one', () => {
    expect(titleFromSubject('x'.repeat(300))).toBe('x'.repeat(300));
    expect(titleFromSubject('x'.repeat(301))).toBe(`${'x'.repeat(299)}…`);
    expect(titleFromSubject('😀'.repeat(300))).toBe('😀'.repeat(300));
    expect(titleFromSubject('😀'.repeat(301))).toBe(`${'😀'.repeat(299)}…`);
    expect(clip('abc', 3)).toBe('abc');
    expect(clip('abcd', 3)).toBe('ab…');
  });
});

describe('a mail body as an incident\'s text', () => {
  it.each([
    [null, null],
    ['', null],
    [' \n\t \r\n', null],
    ['a\r\nb\rc', 'a\nb\nc'],
    // A form feed and other controls go; a tab and a line break stay.
    ['a\u0000b\u000cc\td\u007fe\u0085f', 'abc\tdef'],
    ['line  \t\nnext', 'line\nnext'],
    ['  indented\n  kept  ', 'indented\n  kept'],
    ['Cafe\u0301', 'Caf\u00e9'],
  ])('%j', (body, text) => {
    expect(cleanBody(body)).toBe(text);
  });

  it('keeps 100,000 characters, the cut marked', () => {
    expect(cleanBody('a'.repeat(100_000))).toBe('a'.repeat(100_000));
    expect(cleanBody('a'.repeat(100_001))).toBe(`${'a'.repeat(99_999)}…`);
  });

  it.each([
    ['ok\nSomeone writes:\n> q', 'ok'],
    ['ok\n山田さんは書き込みました：\n> q', 'ok'],
    ['ok\nYamada wrote\n> q', 'ok'],
    ['ok\n\n> q\n\n', 'ok'],
    ['See below:\n\nok\n> q', 'See below:\n\nok'],
    ['Notes:\n> only the quote', 'Notes:\n> only the quote'],
    ['no quote here\n', 'no quote here'],
    ['plain', 'plain'],
  ])('a reply\'s own words in %j', (text, words) => {
    expect(withoutQuote(text)).toBe(words);
  });
});

describe('HTML mail as text: the edges', () => {
  it.each([
    ['a<!-- hidden -->b', 'ab'],
    ['<head><title>T</title></head><body>x</body>', 'x'],
    ['<STYLE type="text/css">p{}</STYLE >x', 'x'],
    ['<a href="https://x.example/a">https://x.example/a</a>', 'https://x.example/a'],
    ['<a href="https://x.example/a"><img src="i.png"></a>', 'https://x.example/a'],
    ["<a href='https://x.example/b'>doc</a>", 'doc (https://x.example/b)'],
    ['<a href=https://x.example/c>doc</a>', 'doc (https://x.example/c)'],
    ['<A class="x" HREF = "https://x.example/">Doc <b>here</b></A>', 'Doc here (https://x.example/)'],
    ['<a href="mailto:a@example.com">mail us</a>', 'mail us'],
    ['<table><tr><td>a</td><td>b</td></tr><tr><th>c</th></tr></table>', 'a b\n\nc'],
    ['<h1>Title</h1>text<BR>next<br />last', 'Title\ntext\nnext\nlast'],
    ['<ol><li class="x">one</li></ol>', '- one'],
    ['<p>a</p><p></p><p></p><p>b</p>', 'a\n\nb'],
    ['&copy; &reg; &yen; &hellip; &mdash; &ndash; &quot;&apos;&GT;', '© ® ¥ … — – "\'>'],
    ['&#X41;&#x3042;&#65;', 'AあA'],
    ['&#0; &#x110000; &unknown;', '&#0; &#x110000; &unknown;'],
    ['a&nbsp;&nbsp; b', 'a b'],
  ])('%j', (html, text) => {
    expect(htmlToText(html)).toBe(text);
  });
});

describe('the reporter: the edges', () => {
  it.each([
    [{ fromAddress: 'sato@example.co.jp', fromName: 'Sato "Hanako" <x>' }, 'Sato Hanako x <sato@example.co.jp>'],
    [{ fromAddress: 'sato@example.co.jp', fromName: 'a\u0000b\u0085c' }, 'a b c <sato@example.co.jp>'],
    [{ fromAddress: 'sato@example.co.jp', fromName: '   ' }, 'sato@example.co.jp'],
    [{ fromAddress: null, fromName: '佐藤 花子' }, '佐藤 花子'],
    [{ fromAddress: '  ', fromName: '佐藤' }, '佐藤'],
    [{ fromAddress: ' sato@example.co.jp ', fromName: null }, 'sato@example.co.jp'],
  ])('%j', (from, reporter) => {
    expect(reporterOf(from)).toBe(reporter);
  });

  it('cuts a reporter at 200 characters', () => {
    expect(reporterOf({ fromAddress: 'a@b.c', fromName: 'x'.repeat(250) })).toBe(`${'x'.repeat(199)}…`);
  });
});
