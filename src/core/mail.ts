import { LIMITS } from './validate.js';
import { lookup } from './lookup.js';

/**
 * What `incident mail` decides about one message (SPEC §16), from its headers and text alone: no
 * I/O here. The message is decoded by a mail parser first (app/mail.ts); these rules are ours.
 */

/** A message as the rules read it: header values already decoded (encoded words, charsets). */
export interface MailFacts {
  /** The Message-ID without its angle brackets; absent when the message has none. */
  messageId: string | null;
  subject: string | null;
  fromAddress: string | null;
  fromName: string | null;
  inReplyTo: string[];
  references: string[];
  /** Header name (lower case) → its value, for the headers the rules read. */
  headers: Readonly<Record<string, string | undefined>>;
}

/** Why a message is taken note of but not turned into an incident. */
export type IgnoredWhy = 'autoReply' | 'bounce' | 'bulk';

/**
 * Auto-replies, bounces and bulk mail (RFC 3834, RFC 3464): answering them with an incident (and a
 * notification that replies) is how mail loops start. Undefined: a message a person sent.
 */
export function ignoredWhy(m: MailFacts): IgnoredWhy | undefined {
  const h = m.headers;
  const local = m.fromAddress?.split('@')[0]?.toLowerCase() ?? '';
  if (local === 'mailer-daemon' || local === 'postmaster' || /report-type\s*=\s*"?delivery-status/i.test(h['content-type'] ?? '')) return 'bounce';
  const auto = h['auto-submitted']?.trim().toLowerCase();
  if ((auto && !auto.startsWith('no')) || h['x-autoreply'] !== undefined || h['x-autorespond'] !== undefined) return 'autoReply';
  if (/^(bulk|junk|list)$/i.test(h['precedence']?.trim() ?? '')) return 'bulk';
  return undefined;
}

/** `<abc@host>` → `abc@host`; each id of a References or In-Reply-To header. */
export function messageIds(value: string | undefined | null): string[] {
  if (!value) return [];
  const ids = [...value.matchAll(/<([^<>\s]+)>/g)].map((x) => x[1]!);
  // A bare id (some mailers drop the brackets).
  return ids.length ? ids : value.trim() && !/\s/.test(value.trim()) ? [value.trim()] : [];
}

/** The incident a subject names in brackets (`Re: [INC-12] VPN`), the tag the notifications put there. */
export function refInSubject(subject: string | null): number | undefined {
  const m = /\[\s*INC-0*(\d{1,15})\s*\]/i.exec(subject ?? '');
  return m ? Number(m[1]) : undefined;
}

/** Reply and forward prefixes in the languages our users' mailers write. */
const PREFIX = /^\s*((re|fwd?|aw|wg|sv|vs|tr|回答|返信|転送)\s*(\[\d+\]|\(\d+\))?\s*[:：]\s*)+/i;

/** A subject as an incident title: without `Re:`/`Fwd:` and our `[INC-n]` tag, on one line, within the title limit. */
export function titleFromSubject(subject: string | null): string {
  let s = (subject ?? '').normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  for (let before = ''; before !== s; ) {
    before = s;
    s = s.replace(PREFIX, '').replace(/^\s*\[\s*INC-\d+\s*\]\s*/i, '');
  }
  return clip(s.replace(/\s+/g, ' ').trim(), LIMITS.title);
}

/** Text cut to `max` characters (code points), the cut marked with `…`. */
export function clip(text: string, max: number): string {
  if (text.length <= max) return text;
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

/**
 * A body as long text: NFC, line breaks as `\n`, no control characters but tab and line break
 * (a form feed in a pasted log is not worth refusing the mail for), trimmed, within the limit.
 */
export function cleanBody(text: string | null | undefined): string | null {
  if (!text) return null;
  const s = text
    .normalize('NFC')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '')
    .replace(/[ \t]+$/gm, '')
    .trim();
  return s ? clip(s, LIMITS.text) : null;
}

/**
 * A reply's own words: what it quotes below (`> …` lines at its end, and the line ending in a colon
 * that introduces them: `On … wrote:`, 「…書きました:」) is the thread the incident already has.
 */
export function withoutQuote(text: string): string {
  const lines = text.split('\n');
  let end = lines.length;
  while (end > 0 && (/^\s*>/.test(lines[end - 1]!) || !lines[end - 1]!.trim())) end--;
  if (end === lines.length) return text;
  // The line that introduces the quote: `On Mon, … wrote:`, `2026年11月30日(月) 9:12 山田 <…>:`.
  if (end > 0 && /((wrote|writes|書きました|書き込みました)\s*[:：]?|[:：])\s*$/i.test(lines[end - 1]!)) end--;
  const kept = lines.slice(0, end).join('\n').trim();
  return kept || text;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', copy: '©', reg: '®', yen: '¥', hellip: '…', mdash: '—', ndash: '–' };

/**
 * HTML mail as text, for a message that has no text part: scripts and styles dropped, blocks and
 * line breaks as new lines, links kept as `text (url)`, entities decoded. Enough to read a report;
 * the HTML itself is not kept.
 */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/<(script|style|head|title)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<a\b[^>]*\bhref\s*=\s*["']?(https?:[^"'\s>]+)["']?[^>]*>([\s\S]*?)<\/a\s*>/gi, (_, url: string, inner: string) => {
      const label = inner.replace(/<[^>]*>/g, '').trim();
      return label && label !== url ? `${label} (${url})` : url;
    })
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<li\b[^>]*>/gi, '\n- ')
    .replace(/<\/?(p|div|tr|table|ul|ol|h[1-6]|blockquote|pre|section|article|header|footer)\b[^>]*>/gi, '\n')
    .replace(/<\/t[dh]\s*>/gi, '\t')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) => {
      if (e[0] === '#') {
        const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
        return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : all;
      }
      return lookup(ENTITIES, e.toLowerCase()) ?? all;
    });
  return text
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The reporter as people read it: `山田 <yamada@example.co.jp>`, or the address alone. */
export function reporterOf(m: Pick<MailFacts, 'fromAddress' | 'fromName'>): string | null {
  const address = m.fromAddress?.trim() || null;
  const name = m.fromName?.replace(/[\u0000-\u001f\u007f-\u009f<>"]+/g, ' ').replace(/\s+/g, ' ').trim() || null;
  const both = name && address ? `${name} <${address}>` : (address ?? name);
  return both && clip(both, LIMITS.short);
}
