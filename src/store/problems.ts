import type { LinkedIncident, Problem, ProblemEvent, ProblemStatus } from '../core/problem.js';

export type { LinkedIncident };
import { formatRef } from '../core/refs.js';
import { appendTimelineEvent } from './chain.js';
import type { Dialect } from './dialect.js';
import type { Sql, SqlValue } from './sql.js';
import { eventFromRow, TableStore } from './table-store.js';

/** Problem field → column: the one list that ties the model to the table. */
const COLUMNS = {
  title: 'title',
  description: 'description',
  status: 'status',
  rootCause: 'root_cause',
  workaround: 'workaround',
  fix: 'fix',
  owner: 'owner',
  category: 'category',
  service: 'service',
  closeReason: 'close_reason',
  openedAt: 'opened_at',
  analysisStartedAt: 'analysis_started_at',
  knownErrorAt: 'known_error_at',
  fixedAt: 'fixed_at',
  closedAt: 'closed_at',
  createdBy: 'created_by',
  updatedAt: 'updated_at',
} as const satisfies Partial<Record<keyof Problem, string>>;

export type ProblemField = keyof typeof COLUMNS;
export type ProblemPatch = Partial<Pick<Problem, ProblemField>>;
export type NewProblem = Pick<Problem, 'title' | 'status' | 'openedAt' | 'createdBy' | 'updatedAt'> & ProblemPatch;

export interface ProblemFilter {
  statuses?: readonly ProblemStatus[];
  owner?: string;
  limit?: number;
}

export type KnowledgeRelation = 'workaround' | 'linked';

/** One row of `report problems`' raw material: a problem with its incidents, oldest first. */
export interface ProblemWithIncidents {
  problem: Problem;
  incidents: { openedAt: string; status: string }[];
}

type Row = Record<string, unknown>;

/**
 * Problems, their timelines and their links. Links to incidents live in `incidents.problem_id` (an
 * incident belongs to at most one problem); this store owns that column's writes.
 */
export class ProblemStore extends TableStore {
  constructor(
    sql: Sql,
    private readonly dialect: Dialect,
  ) {
    super(sql);
  }

  async insert(problem: NewProblem, id?: number): Promise<number> {
    const fields = (Object.keys(problem) as ProblemField[]).filter((f) => f in COLUMNS);
    const cols: string[] = fields.map((f) => COLUMNS[f]);
    const values: SqlValue[] = fields.map((f) => problem[f] ?? null);
    if (id !== undefined) {
      cols.unshift('id');
      values.unshift(id);
    }
    const sql = `INSERT INTO problems (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')}) RETURNING id`;
    return Number(await this.sql.value(sql, values));
  }

  /** Writes only if nobody changed the problem since `expectedVersion` was read; else exit 4. */
  async update(id: number, expectedVersion: number, patch: ProblemPatch, updatedAt: string): Promise<void> {
    const fields = (Object.keys(patch) as ProblemField[]).filter((f) => f in COLUMNS && f !== 'updatedAt');
    const sets = fields.map((f) => `${COLUMNS[f]} = ?`);
    const values = fields.map((f) => patch[f] ?? null);
    await this.updateVersioned('problems', 'PRB', id, expectedVersion, { sets, values, updatedAt });
  }

  async get(id: number): Promise<Problem | undefined> {
    const row = await this.sql.get('SELECT * FROM problems WHERE id = ?', [id]);
    return row ? (await this.hydrate([row]))[0] : undefined;
  }

  async list(filter: ProblemFilter = {}): Promise<Problem[]> {
    const where: string[] = [];
    const params: SqlValue[] = [];
    if (filter.statuses?.length) {
      where.push(`status IN (${filter.statuses.map(() => '?').join(', ')})`);
      params.push(...filter.statuses);
    }
    if (filter.owner !== undefined) {
      where.push('owner = ?');
      params.push(filter.owner);
    }
    const sql = [
      'SELECT * FROM problems',
      where.length ? `WHERE ${where.join(' AND ')}` : '',
      // Oldest open problems first: the ones nobody has dealt with for longest.
      'ORDER BY opened_at, id',
      filter.limit ? `LIMIT ${Math.floor(filter.limit)}` : '',
    ].join(' ');
    return this.hydrate(await this.sql.all(sql, params));
  }

