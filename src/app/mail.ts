import { usageError } from '../core/errors.js';
import type { IncidentRecord } from '../core/incident.js';
import { isActive } from '../core/lifecycle.js';
import { cleanBody, htmlToText, ignoredWhy, messageIds, refInSubject, reporterOf, titleFromSubject, withoutQuote, type IgnoredWhy, type MailFacts } from '../core/mail.js';
import { mediaTypeOf } from '../core/attachment.js';
import { attachFiles, sha256Of, type AttachResult, type NewFile } from './attachments.js';
import type { ChangeContext } from './change.js';
import { noteIncident, openIncident } from './incidents.js';

/**
 * `incident mail` (SPEC §16): one RFC 5322 message from standard input, as `rt-mailgate` takes one
 * from a mail alias. A new message opens an incident; a reply adds a note; the same message twice
 * adds nothing; auto-replies and bounces are recorded and left alone. Every decision is made again
 * inside the write transaction, so two deliveries of one message at once add it once.
 */

/** A message decoded: the facts the rules read, its text, its files. */
export interface ParsedMail {
  facts: MailFacts;
  /** The Message-ID, or for a message without one, one made from its bytes (so a redelivery still matches). */
  messageId: string;
  text: string | null;
  files: NewFile[];
  /** When it was sent (its Date header), if it says. */
  sentAt: Date | null;
}

/** A header line as RFC 5322 writes one: a name of printable characters but the colon, then a colon. */
const HEADER_LINE = /^[!-9;-~]+:/;

/**
 * Decodes a message with postal-mime (charsets by TextDecoder: ISO-2022-JP, Shift_JIS, EUC-JP,
 * UTF-8; encoded words; quoted-printable and base64). Not a message (no header block, no From):
 * exit 2, nothing written.
 */
