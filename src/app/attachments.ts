import { notFound, storageError, usageError } from '../core/errors.js';
import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import { assertMove } from '../core/lifecycle.js';
import type { Attachment } from '../core/attachment.js';
import type { ChangeContext } from './change.js';
import { loadIncident } from './records.js';
import { loadBuiltin } from '../io/builtin.js';

/**
 * Evidence files (SPEC §16): kept in the database under the SHA-256 of their bytes, so the same
 * screenshot attached to ten incidents is stored once, and a team database shares them.
 */

/** A file to attach: its name as the user sees it, its bytes, its media type. */
export interface NewFile {
  name: string;
  data: Buffer;
  mediaType: string;
}

export interface AttachResult {
  incident: IncidentRecord;
  /** Each file with whether it was new to the incident (false: that name and content were attached already). */
  files: (Attachment & { added: boolean })[];
}

/** node:crypto (and node:stream with it) is loaded by the commands that hash, not at every start (SPEC §13). */
export const sha256Of = (data: Uint8Array): string => loadBuiltin<typeof import('node:crypto')>('node:crypto').createHash('sha256').update(data).digest('hex');

/** Exit 2 naming the first file over the limit, before anything is written. */
export function assertSizes(files: readonly { name: string; size: number }[], maxSize: number): void {
  const over = files.find((f) => f.size > maxSize);
  if (over) throw usageError('attach.tooLarge', { name: over.name, size: over.size, max: maxSize }, 'attach.tooLargeHint');
}

/**
 * Attaches files to an incident in the caller's transaction (or one of its own): every file or none.
 * An `attached` event per file new to the incident; the incident's version goes up once. Works in
 * every state a note works in (SPEC §4).
 */
export async function attachFiles(c: ChangeContext, id: number, files: readonly NewFile[], maxSize: number): Promise<AttachResult> {
  assertSizes(files.map((f) => ({ name: f.name, size: f.data.byteLength })), maxSize);
  return c.store.write(async () => {
    const current = await loadIncident(c, id);
    assertMove('note', current.status, current.ref);
    const at = c.now.toISOString();
    // On a server the role, as its database records it (pg/schema.ts CREATORS_SQL).
    const who = c.store.dialect.whoActs(c.actor).actor;
    const out: AttachResult['files'] = [];
    const events: TimelineEvent[] = [];
    for (const f of files) {
      const a: Attachment = { name: f.name, sha256: sha256Of(f.data), size: f.data.byteLength, mediaType: f.mediaType, attachedBy: who, attachedAt: at };
      await c.store.attachments.putBlob(a.sha256, f.data);
      const added = await c.store.attachments.add(id, a);
      out.push({ ...a, added });
      if (added) {
        events.push({ at, actor: c.actor, kind: 'attached', from: null, to: a.name, note: null, data: { name: a.name, sha256: a.sha256, size: a.size, mediaType: a.mediaType } });
      }
    }
    if (events.length) {
      await c.store.incidents.update(id, current.version, {}, at);
      for (const e of events) await c.store.incidents.appendEvent(id, e);
    }
    return { incident: await loadIncident(c, id), files: out };
  });
}

/**
 * One attachment of an incident by its name or its hash (a prefix of at least 8 hex digits will
 * do): exit 3 when none matches, exit 2 when several do (naming how to tell them apart).
 */
export async function findAttachment(c: Pick<ChangeContext, 'store'>, incident: IncidentRecord, which: string): Promise<Attachment> {
  const all = await c.store.attachments.list(incident.id);
  const wanted = which.normalize('NFC');
  let found = all.filter((a) => a.name === wanted);
  if (!found.length && /^[0-9a-f]{8,64}$/i.test(which)) found = all.filter((a) => a.sha256.startsWith(which.toLowerCase()));
  if (!found.length) throw notFound('attachment.notFound', { ref: incident.ref, name: which }, 'attachment.notFoundHint');
  const distinct = new Set(found.map((a) => a.sha256));
  if (distinct.size > 1) throw usageError('attachment.ambiguous', { ref: incident.ref, name: which, count: distinct.size }, 'attachment.ambiguousHint');
  return found[0]!;
}

/** The bytes of an attachment, checked against its hash: damaged storage is never handed out as evidence. */
export async function attachmentBytes(c: Pick<ChangeContext, 'store'>, a: Attachment): Promise<Buffer> {
  const data = await c.store.attachments.blob(a.sha256);
  if (!data || sha256Of(data) !== a.sha256) throw storageError('attachment.damaged', { name: a.name, sha256: a.sha256 }, 'attachment.damagedHint');
  return data;
}
