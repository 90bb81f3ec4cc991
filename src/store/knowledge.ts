import type { Knowledge, KnowledgeLink, KnowledgeStatus } from '../core/knowledge.js';
import { formatRef } from '../core/refs.js';
import { TableStore } from './table-store.js';

/** §3 field → column, for the fields a person edits. */
const COLUMNS = {
  title: 'title',
  symptoms: 'symptoms',
  cause: 'cause',
  resolution: 'resolution',
  workaround: 'workaround',
  category: 'category',
  service: 'service',
  tags: 'tags',
  status: 'status',
} as const;

export type KnowledgeField = keyof typeof COLUMNS;
export type KnowledgePatch = Partial<Pick<Knowledge, KnowledgeField>>;
export type NewKnowledge = Pick<Knowledge, 'title' | 'status' | 'createdBy' | 'createdAt'> &
  KnowledgePatch & { sourceIncident?: number | null; uses?: number };

export interface KnowledgeFilter {
  statuses?: readonly KnowledgeStatus[];
  category?: string;
  service?: string;
  sort?: 'updated' | 'uses' | 'id';
  limit?: number;
}

type Row = Record<string, unknown>;

const toDb = (field: KnowledgeField, value: unknown): unknown => (field === 'tags' ? JSON.stringify(value ?? []) : (value ?? null));

/** Knowledge entries and their links to incidents: the only place that knows their tables. */
export class KnowledgeStore extends TableStore {
  insert(entry: NewKnowledge): number {
    const fields = (Object.keys(entry) as KnowledgeField[]).filter((f) => f in COLUMNS);
    const cols = [...fields.map((f) => COLUMNS[f]), 'source_incident', 'uses', 'created_by', 'created_at', 'updated_at'];
    const values = [...fields.map((f) => toDb(f, entry[f])), entry.sourceIncident ?? null, entry.uses ?? 0, entry.createdBy, entry.createdAt, entry.createdAt];
    const sql = `INSERT INTO knowledge (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    return Number(this.db.prepare(sql).run(...values).lastInsertRowid);
  }

  /** Writes only if the entry is still at `expectedVersion`; else exit 4 (SPEC §12). */
  update(id: number, expectedVersion: number, patch: KnowledgePatch, updatedAt: string): void {
    const fields = (Object.keys(patch) as KnowledgeField[]).filter((f) => f in COLUMNS);
    const sets = fields.map((f) => `${COLUMNS[f]} = ?`);
    const values = fields.map((f) => toDb(f, patch[f]));
    this.updateVersioned('knowledge', 'KB', id, expectedVersion, { sets, values, updatedAt }, 'kb.conflictHint');
  }

  get(id: number): Knowledge | undefined {
    const row = this.stmt('SELECT * FROM knowledge WHERE id = ?').get(id) as Row | undefined;
    return row ? hydrate(row) : undefined;
  }

  list(filter: KnowledgeFilter = {}): Knowledge[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.statuses?.length) {
      where.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
      params.push(...filter.statuses);
    }
    if (filter.category !== undefined) {
      where.push('lower(category) = lower(?)');
      params.push(filter.category);
    }
    if (filter.service !== undefined) {
      where.push('lower(service) = lower(?)');
      params.push(filter.service);
    }
    const order = { updated: 'updated_at DESC, id DESC', uses: 'uses DESC, id DESC', id: 'id DESC' }[filter.sort ?? 'id'];
    const sql = `SELECT * FROM knowledge ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY ${order} ${filter.limit ? `LIMIT ${Math.floor(filter.limit)}` : ''}`;
    return (this.db.prepare(sql).all(...params) as Row[]).map(hydrate);
  }

  /**
   * Records that an entry was created from or used for an incident. Answers false when they were
   * already linked (nothing changes). A new 'used' link raises the entry's `uses`.
   */
  link(incidentId: number, kbId: number, relation: KnowledgeLink['relation'], at: string): boolean {
    const added = this.stmt('INSERT OR IGNORE INTO incident_knowledge (incident_id, kb_id, relation, at) VALUES (?, ?, ?, ?)').run(incidentId, kbId, relation, at).changes > 0;
    if (added && relation === 'used') this.stmt('UPDATE knowledge SET uses = uses + 1 WHERE id = ?').run(kbId);
    return added;
  }

  /** The incidents an entry was created from or used for, oldest link first. */
  links(kbId: number): KnowledgeLink[] {
    const rows = this.stmt('SELECT incident_id, relation, at FROM incident_knowledge WHERE kb_id = ? ORDER BY at, incident_id').all(kbId) as Row[];
    return rows.map((r) => ({ incident: formatRef('INC', r.incident_id as number), relation: r.relation as KnowledgeLink['relation'], at: r.at as string }));
  }

  titles(): string[] {
    return this.stmt('SELECT title FROM knowledge').pluck().all() as string[];
  }

  count(): number {
    return this.stmt('SELECT count(*) FROM knowledge').pluck().get() as number;
  }
}

function hydrate(r: Row): Knowledge {
  const id = r.id as number;
  return {
    id,
    ref: formatRef('KB', id),
    title: r.title as string,
    symptoms: (r.symptoms as string) ?? null,
    cause: (r.cause as string) ?? null,
    resolution: (r.resolution as string) ?? null,
    workaround: (r.workaround as string) ?? null,
    category: (r.category as string) ?? null,
    service: (r.service as string) ?? null,
    tags: JSON.parse((r.tags as string) || '[]') as string[],
    status: r.status as KnowledgeStatus,
    sourceIncident: r.source_incident ? formatRef('INC', r.source_incident as number) : null,
    uses: r.uses as number,
    createdBy: r.created_by as string,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
    version: r.version as number,
  };
}
