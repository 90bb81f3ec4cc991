import { describe, expect, it } from 'vitest';
import { htmlToText, ignoredWhy, messageIds, refInSubject, reporterOf, titleFromSubject, withoutQuote, type MailFacts } from '../../src/core/mail.js';
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