  async appendEvent(problemId: number, event: ProblemEvent): Promise<void> {
    await appendTimelineEvent(this.sql, this.dialect, 'problem_events', problemId, event);
  }

  async timeline(problemId: number): Promise<ProblemEvent[]> {
    return (await this.sql.all('SELECT * FROM problem_events WHERE problem_id = ? ORDER BY id', [problemId])).map(eventFromRow);
  }

  /**
   * Points an incident at a problem (or at none), only if the incident is still at `expectedVersion`;
   * bumps the incident's version, since its `problem` field changed (SPEC §12).
   */
  async setIncidentProblem(incidentId: number, problemId: number | null, expectedVersion: number, updatedAt: string): Promise<void> {
    await this.updateVersioned('incidents', 'INC', incidentId, expectedVersion, { sets: ['problem_id = ?'], values: [problemId], updatedAt });
  }

  async incidentIds(problemId: number): Promise<number[]> {
    return (await this.sql.all<{ id: number }>('SELECT id FROM incidents WHERE problem_id = ? ORDER BY id', [problemId])).map((r) => r.id);
  }

  async linkedIncidents(problemId: number): Promise<LinkedIncident[]> {
    const rows = await this.sql.all('SELECT id, title, status, priority, opened_at FROM incidents WHERE problem_id = ? ORDER BY opened_at, id', [problemId]);
    return rows.map((r) => ({
      id: r.id as number,
      ref: formatRef('INC', r.id as number),
      title: r.title as string,
      status: r.status as string,
      priority: (r.priority as string) ?? null,
      openedAt: r.opened_at as string,
    }));
  }

  async linkKnowledge(problemId: number, kbId: number, relation: KnowledgeRelation, at: string): Promise<void> {
    await this.sql.run('INSERT INTO problem_knowledge (problem_id, kb_id, relation, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING', [problemId, kbId, relation, at]);
  }

  /** The knowledge entry made from this problem's workaround, if any. */
  workaroundKnowledge(problemId: number): Promise<number | undefined> {
    return this.sql.value<number>(`SELECT kb_id FROM problem_knowledge WHERE problem_id = ? AND relation = 'workaround'`, [problemId]);
  }

  async knowledgeIds(problemId: number): Promise<number[]> {
    return (await this.sql.all<{ kb_id: number }>(`SELECT kb_id FROM problem_knowledge WHERE problem_id = ? ORDER BY relation = 'linked', at, kb_id`, [problemId])).map((r) => r.kb_id);
  }

  /** Whether any problem is in this state (so the known-error check costs nothing when none is). */
  async hasStatus(status: ProblemStatus): Promise<boolean> {
    return (await this.sql.value('SELECT 1 FROM problems WHERE status = ? LIMIT 1', [status])) !== undefined;
  }

  /** Problems in these states that hold any of these knowledge entries (the known-error flag). */
  async problemsForKnowledge(kbIds: readonly number[], statuses: readonly ProblemStatus[]): Promise<number[]> {
    if (!kbIds.length) return [];
    const sql = `SELECT DISTINCT p.id FROM problem_knowledge pk JOIN problems p ON p.id = pk.problem_id
      WHERE pk.kb_id IN (${kbIds.map(() => '?').join(', ')}) AND p.status IN (${statuses.map(() => '?').join(', ')}) ORDER BY p.id`;
    return (await this.sql.all<{ id: number }>(sql, [...kbIds, ...statuses])).map((r) => r.id);
  }

