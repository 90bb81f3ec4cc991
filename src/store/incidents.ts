import type { IncidentLink, IncidentRecord, IncidentSort, LinkKind, TimelineEvent } from '../core/incident.js';

export { INCIDENT_SORTS, type IncidentSort } from '../core/incident.js';
import { formatRef } from '../core/refs.js';
import { appendTimelineEvent } from './chain.js';
import type { Dialect } from './dialect.js';
import type { Sql, SqlValue } from './sql.js';
import { ACTIVE_SQL, CLOCK_RUNNING_SQL, type Cells, type Columns, eventFromRow, TableStore } from './table-store.js';

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
  escalatedTo: 'escalated_to',
  escalationEta: 'escalation_eta',
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
  /** Only the children of this incident (`list --parent`). */
  parent?: number;
  sort?: IncidentSort;
  limit?: number;
}

/**
 * The due time still running that comes first: the response's until the incident is classified,
 * the resolution's until it is resolved; none once it is resolved, closed or cancelled. The same
 * rule as render/incident.ts#nextDue.
 */
const NEXT_DUE = `(CASE WHEN status IN ${ACTIVE_SQL} THEN
  CASE WHEN classified_at IS NULL AND response_due_at IS NOT NULL AND (resolve_due_at IS NULL OR response_due_at < resolve_due_at)
  THEN response_due_at ELSE resolve_due_at END END)`;

const ORDER_BY: Record<IncidentSort, string> = {
  // coalesce puts incidents without a priority last; it is the order of the list indexes
  // (incidents_active_by_priority, incidents_by_priority, incidents_status_by_priority).
  priority: "coalesce(priority, 'P9'), id DESC",
  opened: 'opened_at DESC, id DESC',
  updated: 'updated_at DESC, id DESC',
  // Active incidents by their next due time (render/incident.ts#nextDue), then those with none.
  due: `${NEXT_DUE} IS NULL, ${NEXT_DUE}, coalesce(priority, 'P9'), id DESC`,
  id: 'id DESC',
};

/** Word for word the WHERE of incidents_active_by_priority (migration 8). */
const ACTIVE_TERM = "status NOT IN ('closed', 'cancelled')";
const NON_FINAL_COUNT = 5;

type Row = Record<string, unknown>;

/** The fields the full-text index reads (with notes): a change to one reindexes the incident. */
const INDEXED: ReadonlySet<IncidentField> = new Set<IncidentField>(['title', 'description', 'scope', 'resolution', 'tags', 'category', 'service', 'status']);
/** Where the incidents table's columns are in a row read as Cells; `kb_ids` where `list` adds it. */
type IncidentColumns = Columns<(typeof COLUMNS)[IncidentField] | 'id' | 'version' | 'problem_id'> & { readonly kb_ids?: number; readonly related_ids?: number; readonly related_back_ids?: number };

const toDb = (field: IncidentField, value: unknown): SqlValue => {
  if (field === 'tags') return JSON.stringify(value ?? []);
  if (field === 'major' || field === 'sourceKnowledge') return value ? 1 : 0;
  if (field === 'sourceSlaMet') return value === null || value === undefined ? null : value ? 1 : 0;
  return (value ?? null) as SqlValue;
};

/** Incidents and their timelines: the only place that knows their tables. */
export class IncidentStore extends TableStore {
  /** knowledge[] and related[] in the same pass as the row: one primary-key lookup each. */
  private readonly links: string;
  private readonly kbIds: string;

  constructor(
    sql: Sql,
    private readonly dialect: Dialect,
  ) {
    super(sql);
    this.kbIds = `(SELECT ${dialect.groupConcat('k.kb_id', "','")} FROM incident_knowledge k WHERE k.incident_id = incidents.id) AS kb_ids`;
    // Related is symmetric: the links this incident made and those made to it (by primary key and
    // incident_links_back, one lookup each).
    this.links =
      `${this.kbIds}, (SELECT ${dialect.groupConcat('l.related_id', "','")} FROM incident_links l WHERE l.incident_id = incidents.id AND l.kind = 'related') AS related_ids, ` +
      `(SELECT ${dialect.groupConcat('l.incident_id', "','")} FROM incident_links l WHERE l.related_id = incidents.id AND l.kind = 'related') AS related_back_ids`;
  }

  async insert(incident: NewIncident, id?: number): Promise<number> {
    const fields = (Object.keys(incident) as IncidentField[]).filter((f) => f in COLUMNS);
    const cols: string[] = fields.map((f) => COLUMNS[f]);
    const values = fields.map((f) => toDb(f, incident[f]));
    if (id !== undefined) {
      cols.unshift('id');
      values.unshift(id);
    }
    const sql = `INSERT INTO incidents (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING id`;
    const newId = Number(await this.sql.value(sql, values));
    await this.dialect.indexChanged('incident', [newId]);
    return newId;
  }

