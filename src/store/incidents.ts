import { notAllowed } from '../core/errors.js';
import type { Incident, IncidentRecord, TimelineEvent } from '../core/incident.js';
import { formatRef } from '../core/refs.js';
import { eventFromRow, TableStore } from './table-store.js';

/** §3 field (and bookkeeping field) → column. The one list that ties the model to the table. */
const COLUMNS = {
  title: 'title',
  description: 'description',
  status: 'status',
  heldFrom: 'held_from',
  resolvedFrom: 'resolved_from',
  impact: 'impact',
  urgency: 'urgency',
  priority: 'priority',
  sourcePriority: 'source_priority',
  sourceSlaMet: 'source_sla_met',
  sourceKnowledge: 'source_knowledge',
  sourceProblem: 'source_problem',
  category: 'category',
  service: 'service',
  source: 'source',
  reporter: 'reporter',
  assignee: 'assignee',
  team: 'team',
  escalationLevel: 'escalation_level',
  tags: 'tags',
  dedupKey: 'dedup_key',
  occurrences: 'occurrences',
  scope: 'scope',
  detectedAt: 'detected_at',
  openedAt: 'opened_at',
  classifiedAt: 'classified_at',
  escalatedAt: 'escalated_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  responseDueAt: 'response_due_at',
  resolveDueAt: 'resolve_due_at',
  holdStartedAt: 'hold_started_at',
  heldSeconds: 'held_seconds',
  monitorUntil: 'monitor_until',
  resolution: 'resolution',
  resolutionCode: 'resolution_code',
  major: 'major',
  problemHandoff: 'problem_handoff',
  externalRef: 'external_ref',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
} as const satisfies Partial<Record<keyof IncidentRecord, string>>;

export type IncidentField = keyof typeof COLUMNS;
export type IncidentPatch = Partial<Pick<IncidentRecord, IncidentField>>;
export type NewIncident = Pick<IncidentRecord, 'title' | 'status' | 'detectedAt' | 'openedAt' | 'createdBy' | 'updatedAt'> & IncidentPatch;

export interface IncidentFilter {
  statuses?: readonly string[];
  priorities?: readonly string[];
  assignee?: string;
  team?: string;
  category?: string;
  service?: string;
  since?: string;
  until?: string;
  /** Active incidents past a due time at this instant (hold pauses the clock, so on_hold is never overdue). */
  overdueAt?: string;
  /** Only incidents nobody is assigned to. */
  unassigned?: boolean;
  sort?: IncidentSort;
  limit?: number;
}
export const INCIDENT_SORTS = ['priority', 'opened', 'updated', 'due', 'id'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];

const ORDER_BY: Record<IncidentSort, string> = {
  // coalesce puts incidents without a priority last; it matches incidents_active_by_priority.
  priority: "coalesce(priority, 'P9'), id DESC",
  opened: 'opened_at DESC, id DESC',
  updated: 'updated_at DESC, id DESC',
  due: 'coalesce(resolve_due_at, response_due_at) IS NULL, coalesce(resolve_due_at, response_due_at), id',
  id: 'id DESC',
};

/** Word for word the WHERE of incidents_active_by_priority (migration 8). */
const ACTIVE_TERM = "status NOT IN ('closed', 'cancelled')";
const NON_FINAL_COUNT = 5;

type Row = Record<string, unknown>;

const toDb = (field: IncidentField, value: unknown): unknown => {
  if (field === 'tags') return JSON.stringify(value ?? []);
  if (field === 'major' || field === 'sourceKnowledge') return value ? 1 : 0;
  if (field === 'sourceSlaMet') return value === null || value === undefined ? null : value ? 1 : 0;
  return value ?? null;
};

