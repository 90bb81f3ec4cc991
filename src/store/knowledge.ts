import type { Knowledge, KnowledgeLink, KnowledgeStatus } from '../core/knowledge.js';
import { formatRef } from '../core/refs.js';
import type { Dialect } from './dialect.js';
import type { Sql, SqlValue } from './sql.js';
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

const toDb = (field: KnowledgeField, value: unknown): SqlValue => (field === 'tags' ? JSON.stringify(value ?? []) : ((value ?? null) as SqlValue));

/** Knowledge entries and their links to incidents: the only place that knows their tables. */
export class KnowledgeStore extends TableStore {
  constructor(
    sql: Sql,
    private readonly dialect: Dialect,
  ) {
    super(sql);
  }

  async insert(entry: NewKnowledge): Promise<number> {
    const fields = (Object.keys(entry) as KnowledgeField[]).filter((f) => f in COLUMNS);
    const cols = [...fields.map((f) => COLUMNS[f]), 'source_incident', 'uses', 'created_by', 'created_at', 'updated_at'];
    const values = [...fields.map((f) => toDb(f, entry[f])), entry.sourceIncident ?? null, entry.uses ?? 0, entry.createdBy, entry.createdAt, entry.createdAt];
    const sql = `INSERT INTO knowledge (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING id`;
    const id = Number(await this.sql.value(sql, values));
    await this.dialect.indexChanged('knowledge', [id]);
    return id;
  }

  /** Writes only if the entry is still at `expectedVersion`; else exit 4 (SPEC §12). */
  async update(id: number, expectedVersion: number, patch: KnowledgePatch, updatedAt: string): Promise<void> {
    const fields = (Object.keys(patch) as KnowledgeField[]).filter((f) => f in COLUMNS);
    const sets = fields.map((f) => `${COLUMNS[f]} = ?`);
    const values = fields.map((f) => toDb(f, patch[f]));
    await this.updateVersioned('knowledge', 'KB', id, expectedVersion, { sets, values, updatedAt }, 'kb.conflictHint');
    // Every field a person edits is searched.
    if (fields.length) await this.dialect.indexChanged('knowledge', [id]);
  }

  async get(id: number): Promise<Knowledge | undefined> {
    const row = await this.sql.get('SELECT * FROM knowledge WHERE id = ?', [id]);
    return row ? hydrate(row) : undefined;
  }

  async list(filter: KnowledgeFilter = {}): Promise<Knowledge[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
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
    return (await this.sql.all(sql, params)).map(hydrate);
  }

  /**
   * Records that an entry was created from or used for an incident. Answers false when they were
   * already linked (nothing changes). A new 'used' link raises the entry's `uses`.
   */
  async link(incidentId: number, kbId: number, relation: KnowledgeLink['relation'], at: string): Promise<boolean> {
    const added = (await this.sql.run('INSERT INTO incident_knowledge (incident_id, kb_id, relation, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [incidentId, kbId, relation, at])).changes > 0;
    if (added && relation === 'used') await this.sql.run('UPDATE knowledge SET uses = uses + 1 WHERE id = ?', [kbId]);
    return added;
  }

  /** The incidents an entry was created from or used for, oldest link first. */
  async links(kbId: number): Promise<KnowledgeLink[]> {
    const rows = await this.sql.all('SELECT incident_id, relation, at FROM incident_knowledge WHERE kb_id = ? ORDER BY at, incident_id', [kbId]);
    return rows.map((r) => ({ incident: formatRef('INC', r.incident_id as number), relation: r.relation as KnowledgeLink['relation'], at: r.at as string }));
  }

  async titles(): Promise<string[]> {
    return (await this.sql.all<{ title: string }>('SELECT title FROM knowledge ORDER BY id')).map((r) => r.title);
  }

  async count(): Promise<number> {
    return Number(await this.sql.value('SELECT count(*) FROM knowledge'));
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