  /** Every problem with the opening time and state of its incidents (for `report problems`). */
  async withIncidents(statuses?: readonly ProblemStatus[]): Promise<ProblemWithIncidents[]> {
    const problems = await this.list({ statuses });
    const rows = await this.sql.all('SELECT problem_id, opened_at, status FROM incidents WHERE problem_id IS NOT NULL ORDER BY opened_at, id');
    const byProblem = new Map<number, ProblemWithIncidents['incidents']>();
    for (const r of rows) {
      const list = byProblem.get(r.problem_id as number) ?? [];
      list.push({ openedAt: r.opened_at as string, status: r.status as string });
      byProblem.set(r.problem_id as number, list);
    }
    return problems.map((problem) => ({ problem, incidents: byProblem.get(problem.id) ?? [] }));
  }

  /**
   * What `db check` reports about problems: incidents pointing at a problem that does not exist (the
   * column has no foreign key), and links to missing knowledge entries.
   */
  async integrity(): Promise<{ danglingIncidents: { incident: string; problem: string }[]; danglingKnowledge: { problem: string; knowledge: string }[] }> {
    const inc = await this.sql.all(
      'SELECT i.id, i.problem_id FROM incidents i LEFT JOIN problems p ON p.id = i.problem_id WHERE i.problem_id IS NOT NULL AND p.id IS NULL ORDER BY i.id',
    );
    const kb = await this.sql.all(
      'SELECT pk.problem_id, pk.kb_id FROM problem_knowledge pk LEFT JOIN knowledge k ON k.id = pk.kb_id WHERE k.id IS NULL ORDER BY pk.problem_id, pk.kb_id',
    );
    return {
      danglingIncidents: inc.map((r) => ({ incident: formatRef('INC', r.id as number), problem: formatRef('PRB', r.problem_id as number) })),
      danglingKnowledge: kb.map((r) => ({ problem: formatRef('PRB', r.problem_id as number), knowledge: formatRef('KB', r.kb_id as number) })),
    };
  }

  /** Rows of problems as records, with their incidents and knowledge entries: two queries for them all. */
  private async hydrate(rows: Row[]): Promise<Problem[]> {
    if (!rows.length) return [];
    const set = this.dialect.idSet(rows.map((r) => r.id as number));
    const incidents = await this.sql.all<{ problem_id: number; id: number }>(
      `SELECT problem_id, id FROM incidents WHERE problem_id IN (${set.sql}) ORDER BY problem_id, id`,
      [set.param],
    );
    const knowledge = await this.sql.all<{ problem_id: number; kb_id: number }>(
      `SELECT problem_id, kb_id FROM problem_knowledge WHERE problem_id IN (${set.sql}) ORDER BY problem_id, relation = 'linked', at, kb_id`,
      [set.param],
    );
    const group = <R extends { problem_id: number }>(list: R[], ref: (r: R) => string) => {
      const out = new Map<number, string[]>();
      for (const r of list) out.set(r.problem_id, [...(out.get(r.problem_id) ?? []), ref(r)]);
      return out;
    };
    const incidentRefs = group(incidents, (r) => formatRef('INC', r.id));
    const kbRefs = group(knowledge, (r) => formatRef('KB', r.kb_id));
    return rows.map((row) => toProblem(row, incidentRefs.get(row.id as number) ?? [], kbRefs.get(row.id as number) ?? []));
  }
}

function toProblem(row: Row, incidents: string[], knowledge: string[]): Problem {
  const id = row.id as number;
  return {
    id,
    ref: formatRef('PRB', id),
    title: row.title as string,
    description: (row.description as string) ?? null,
    status: row.status as ProblemStatus,
    rootCause: (row.root_cause as string) ?? null,
    workaround: (row.workaround as string) ?? null,
    fix: (row.fix as string) ?? null,
    owner: (row.owner as string) ?? null,
    category: (row.category as string) ?? null,
    service: (row.service as string) ?? null,
    incidents,
    knowledge,
    closeReason: (row.close_reason as string) ?? null,
    openedAt: row.opened_at as string,
    analysisStartedAt: (row.analysis_started_at as string) ?? null,
    knownErrorAt: (row.known_error_at as string) ?? null,
    fixedAt: (row.fixed_at as string) ?? null,
    closedAt: (row.closed_at as string) ?? null,
    createdBy: row.created_by as string,
    updatedAt: row.updated_at as string,
    version: row.version as number,
  };
}