  /**
   * Writes a change only if nobody changed the incident since `expectedVersion` was read; otherwise
   * exit 4 (SPEC §12). Bumps version and updatedAt.
   */
  async update(id: number, expectedVersion: number, patch: IncidentPatch, updatedAt: string): Promise<void> {
    const fields = (Object.keys(patch) as IncidentField[]).filter((f) => f in COLUMNS && f !== 'updatedAt');
    const sets = fields.map((f) => `${COLUMNS[f]} = ?`);
    const values = fields.map((f) => toDb(f, patch[f]));
    await this.updateVersioned('incidents', 'INC', id, expectedVersion, { sets, values, updatedAt });
    if (fields.some((f) => INDEXED.has(f))) await this.dialect.indexChanged('incident', [id]);
  }

  get(id: number): Promise<IncidentRecord | undefined> {
    return this.one(`SELECT *, ${this.links} FROM incidents WHERE id = ?`, id);
  }

  /** Several incidents by id, in one query (SPEC §13: never one a row), in id order. */
  async getMany(ids: readonly number[]): Promise<IncidentRecord[]> {
    if (!ids.length) return [];
    const set = this.dialect.idSet(ids);
    const { rows, at } = await this.sql.cells(`SELECT *, ${this.links} FROM incidents WHERE id IN (${set.sql}) ORDER BY id`, [set.param]);
    return rows.map((cells) => hydrate(cells, at as IncidentColumns));
  }

  getByExternalRef(externalRef: string): Promise<IncidentRecord | undefined> {
    return this.one(`SELECT *, ${this.links} FROM incidents WHERE external_ref = ?`, externalRef);
  }

  /** The id of the incident imported from another tracker under this id (SPEC §3 externalRef). */
  idByExternalRef(externalRef: string): Promise<number | undefined> {
    return this.sql.value<number>('SELECT id FROM incidents WHERE external_ref = ?', [externalRef]);
  }

  /** The newest still-active incident with this dedup key (SPEC §5 `--dedup-key`). */
  findActiveByDedupKey(key: string): Promise<IncidentRecord | undefined> {
    return this.one(`SELECT *, ${this.links} FROM incidents WHERE dedup_key = ? AND status IN ${ACTIVE_SQL} ORDER BY id DESC LIMIT 1`, key);
  }

  /** The newest incident with this dedup key in any state. */
  findLatestByDedupKey(key: string): Promise<IncidentRecord | undefined> {
    return this.one(`SELECT *, ${this.links} FROM incidents WHERE dedup_key = ? ORDER BY id DESC LIMIT 1`, key);
  }

  private async one(sql: string, param: SqlValue): Promise<IncidentRecord | undefined> {
    const { rows, at } = await this.sql.cells(sql, [param]);
    return rows.length ? hydrate(rows[0], at as IncidentColumns) : undefined;
  }

  async exists(id: number): Promise<boolean> {
    return (await this.sql.value('SELECT 1 FROM incidents WHERE id = ?', [id])) !== undefined;
  }

  async list(filter: IncidentFilter): Promise<IncidentRecord[]> {
    const { where, params } = this.where(filter);
    const sql = [
      // With the links, so that a row says what show says (`related`): two index lookups a row.
      `SELECT *, ${this.links} FROM incidents`,
      where.length ? `WHERE ${where.join(' AND ')}` : '',
      `ORDER BY ${ORDER_BY[filter.sort ?? 'priority']}`,
      filter.limit ? `LIMIT ${Math.floor(filter.limit)}` : '',
    ].join(' ');
    const { rows, at } = await this.sql.cells(sql, params);
    return rows.map((cells) => hydrate(cells, at as IncidentColumns));
  }

  /** How many incidents match (sort and limit are ignored). */
  async count(filter: IncidentFilter): Promise<number> {
    const { where, params } = this.where(filter);
    return Number(await this.sql.value(`SELECT count(*) FROM incidents ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`, params));
  }

