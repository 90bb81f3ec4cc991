import type { Attachment } from '../core/attachment.js';
import type { Sql } from './sql.js';
import { loadBuiltin } from '../io/builtin.js';

export type { Attachment };

/** A message `incident mail` took, by its Message-ID: what became of it. */
export interface TakenMessage {
  messageId: string;
  incidentId: number | null;
  action: 'opened' | 'noted' | 'ignored';
}

/** Blobs read at a time by `db check`: each may be as large as attachment.maxSize. */
const CHECK_PAGE = 8;

const fromRow = (r: Record<string, unknown>): Attachment => ({
  name: r.name as string,
  sha256: r.sha256 as string,
  size: Number(r.size),
  mediaType: r.media_type as string,
  attachedBy: r.attached_by as string,
  attachedAt: r.attached_at as string,
});

/** Evidence files and the mail taken in: the only place that knows their tables. */
export class AttachmentStore {
  constructor(private readonly sql: Sql) {}

  /** Keeps the bytes under their hash; the same bytes again are stored once. */
  async putBlob(sha256: string, data: Uint8Array): Promise<void> {
    await this.sql.run('INSERT INTO attachment_blobs (sha256, size, data) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING', [sha256, data.byteLength, data]);
  }

  /** Links a stored blob to an incident under a name: false when that very file is already attached so. */
  async add(incidentId: number, a: Attachment): Promise<boolean> {
    const r = await this.sql.run(
      `INSERT INTO attachments (incident_id, name, sha256, size, media_type, attached_by, attached_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (incident_id, name, sha256) DO NOTHING`,
      [incidentId, a.name, a.sha256, a.size, a.mediaType, a.attachedBy, a.attachedAt],
    );
    return r.changes > 0;
  }

  /** An incident's attachments, in the order they were attached. */
  async list(incidentId: number): Promise<Attachment[]> {
    return (await this.sql.all('SELECT * FROM attachments WHERE incident_id = ? ORDER BY id', [incidentId])).map(fromRow);
  }

  /** The stored bytes of a hash, or undefined. */
  async blob(sha256: string): Promise<Buffer | undefined> {
    const data = await this.sql.value<Uint8Array>('SELECT data FROM attachment_blobs WHERE sha256 = ?', [sha256]);
    return data === undefined ? undefined : Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  }

  /**
   * Every blob, a few at a time in hash order, for `db check` to hash again: memory holds a page,
   * never the whole table.
   */
  async *blobs(): AsyncGenerator<{ sha256: string; size: number; data: Buffer }> {
    let after = '';
    for (;;) {
      const rows = await this.sql.all<{ sha256: string; size: number; data: Uint8Array }>(
        'SELECT sha256, size, data FROM attachment_blobs WHERE sha256 > ? ORDER BY sha256 LIMIT ?',
        [after, CHECK_PAGE],
      );
      for (const r of rows) yield { sha256: r.sha256, size: Number(r.size), data: Buffer.from(r.data.buffer, r.data.byteOffset, r.data.byteLength) };
      if (rows.length < CHECK_PAGE) return;
      after = rows[rows.length - 1]!.sha256;
    }
  }

  /** `db check`: every stored file hashed again; those whose bytes no longer match their SHA-256 or size. */
  async damagedBlobs(): Promise<{ sha256: string; names: string }[]> {
    // Loaded here only: node:crypto brings node:stream with it, which no other command needs at start (SPEC §13).
    const { createHash } = loadBuiltin<typeof import('node:crypto')>('node:crypto');
    const bad: { sha256: string; names: string }[] = [];
    for await (const b of this.blobs()) {
      if (b.data.byteLength === b.size && createHash('sha256').update(b.data).digest('hex') === b.sha256) continue;
      const names = await this.sql.all<{ incident_id: number; name: string }>('SELECT incident_id, name FROM attachments WHERE sha256 = ? ORDER BY id', [b.sha256]);
      bad.push({ sha256: b.sha256, names: names.map((r) => `INC-${Number(r.incident_id)} ${r.name}`).join(', ') || '—' });
    }
    return bad;
  }

  // ---- mail -------------------------------------------------------------------------------------

  async taken(messageId: string): Promise<TakenMessage | undefined> {
    const r = await this.sql.get<{ message_id: string; incident_id: number | null; action: TakenMessage['action'] }>(
      'SELECT message_id, incident_id, action FROM mail_messages WHERE message_id = ?',
      [messageId],
    );
    return r && { messageId: r.message_id, incidentId: r.incident_id === null ? null : Number(r.incident_id), action: r.action };
  }

  /** The incident of the newest message taken among `messageIds` (a reply's In-Reply-To and References). */
  async incidentOfMessages(messageIds: readonly string[]): Promise<number | undefined> {
    if (!messageIds.length) return undefined;
    const id = await this.sql.value<number>(
      `SELECT incident_id FROM mail_messages WHERE incident_id IS NOT NULL AND message_id IN (${messageIds.map(() => '?').join(', ')})
       ORDER BY taken_at DESC, incident_id DESC LIMIT 1`,
      messageIds,
    );
    return id === undefined ? undefined : Number(id);
  }

  async recordMessage(m: TakenMessage & { sender: string | null; subject: string | null; takenAt: string }): Promise<void> {
    await this.sql.run('INSERT INTO mail_messages (message_id, incident_id, action, sender, subject, taken_at) VALUES (?, ?, ?, ?, ?, ?)', [
      m.messageId,
      m.incidentId,
      m.action,
      m.sender,
      m.subject,
      m.takenAt,
    ]);
  }
}