export async function parseMail(raw: Buffer): Promise<ParsedMail> {
  const text = raw.subarray(0, 4096).toString('latin1').replace(/^(\r?\n)+/, '');
  if (!text.trim()) throw usageError('mail.noInput');
  if (!HEADER_LINE.test(text)) throw usageError('mail.unparseable', { reason: 'it does not start with header lines' }, 'mail.unparseableHint');
  const loaded = await import('postal-mime');
  // Bundled apart (scripts/build.mjs), the module comes back as its CommonJS exports: the class is one level down.
  const PostalMime = 'parse' in loaded.default ? loaded.default : (loaded.default as unknown as { default: typeof loaded.default }).default;
  let m: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    m = await PostalMime.parse(raw);
  } catch (e) {
    throw usageError('mail.unparseable', { reason: (e as Error).message }, 'mail.unparseableHint');
  }
  const headers: Record<string, string> = {};
  for (const h of m.headers) if (!(h.key in headers)) headers[h.key] = h.value;
  const fromAddress = m.from?.address?.trim() || null;
  if (!fromAddress && !m.from?.name) throw usageError('mail.unparseable', { reason: 'it has no From header' }, 'mail.unparseableHint');
  const facts: MailFacts = {
    messageId: messageIds(m.messageId)[0] ?? null,
    subject: m.subject ?? null,
    fromAddress,
    fromName: m.from?.name || null,
    inReplyTo: messageIds(m.inReplyTo),
    references: messageIds(m.references),
    headers,
  };
  const body = m.text?.trim() ? m.text : m.html ? htmlToText(m.html) : null;
  const files = m.attachments
    // A text or HTML body a mailer also sent as an inline part is the body, not a file.
    .filter((a) => a.filename || !(a.disposition === 'inline' && /^text\//i.test(a.mimeType)))
    .map((a, i): NewFile => {
      const data = typeof a.content === 'string' ? Buffer.from(a.content) : Buffer.from(a.content as ArrayBuffer);
      const name = safeName(a.filename) ?? `part-${i + 1}${extensionFor(a.mimeType)}`;
      return { name, data, mediaType: a.mimeType && a.mimeType !== 'application/octet-stream' ? a.mimeType.toLowerCase() : mediaTypeOf(name, data) };
    });
  const sentAt = m.date ? new Date(m.date) : null;
  return {
    facts,
    messageId: facts.messageId ?? `sha256-${sha256Of(raw)}@no-message-id`,
    text: cleanBody(body),
    files,
    sentAt: sentAt && !Number.isNaN(sentAt.getTime()) ? sentAt : null,
  };
}

/** A file name from a mail: no folders, no control characters, within the limit of a name. */
function safeName(name: string | null | undefined): string | undefined {
  const base = name?.normalize('NFC').split(/[\\/]/).pop()?.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim();
  return base ? [...base].slice(0, 200).join('') : undefined;
}

const EXTENSIONS: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg', 'image/gif': '.gif', 'application/pdf': '.pdf', 'text/plain': '.txt', 'message/rfc822': '.eml' };
const extensionFor = (type: string | undefined) => EXTENSIONS[type?.toLowerCase() ?? ''] ?? '';

/** What taking a message does, decided from the database as it is. */
export type MailPlan =
  | { action: 'duplicate'; previous: { action: string; ref: string | null } }
  | { action: 'ignored'; why: IgnoredWhy }
  | { action: 'noted'; incident: IncidentRecord }
  /** A new incident; `related` when it answers one already resolved, closed or cancelled… past notes. */
  | { action: 'opened'; title: string; related?: IncidentRecord };

export interface MailResult {
  messageId: string;
  plan: MailPlan;
  /** The incident opened or noted. */
  incident?: IncidentRecord;
  attached: AttachResult['files'];
  /** Files over attachment.maxSize, left out (the mail itself is still taken). */
  tooLarge: { name: string; size: number }[];
}

export interface MailOptions {
  maxSize: number;
  /** The title of a message without a subject, in the user's language. */
  noSubject: string;
}

/** Reads only: what taking `mail` would do now. */
export async function planMail(c: Pick<ChangeContext, 'store'>, mail: ParsedMail, o: Pick<MailOptions, 'noSubject'>): Promise<MailPlan> {
  const taken = await c.store.attachments.taken(mail.messageId);
  if (taken) return { action: 'duplicate', previous: { action: taken.action, ref: taken.incidentId === null ? null : `INC-${taken.incidentId}` } };
  const why = ignoredWhy(mail.facts);
  if (why) return { action: 'ignored', why };
  const named = refInSubject(mail.facts.subject);
  const target =
    (named !== undefined ? await c.store.incidents.get(named) : undefined) ??
    (await idToIncident(c, await c.store.attachments.incidentOfMessages([...mail.facts.inReplyTo, ...mail.facts.references])));
  const title = titleFromSubject(mail.facts.subject) || o.noSubject;
  if (!target) return { action: 'opened', title };
  // A note works while the incident is being worked on or watched (SPEC §4); one that came back after it ended is a new incident (§4).
  if (isActive(target.status) || target.status === 'resolved') return { action: 'noted', incident: target };
  return { action: 'opened', title, related: target };
}

async function idToIncident(c: Pick<ChangeContext, 'store'>, id: number | undefined): Promise<IncidentRecord | undefined> {
  return id === undefined ? undefined : c.store.incidents.get(id);
}

/** Takes a message: all of what it does in one transaction, decided again inside it. */
export async function takeMail(c: ChangeContext, mail: ParsedMail, o: MailOptions): Promise<MailResult> {
  const files = mail.files.filter((f) => f.data.byteLength <= o.maxSize);
  const tooLarge = mail.files.filter((f) => f.data.byteLength > o.maxSize).map((f) => ({ name: f.name, size: f.data.byteLength }));
  return c.store.write(async () => {
    const plan = await planMail(c, mail, o);
    const result: MailResult = { messageId: mail.messageId, plan, attached: [], tooLarge };
    if (plan.action === 'duplicate') return result;
    const f = mail.facts;
    const origin = {
      messageId: mail.messageId,
      from: f.fromAddress,
      name: f.fromName,
      subject: f.subject,
      ...(tooLarge.length && { leftOut: tooLarge.map((t) => `${t.name} (${t.size} bytes)`) }),
    };
    let incident: IncidentRecord | undefined;
    if (plan.action === 'opened') {
      ({ incident } = await openIncident(c, {
        title: plan.title,
        description: mail.text ?? undefined,
        source: 'mail',
        reporter: reporterOf(f) ?? undefined,
        related: plan.related ? [plan.related.id] : undefined,
        // Detected when it was written, not when it reached us (a clock ahead of ours counts as now).
        detectedAt: mail.sentAt && mail.sentAt < c.now ? mail.sentAt : undefined,
        eventData: { mail: origin },
      }));
    } else if (plan.action === 'noted') {
      const note = (mail.text && withoutQuote(mail.text)) || titleFromSubject(f.subject) || o.noSubject;
      incident = await noteIncident(c, plan.incident.id, note, { mail: origin });
    }
    if (incident && files.length) {
      const attached = await attachFiles(c, incident.id, files, o.maxSize);
      result.attached = attached.files;
      incident = attached.incident;
    }
    await c.store.attachments.recordMessage({
      messageId: mail.messageId,
      incidentId: incident?.id ?? null,
      action: plan.action,
      sender: f.fromAddress && [...f.fromAddress].slice(0, 200).join(''),
      subject: cleanBody(f.subject),
      takenAt: c.now.toISOString(),
    });
    result.incident = incident;
    return result;
  });
}
