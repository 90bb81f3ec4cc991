import type { Problem, ProblemEvent, ProblemStatus } from '../core/problem.js';
import { formatRef } from '../core/refs.js';
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

/** A linked incident as a problem shows it. */
export interface LinkedIncident {
  id: number;
  ref: string;
  title: string;
  status: string;
  priority: string | null;
  openedAt: string;
}

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
  insert(problem: NewProblem, id?: number): number {
    const fields = (Object.keys(problem) as ProblemField[]).filter((f) => f in COLUMNS);
    const cols: string[] = fields.map((f) => COLUMNS[f]);
    const values: unknown[] = fields.map((f) => problem[f] ?? null);
    if (id !== undefined) {
      cols.unshift('id');
      values.unshift(id);
    }
    const sql = `INSERT INTO problems (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`;
    return Number(this.db.prepare(sql).run(...values).lastInsertRowid);
  }

  /** Writes only if nobody changed the problem since `expectedVersion` was read; else exit 4. */
  update(id: number, expectedVersion: number, patch: ProblemPatch, updatedAt: string): void {
    const fields = (Object.keys(patch) as ProblemField[]).filter((f) => f in COLUMNS && f !== 'updatedAt');
    const sets = fields.map((f) => `${COLUMNS[f]} = ?`);
    const values = fields.map((f) => patch[f] ?? null);
    this.updateVersioned('problems', 'PRB', id, expectedVersion, { sets, values, updatedAt });
  }

  get(id: number): Problem | undefined {
    const row = this.stmt('SELECT * FROM problems WHERE id = ?').get(id) as Row | undefined;
    return row ? this.hydrate(row) : undefined;
  }

  list(filter: ProblemFilter = {}): Problem[] {
    const where: string[] = [];
    const params: unknown[] = [];
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
    return (this.db.prepare(sql).all(...params) as Row[]).map((r) => this.hydrate(r));
  }

  appendEvent(problemId: number, event: ProblemEvent): void {
    this.stmt(
      'INSERT INTO problem_events (problem_id, at, actor, kind, from_value, to_value, note, data) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    ).run(problemId, event.at, event.actor, event.kind, event.from ?? null, event.to ?? null, event.note ?? null, event.data ? JSON.stringify(event.data) : null);
  }

  timeline(problemId: number): ProblemEvent[] {
    const rows = this.stmt('SELECT * FROM problem_events WHERE problem_id = ? ORDER BY id').all(problemId) as Row[];
    return rows.map(eventFromRow);
  }

  /**
   * Points an incident at a problem (or at none), only if the incident is still at `expectedVersion`;
   * bumps the incident's version, since its `problem` field changed (SPEC §12).
   */
  setIncidentProblem(incidentId: number, problemId: number | null, expectedVersion: number, updatedAt: string): void {
    this.updateVersioned('incidents', 'INC', incidentId, expectedVersion, { sets: ['problem_id = ?'], values: [problemId], updatedAt });
  }

  incidentIds(problemId: number): number[] {
    return this.stmt('SELECT id FROM incidents WHERE problem_id = ? ORDER BY id').pluck().all(problemId) as number[];
  }

  linkedIncidents(problemId: number): LinkedIncident[] {
    const rows = this.stmt('SELECT id, title, status, priority, opened_at FROM incidents WHERE problem_id = ? ORDER BY opened_at, id').all(problemId) as Row[];
    return rows.map((r) => ({
      id: r.id as number,
      ref: formatRef('INC', r.id as number),
      title: r.title as string,
      status: r.status as string,
      priority: (r.priority as string) ?? null,
      openedAt: r.opened_at as string,
    }));
  }

  linkKnowledge(problemId: number, kbId: number, relation: KnowledgeRelation, at: string): void {
    this.stmt('INSERT OR IGNORE INTO problem_knowledge (problem_id, kb_id, relation, at) VALUES (?, ?, ?, ?)').run(problemId, kbId, relation, at);
  }

  /** The knowledge entry made from this problem's workaround, if any. */
  workaroundKnowledge(problemId: number): number | undefined {
    return this.stmt(`SELECT kb_id FROM problem_knowledge WHERE problem_id = ? AND relation = 'workaround'`).pluck().get(problemId) as number | undefined;
  }

  knowledgeIds(problemId: number): number[] {
    return this.stmt(`SELECT kb_id FROM problem_knowledge WHERE problem_id = ? ORDER BY relation = 'linked', at, kb_id`).pluck().all(problemId) as number[];
  }

  /** Whether any problem is in this state (so the known-error check costs nothing when none is). */
  hasStatus(status: ProblemStatus): boolean {
    return this.stmt('SELECT 1 FROM problems WHERE status = ? LIMIT 1').pluck().get(status) !== undefined;
  }

  /** Problems in these states that hold any of these knowledge entries (the known-error flag). */
  problemsForKnowledge(kbIds: readonly number[], statuses: readonly ProblemStatus[]): number[] {
    if (!kbIds.length) return [];
    const sql = `SELECT DISTINCT p.id FROM problem_knowledge pk JOIN problems p ON p.id = pk.problem_id
      WHERE pk.kb_id IN (${kbIds.map(() => '?').join(', ')}) AND p.status IN (${statuses.map(() => '?').join(', ')}) ORDER BY p.id`;
    return this.db.prepare(sql).pluck().all(...kbIds, ...statuses) as number[];
  }

  /** Every problem with the opening time and state of its incidents (for `report problems`). */
  withIncidents(statuses?: readonly ProblemStatus[]): ProblemWithIncidents[] {
    const problems = this.list({ statuses });
    const rows = this.stmt('SELECT problem_id, opened_at, status FROM incidents WHERE problem_id IS NOT NULL ORDER BY opened_at, id').all() as Row[];
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
  integrity(): { danglingIncidents: { incident: string; problem: string }[]; danglingKnowledge: { problem: string; knowledge: string }[] } {
    const inc = this.db
      .prepare('SELECT i.id, i.problem_id FROM incidents i LEFT JOIN problems p ON p.id = i.problem_id WHERE i.problem_id IS NOT NULL AND p.id IS NULL ORDER BY i.id')
      .all() as Row[];
    const kb = this.db
      .prepare('SELECT pk.problem_id, pk.kb_id FROM problem_knowledge pk LEFT JOIN knowledge k ON k.id = pk.kb_id WHERE k.id IS NULL ORDER BY pk.problem_id')
      .all() as Row[];
    return {
      danglingIncidents: inc.map((r) => ({ incident: formatRef('INC', r.id as number), problem: formatRef('PRB', r.problem_id as number) })),
      danglingKnowledge: kb.map((r) => ({ problem: formatRef('PRB', r.problem_id as number), knowledge: formatRef('KB', r.kb_id as number) })),
    };
  }

  private hydrate(row: Row): Problem {
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
      incidents: this.incidentIds(id).map((n) => formatRef('INC', n)),
      knowledge: this.knowledgeIds(id).map((n) => formatRef('KB', n)),
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
}