/** Incidents and their timelines: the only place that knows their tables. */
export class IncidentStore extends TableStore {
  insert(incident: NewIncident, id?: number): number {
    const fields = (Object.keys(incident) as IncidentField[]).filter((f) => f in COLUMNS);
    const cols: string[] = fields.map((f) => COLUMNS[f]);
    const values = fields.map((f) => toDb(f, incident[f]));
    if (id !== undefined) {
      cols.unshift('id');
      values.unshift(id);
    }
    const sql = `INSERT INTO incidents (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    // Cached: an import inserts thousands of rows with the same columns.
    return Number(this.stmt(sql).run(...values).lastInsertRowid);
  }

  /**
   * Writes a change only if nobody changed the incident since `expectedVersion` was read; otherwise
   * exit 4 (SPEC §12). Bumps version and updatedAt.
   */
  update(id: number, expectedVersion: number, patch: IncidentPatch, updatedAt: string): void {
    const fields = (Object.keys(patch) as IncidentField[]).filter((f) => f in COLUMNS && f !== 'updatedAt');
    const sets = fields.map((f) => `${COLUMNS[f]} = ?`);
    const values = fields.map((f) => toDb(f, patch[f]));
    const sql = `UPDATE incidents SET ${[...sets, 'updated_at = ?', 'version = version + 1'].join(', ')} WHERE id = ? AND version = ?`;
    const result = this.db.prepare(sql).run(...values, updatedAt, id, expectedVersion);
    if (result.changes === 0) {
      const actual = this.stmt('SELECT version FROM incidents WHERE id = ?').pluck().get(id);
      throw notAllowed('error.conflict', { ref: formatRef('INC', id), expected: expectedVersion, actual: String(actual ?? '—') }, 'error.conflictHint');
    }
  }

  get(id: number): IncidentRecord | undefined {
    const row = this.stmt('SELECT * FROM incidents WHERE id = ?').get(id) as Row | undefined;
    return row ? this.hydrate(row) : undefined;
  }

  getByExternalRef(externalRef: string): IncidentRecord | undefined {
    const row = this.stmt('SELECT * FROM incidents WHERE external_ref = ?').get(externalRef) as Row | undefined;
    return row ? this.hydrate(row) : undefined;
  }

  /** The id of the incident imported from another tracker under this id (SPEC §3 externalRef). */
  idByExternalRef(externalRef: string): number | undefined {
    return this.stmt('SELECT id FROM incidents WHERE external_ref = ?').pluck().get(externalRef) as number | undefined;
  }

  /** The newest still-active incident with this dedup key (SPEC §5 `--dedup-key`). */
  findActiveByDedupKey(key: string): IncidentRecord | undefined {
    const row = this.stmt(
      `SELECT * FROM incidents WHERE dedup_key = ? AND status IN ('open','classified','escalated','on_hold') ORDER BY id DESC LIMIT 1`,
    ).get(key) as Row | undefined;
    return row ? this.hydrate(row) : undefined;
  }

  /** The newest incident with this dedup key in any state. */
  findLatestByDedupKey(key: string): IncidentRecord | undefined {
    const row = this.stmt('SELECT * FROM incidents WHERE dedup_key = ? ORDER BY id DESC LIMIT 1').get(key) as Row | undefined;
    return row ? this.hydrate(row) : undefined;
  }

  exists(id: number): boolean {
    return this.stmt('SELECT 1 FROM incidents WHERE id = ?').pluck().get(id) !== undefined;
  }

  list(filter: IncidentFilter): IncidentRecord[] {
    const { where, params } = this.where(filter);
    const sql = [
      // knowledge[] in the same pass: one primary-key lookup a row.
      'SELECT *, (SELECT group_concat(kb_id) FROM incident_knowledge k WHERE k.incident_id = incidents.id) AS kb_ids FROM incidents',
      where.length ? `WHERE ${where.join(' AND ')}` : '',
      `ORDER BY ${ORDER_BY[filter.sort ?? 'priority']}`,
      filter.limit ? `LIMIT ${Math.floor(filter.limit)}` : '',
    ].join(' ');
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => this.hydrate(r, { withLinks: false }));
  }

  /** How many incidents match (sort and limit are ignored). */
  count(filter: IncidentFilter): number {
    const { where, params } = this.where(filter);
    return this.db.prepare(`SELECT count(*) FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`).pluck().get(...params) as number;
  }

  private where(filter: IncidentFilter): { where: string[]; params: unknown[] } {
    const where: string[] = [];
    const params: unknown[] = [];
    const inList = (col: string, values?: readonly string[]) => {
      if (!values?.length) return;
      where.push(`${col} IN (${values.map(() => '?').join(', ')})`);
      params.push(...values);
    };
    // Only non-final states asked for: the term that lets SQLite use the partial index (migration 8).
    if (filter.statuses?.length && filter.statuses.every((st) => st !== 'closed' && st !== 'cancelled')) {
      where.push(ACTIVE_TERM);
      if (filter.statuses.length < NON_FINAL_COUNT) inList('status', filter.statuses);
    } else inList('status', filter.statuses);
    inList('priority', filter.priorities);
    for (const [col, value] of [
      ['assignee', filter.assignee],
      ['team', filter.team],
      ['category', filter.category],
      ['service', filter.service],
    ] as const) {
      if (value !== undefined) {
        where.push(`${col} = ?`);
        params.push(value);
      }
    }
    if (filter.since) {
      where.push('opened_at >= ?');
      params.push(filter.since);
    }
    if (filter.until) {
      where.push('opened_at < ?');
      params.push(filter.until);
    }
    if (filter.overdueAt) {
      where.push(
        `status IN ('open','classified','escalated') AND ((classified_at IS NULL AND response_due_at < ?) OR resolve_due_at < ?)`,
      );
      params.push(filter.overdueAt, filter.overdueAt);
    }
    if (filter.unassigned) where.push('assignee IS NULL');
    return { where, params };
  }

  appendEvent(incidentId: number, event: TimelineEvent): void {
    this.stmt(
      'INSERT INTO events (incident_id, at, actor, kind, from_value, to_value, note, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(
      incidentId,
      event.at,
      event.actor,
      event.kind,
      event.from ?? null,
      event.to ?? null,
      event.note ?? null,
      event.data ? JSON.stringify(event.data) : null,
    );
  }

  /** The incident's newest event, or its newest of one kind (an import checks what it wrote last). */
  lastEvent(incidentId: number, kind?: string): TimelineEvent | undefined {
    const row = (
      kind === undefined
        ? this.stmt('SELECT * FROM events WHERE incident_id = ? ORDER BY id DESC LIMIT 1').get(incidentId)
        : this.stmt('SELECT * FROM events WHERE incident_id = ? AND kind = ? ORDER BY id DESC LIMIT 1').get(incidentId, kind)
    ) as Row | undefined;
    return row ? eventFromRow(row) : undefined;
  }

  timeline(incidentId: number): TimelineEvent[] {
    const rows = this.stmt('SELECT * FROM events WHERE incident_id = ? ORDER BY id').all(incidentId) as Row[];
    return rows.map(eventFromRow);
  }

  addRelated(incidentId: number, relatedId: number): void {
    this.stmt('INSERT OR IGNORE INTO incident_links (incident_id, related_id) VALUES (?, ?)').run(incidentId, relatedId);
  }

  /** Knowledge entries the incident created or used (SPEC §3 knowledge[]), by number. */
  knowledge(incidentId: number): string[] {
    return (this.stmt('SELECT kb_id FROM incident_knowledge WHERE incident_id = ? ORDER BY kb_id').pluck().all(incidentId) as number[]).map((n) => formatRef('KB', n));
  }

  related(incidentId: number): number[] {
    return this.stmt('SELECT related_id FROM incident_links WHERE incident_id = ? ORDER BY related_id').pluck().all(incidentId) as number[];
  }

  private hydrate(row: Row, opts: { withLinks?: boolean } = {}): IncidentRecord {
    const id = row.id as number;
    const withLinks = opts.withLinks ?? true;
    return {
      id,
      ref: formatRef('INC', id),
      title: row.title as string,
      description: (row.description as string) ?? null,
      status: row.status as IncidentRecord['status'],
      impact: (row.impact as IncidentRecord['impact']) ?? null,
      urgency: (row.urgency as IncidentRecord['urgency']) ?? null,
      priority: (row.priority as IncidentRecord['priority']) ?? null,
      category: (row.category as string) ?? null,
      service: (row.service as string) ?? null,
      source: (row.source as IncidentRecord['source']) ?? null,
      reporter: (row.reporter as string) ?? null,
      assignee: (row.assignee as string) ?? null,
      team: (row.team as string) ?? null,
      escalationLevel: row.escalation_level as number,
      tags: JSON.parse((row.tags as string) || '[]') as string[],
      dedupKey: (row.dedup_key as string) ?? null,
      occurrences: row.occurrences as number,
      scope: (row.scope as string) ?? null,
      detectedAt: row.detected_at as string,
      openedAt: row.opened_at as string,
      classifiedAt: (row.classified_at as string) ?? null,
      escalatedAt: (row.escalated_at as string) ?? null,
      resolvedAt: (row.resolved_at as string) ?? null,
      closedAt: (row.closed_at as string) ?? null,
      responseDueAt: (row.response_due_at as string) ?? null,
      resolveDueAt: (row.resolve_due_at as string) ?? null,
      resolution: (row.resolution as string) ?? null,
      resolutionCode: (row.resolution_code as IncidentRecord['resolutionCode']) ?? null,
      major: row.major === 1,
      knowledge: 'kb_ids' in row ? kbRefs(row.kb_ids as string | null) : withLinks ? this.knowledge(id) : [],
      related: withLinks ? this.related(id).map((n) => formatRef('INC', n)) : [],
      problem: row.problem_id ? formatRef('PRB', row.problem_id as number) : null,
      externalRef: (row.external_ref as string) ?? null,
      createdBy: row.created_by as string,
      updatedAt: row.updated_at as string,
      version: row.version as number,
      heldFrom: (row.held_from as IncidentRecord['status']) ?? null,
      resolvedFrom: (row.resolved_from as IncidentRecord['status']) ?? null,
      holdStartedAt: (row.hold_started_at as string) ?? null,
      heldSeconds: row.held_seconds as number,
      monitorUntil: (row.monitor_until as string) ?? null,
      problemHandoff: (row.problem_handoff as string) ?? null,
      sourcePriority: (row.source_priority as string) ?? null,
      sourceSlaMet: row.source_sla_met === null || row.source_sla_met === undefined ? null : row.source_sla_met === 1,
      sourceKnowledge: row.source_knowledge === 1,
      sourceProblem: (row.source_problem as string) ?? null,
    };
  }
}

const kbRefs = (ids: string | null): string[] => (ids ? ids.split(',').map((n) => formatRef('KB', Number(n))) : []);


/** The §3 JSON object: the record without the store's bookkeeping. */
export function toPublic(record: IncidentRecord): Incident {
  const {
    heldFrom: _a,
    resolvedFrom: _b,
    holdStartedAt: _c,
    heldSeconds: _d,
    monitorUntil: _e,
    problemHandoff: _f,
    sourcePriority: _g,
    sourceSlaMet: _h,
    sourceKnowledge: _i,
    sourceProblem: _j,
    ...incident
  } = record;
  return incident;
}