  private where(filter: IncidentFilter): { where: string[]; params: SqlValue[] } {
    const where: string[] = [];
    const params: SqlValue[] = [];
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
      // Names match ignoring case: `--assignee Tanaka` finds tanaka's incidents.
      if (value !== undefined) {
        where.push(this.dialect.equalsIgnoringCase(col));
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
        `status IN ${CLOCK_RUNNING_SQL} AND ((classified_at IS NULL AND response_due_at < ?) OR resolve_due_at < ?)`,
      );
      params.push(filter.overdueAt, filter.overdueAt);
    }
    if (filter.unassigned) where.push('assignee IS NULL');
    if (filter.parent !== undefined) {
      where.push("id IN (SELECT incident_id FROM incident_links WHERE related_id = ? AND kind = 'parent')");
      params.push(filter.parent);
    }
    return { where, params };
  }

  async appendEvent(incidentId: number, event: TimelineEvent): Promise<void> {
    await appendTimelineEvent(this.sql, this.dialect, 'events', incidentId, event);
    // Notes are searched with their incident.
    if (event.kind === 'noted') await this.dialect.indexChanged('incident', [incidentId]);
  }

  /** The incident's newest event, or its newest of one kind (an import checks what it wrote last). */
  async lastEvent(incidentId: number, kind?: string): Promise<TimelineEvent | undefined> {
    const row =
      kind === undefined
        ? await this.sql.get('SELECT * FROM events WHERE incident_id = ? ORDER BY id DESC LIMIT 1', [incidentId])
        : await this.sql.get('SELECT * FROM events WHERE incident_id = ? AND kind = ? ORDER BY id DESC LIMIT 1', [incidentId, kind]);
    return row ? eventFromRow(row) : undefined;
  }

  async timeline(incidentId: number): Promise<TimelineEvent[]> {
    return (await this.sql.all('SELECT * FROM events WHERE incident_id = ? ORDER BY id', [incidentId])).map(eventFromRow);
  }

  async addRelated(incidentId: number, relatedId: number): Promise<void> {
    await this.sql.run('INSERT INTO incident_links (incident_id, related_id) VALUES (?, ?) ON CONFLICT DO NOTHING', [incidentId, relatedId]);
  }

  /** A link of a kind (SPEC §16): `incidentId` is related to, a duplicate of, or a child of `relatedId`. */
  async addLink(incidentId: number, relatedId: number, kind: LinkKind): Promise<void> {
    await this.sql.run('INSERT INTO incident_links (incident_id, related_id, kind) VALUES (?, ?, ?)', [incidentId, relatedId, kind]);
  }

  /** Every link this incident is on, either side, made ones first. */
  async linksOf(incidentId: number): Promise<IncidentLink[]> {
    const rows = await this.sql.all<{ incident_id: number; related_id: number; kind: LinkKind }>(
      `SELECT incident_id, related_id, kind FROM incident_links WHERE incident_id = ?
       UNION ALL SELECT incident_id, related_id, kind FROM incident_links WHERE related_id = ? AND incident_id <> ?`,
      [incidentId, incidentId, incidentId],
    );
    return rows.map((r) => ({ from: Number(r.incident_id), to: Number(r.related_id), kind: r.kind }));
  }

  /** The links between two incidents, either way (none, or one made by `link`; `open --related` may have made both). */
  async linksBetween(a: number, b: number): Promise<IncidentLink[]> {
    const rows = await this.sql.all<{ incident_id: number; related_id: number; kind: LinkKind }>(
      'SELECT incident_id, related_id, kind FROM incident_links WHERE (incident_id = ? AND related_id = ?) OR (incident_id = ? AND related_id = ?)',
      [a, b, b, a],
    );
    return rows.map((r) => ({ from: Number(r.incident_id), to: Number(r.related_id), kind: r.kind }));
  }

  /** Removes the links between two incidents, either way; answers how many there were. */
  async removeLinks(a: number, b: number): Promise<number> {
    const r = await this.sql.run('DELETE FROM incident_links WHERE (incident_id = ? AND related_id = ?) OR (incident_id = ? AND related_id = ?)', [a, b, b, a]);
    return r.changes;
  }

  /** The parent of an incident (its `parent` link), if any. */
  async parentOf(incidentId: number): Promise<number | undefined> {
    const v = await this.sql.value<number>("SELECT related_id FROM incident_links WHERE incident_id = ? AND kind = 'parent'", [incidentId]);
    return v === undefined || v === null ? undefined : Number(v);
  }

  /** The children of an incident, by number. */
  async children(incidentId: number): Promise<number[]> {
    const rows = await this.sql.all<{ incident_id: number }>("SELECT incident_id FROM incident_links WHERE related_id = ? AND kind = 'parent' ORDER BY incident_id", [incidentId]);
    return rows.map((r) => Number(r.incident_id));
  }

  /** The original an incident is a duplicate of, if any. */
  async duplicateOf(incidentId: number): Promise<number | undefined> {
    const v = await this.sql.value<number>("SELECT related_id FROM incident_links WHERE incident_id = ? AND kind = 'duplicate'", [incidentId]);
    return v === undefined || v === null ? undefined : Number(v);
  }

  /** Knowledge entries the incident created or used (SPEC §3 knowledge[]), by number. */
  async knowledge(incidentId: number): Promise<string[]> {
    const ids = await this.sql.all<{ kb_id: number }>('SELECT kb_id FROM incident_knowledge WHERE incident_id = ? ORDER BY kb_id', [incidentId]);
    return ids.map((r) => formatRef('KB', r.kb_id));
  }

  async related(incidentId: number): Promise<number[]> {
    const ids = await this.sql.all<{ related_id: number }>('SELECT related_id FROM incident_links WHERE incident_id = ? ORDER BY related_id', [incidentId]);
    return ids.map((r) => r.related_id);
  }
}

/** A row of incidents (with `kb_ids`, and `related_ids` where read) as the record. */
function hydrate(v: Cells, at: IncidentColumns): IncidentRecord {
  const id = v[at.id] as number;
  return {
    id,
    ref: formatRef('INC', id),
    title: v[at.title] as string,
    description: (v[at.description] as string) ?? null,
    status: v[at.status] as IncidentRecord['status'],
    impact: (v[at.impact] as IncidentRecord['impact']) ?? null,
    urgency: (v[at.urgency] as IncidentRecord['urgency']) ?? null,
    priority: (v[at.priority] as IncidentRecord['priority']) ?? null,
    category: (v[at.category] as string) ?? null,
    service: (v[at.service] as string) ?? null,
    source: (v[at.source] as IncidentRecord['source']) ?? null,
    reporter: (v[at.reporter] as string) ?? null,
    assignee: (v[at.assignee] as string) ?? null,
    team: (v[at.team] as string) ?? null,
    escalationLevel: v[at.escalation_level] as number,
    escalatedTo: (v[at.escalated_to] as string) ?? null,
    escalationEta: (v[at.escalation_eta] as string) ?? null,
    tags: JSON.parse((v[at.tags] as string) || '[]') as string[],
    dedupKey: (v[at.dedup_key] as string) ?? null,
    occurrences: v[at.occurrences] as number,
    scope: (v[at.scope] as string) ?? null,
    detectedAt: v[at.detected_at] as string,
    openedAt: v[at.opened_at] as string,
    classifiedAt: (v[at.classified_at] as string) ?? null,
    escalatedAt: (v[at.escalated_at] as string) ?? null,
    resolvedAt: (v[at.resolved_at] as string) ?? null,
    closedAt: (v[at.closed_at] as string) ?? null,
    responseDueAt: (v[at.response_due_at] as string) ?? null,
    resolveDueAt: (v[at.resolve_due_at] as string) ?? null,
    resolution: (v[at.resolution] as string) ?? null,
    resolutionCode: (v[at.resolution_code] as IncidentRecord['resolutionCode']) ?? null,
    major: v[at.major] === 1,
    knowledge: at.kb_ids !== undefined ? idList(v[at.kb_ids]).map((n) => formatRef('KB', n)) : [],
    related: at.related_ids !== undefined ? relatedList(v[at.related_ids], at.related_back_ids === undefined ? null : v[at.related_back_ids]) : [],
    problem: v[at.problem_id] ? formatRef('PRB', v[at.problem_id] as number) : null,
    externalRef: (v[at.external_ref] as string) ?? null,
    createdBy: v[at.created_by] as string,
    updatedAt: v[at.updated_at] as string,
    version: v[at.version] as number,
    heldFrom: (v[at.held_from] as IncidentRecord['status']) ?? null,
    resolvedFrom: (v[at.resolved_from] as IncidentRecord['status']) ?? null,
    holdStartedAt: (v[at.hold_started_at] as string) ?? null,
    heldSeconds: v[at.held_seconds] as number,
    monitorUntil: (v[at.monitor_until] as string) ?? null,
    problemHandoff: (v[at.problem_handoff] as string) ?? null,
    sourcePriority: (v[at.source_priority] as string) ?? null,
    sourceSlaMet: v[at.source_sla_met] === null || v[at.source_sla_met] === undefined ? null : v[at.source_sla_met] === 1,
    sourceKnowledge: v[at.source_knowledge] === 1,
    sourceProblem: (v[at.source_problem] as string) ?? null,
  };
}

/** A concatenated list of ids, in number order (an aggregate promises no order). */
/** Related incidents both ways, each once, in number order. */
const relatedList = (made: unknown, back: unknown): string[] =>
  [...new Set([...idList(made), ...idList(back)])].sort((a, b) => a - b).map((n) => formatRef('INC', n));

const idList = (ids: unknown): number[] => (ids ? String(ids).split(',').map(Number).sort((a, b) => a - b) : []);
