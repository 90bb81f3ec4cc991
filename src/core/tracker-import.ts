import type { CsvRecord } from './csv.js';
import type { IncidentRecord, ResolutionCode, Source, TimelineEvent } from './incident.js';
import { isActive, type Status } from './lifecycle.js';
import { derivePriority, type Level, type Priority } from './priority.js';
import { DEFAULT_SLA, dueTimes, type SlaTargets } from './sla.js';
import {
  readBoolean, readDate, readLevel, readPriority, readResolutionCode, readSource, readStatus, tidy, ValueTable,
  type DateFormat, type MappedField, type TrackerMap, type TranslatedField,
} from './tracker-map.js';
import { usageError } from './errors.js';
import type { MessageKey, MessageParams } from '../i18n/index.js';

/**
 * Another tracker's rows → our incidents, with no I/O: `CompiledMap.read` turns one CSV record into
 * a SourceRow (or a RowError naming what cannot be read), and `foldIncident` turns one incident's rows
 * (an event log's updates, oldest first, or a snapshot's single row) into an incident and its timeline.
 */

/** A row that cannot be read: the import names its line and this reason. */
export class RowError extends Error {
  constructor(
    readonly key: MessageKey,
    readonly params: MessageParams = {},
  ) {
    super(key);
  }
}

export interface SourceRow {
  line: number;
  key: string;
  /** When this update happened (event logs), UTC ms. */
  at: number | null;
  by: string | null;
  status: Status | null;
  holdReason: string | null;
  /** A state the map does not know (ServiceNow's `-100`): kept as a note, the state stays. */
  unknownStatus: string | null;
  impact: Level | null;
  urgency: Level | null;
  priority: Priority | null;
  priorityRaw: string | null;
  category: string | null;
  service: string | null;
  source: Source | null;
  reporter: string | null;
  assignee: string | null;
  team: string | null;
  openedAt: number;
  resolvedAt: number | null;
  closedAt: number | null;
  title: string | null;
  description: string | null;
  resolution: string | null;
  resolutionCode: ResolutionCode | null;
  knowledge: boolean | null;
  slaMet: boolean | null;
  problem: string | null;
  tags: string[];
  createdBy: string | null;
}

type Getter = (fields: string[]) => string | null;

/** Exports repeat the same values (groups, callers, minutes) thousands of times: read each once. */
class Memo<T> {
  private readonly seen = new Map<string, T>();
  constructor(private readonly fn: (raw: string) => T) {}
  get(raw: string): T {
    let v = this.seen.get(raw);
    if (v === undefined) {
      v = this.fn(raw);
      // Bounded, so a file of all-different values cannot grow it without end.
      if (this.seen.size >= 100_000) this.seen.clear();
      this.seen.set(raw, v);
    }
    return v;
  }
}

const cleanShort = (raw: string) => tidy(raw.replace(CONTROL, ' ')).normalize('NFC');
const cleanLong = (raw: string) => raw.replace(/\r\n?/g, '\n').replace(CONTROL, '').trim().normalize('NFC');

const LIMIT = { short: 200, title: 300, text: 100_000 };
// C0 and C1 but tab and LF (core/controls.ts).
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export interface ReadSettings {
  dateFormat?: DateFormat;
  toUtc: (localMs: number) => number;
}

/** A map bound to a file's header: knows which column index each field reads. */
export class CompiledMap {
  /** Columns the map names that the file does not have (their fields stay empty). */
  readonly missing: string[] = [];
  private readonly columns: Map<string, number>;
  /** The same, by lower-case name: tried only when no column has the exact name. */
  private readonly folded: Map<string, number>;
  private readonly none: Set<string>;
  private readonly get: Partial<Record<MappedField | 'key' | 'updatedAt' | 'updatedBy', Getter>> = {};
  private readonly names: Partial<Record<MappedField | 'updatedAt', string>> = {};
  private readonly details: [string, number][] = [];
  private readonly tables: Record<TranslatedField, ValueTable>;
  private readonly dateFormat: DateFormat;

  constructor(
    readonly map: TrackerMap,
    readonly header: string[],
    private readonly settings: ReadSettings,
  ) {
    this.columns = new Map();
    this.folded = new Map();
    header.forEach((h, i) => {
      const name = h.trim();
      if (!this.columns.has(name)) this.columns.set(name, i);
      if (!this.folded.has(name.toLowerCase())) this.folded.set(name.toLowerCase(), i);
    });
    this.none = new Set((map.none ?? ['', '?']).map((v) => v.trim()));
    this.dateFormat = settings.dateFormat ?? map.dateFormat ?? 'auto';
    const v = map.values ?? {};
    this.tables = {
      status: new ValueTable(v.status),
      impact: new ValueTable(v.impact),
      urgency: new ValueTable(v.urgency),
      priority: new ValueTable(v.priority),
      source: new ValueTable(v.source),
      resolutionCode: new ValueTable(v.resolutionCode),
    };
    const key = this.getter([map.key]);
    if (!key) throw usageError('import.noKeyColumn', { column: map.key });
    this.get.key = key;
    if (map.updatedAt) this.bind('updatedAt', [map.updatedAt]);
    if (map.updatedBy) this.bind('updatedBy', [map.updatedBy]);
    for (const [field, spec] of Object.entries(map.fields) as [MappedField, string | string[]][]) {
      this.bind(field, Array.isArray(spec) ? spec : [spec]);
    }
    if (!this.get.openedAt) throw usageError('import.noOpenedColumn', { columns: [map.fields.openedAt ?? []].flat().join(', ') });
    for (const d of map.details ?? []) {
      const i = this.index(d);
      if (i !== undefined) this.details.push([d, i]);
    }
  }

  /** Whether the file has an update-time column: an event log rather than a snapshot. */
  get isEventLog(): boolean {
    return !!this.get.updatedAt;
  }

  private index(column: string): number | undefined {
    return this.columns.get(column.trim()) ?? this.folded.get(column.trim().toLowerCase());
  }

  private bind(field: MappedField | 'updatedAt' | 'updatedBy', specs: string[]): void {
    const g = this.getter(specs);
    if (g) this.get[field] = g;
    else this.missing.push(...specs.filter((s) => !s.includes('{')));
    const first = specs.find((s) => !s.includes('{') && this.index(s) !== undefined);
    if (first && field !== 'updatedBy') this.names[field] = first;
  }

  /** The first alternative whose columns exist; templates answer null when any placeholder is empty. */
  private getter(specs: string[]): Getter | undefined {
    const alternatives: Getter[] = [];
    for (const spec of specs) {
      if (spec.includes('{')) {
        const parts: (string | number)[] = [];
        let ok = true;
        for (const piece of spec.split(/(\{[^}]+\})/)) {
          if (!piece) continue;
          if (piece.startsWith('{') && piece.endsWith('}')) {
            const i = this.index(piece.slice(1, -1));
            if (i === undefined) ok = false;
            else parts.push(i);
          } else parts.push(piece);
        }
        if (!ok) continue;
        alternatives.push((f) => {
          let out = '';
          for (const p of parts) {
            if (typeof p === 'string') out += p;
            else {
              const v = this.value(f[p]);
              if (v === null) return null;
              out += v;
            }
          }
          return out;
        });
      } else {
        const i = this.index(spec);
        if (i !== undefined) alternatives.push((f) => this.value(f[i]));
      }
    }
    if (!alternatives.length) return undefined;
    if (alternatives.length === 1) return alternatives[0];
    return (f) => {
      for (const a of alternatives) {
        const v = a(f);
        if (v !== null) return v;
      }
      return null;
    };
  }

  private value(raw: string | undefined): string | null {
    if (raw === undefined) return null;
    const v = raw.trim();
    return this.none.has(v) ? null : v;
  }

  private column(field: MappedField | 'updatedAt'): string {
    return this.names[field] ?? field;
  }

  private readonly states = new Memo((raw) => readStatus(raw, this.tables.status) ?? null);
  private readonly short = new Memo(cleanShort);
  private readonly long = new Memo(cleanLong);
  private readonly dates = new Memo((raw) => readDate(raw, this.dateFormat, this.settings.toUtc) ?? null);
  private readonly readers = new Map<MappedField, Memo<unknown>>();

  private text(field: MappedField, f: string[], kind: 'short' | 'title' | 'text' = 'short'): string | null {
    const raw = this.get[field]?.(f) ?? null;
    if (raw === null) return null;
    const s = (kind === 'text' ? this.long : this.short).get(raw);
    if (!s) return null;
    // Code points, not UTF-16 units; the cheap check first.
    if (s.length > LIMIT[kind] && [...s].length > LIMIT[kind]) throw new RowError('import.row.tooLong', { column: this.column(field), max: LIMIT[kind] });
    return s;
  }

  private date(field: MappedField | 'updatedAt', f: string[]): number | null {
    const raw = this.get[field]?.(f) ?? null;
    if (raw === null) return null;
    const ms = this.dates.get(raw);
    if (ms === null) throw new RowError('import.row.badDate', { column: this.column(field), value: raw });
    return ms;
  }

  private translated<T>(field: MappedField, f: string[], read: (v: string) => T | undefined): T | null {
    const raw = this.get[field]?.(f) ?? null;
    if (raw === null) return null;
    let memo = this.readers.get(field);
    if (!memo) {
      memo = new Memo((v) => read(v) ?? null);
      this.readers.set(field, memo);
    }
    const t = memo.get(raw) as T | null;
    if (t === null) throw new RowError('import.row.badValue', { column: this.column(field), value: raw });
    return t;
  }

  /** One CSV record → one SourceRow, or a RowError. */
  read(record: CsvRecord): SourceRow {
    const f = record.fields;
    if (f.length !== this.header.length) throw new RowError('import.row.fieldCount', { expected: this.header.length, found: f.length });
    const key = this.get.key!(f);
    if (key === null) throw new RowError('import.row.noKey', { column: this.map.key });
    const rawStatus = this.get.status?.(f) ?? null;
    const status = rawStatus === null ? undefined : (this.states.get(rawStatus) ?? undefined);
    const openedAt = this.date('openedAt', f);
    if (openedAt === null) throw new RowError('import.row.noOpened', { column: this.column('openedAt') });
    const priorityRaw = this.get.priority?.(f) ?? null;
    const lookup = (field: 'impact' | 'urgency' | 'priority') => (v: string) => {
      const hit = this.tables[field].lookup(v)?.to;
      if (hit !== undefined) return hit as never;
      return (field === 'priority' ? readPriority(v) : readLevel(v)) as never;
    };
    let description = this.text('description', f, 'text');
    const details: string[] = [];
    for (const [name, i] of this.details) {
      const v = this.value(f[i]);
      if (v !== null) details.push(`${name}: ${tidy(v.replace(CONTROL, ' '))}`);
    }
    if (details.length) description = [description, details.join('\n')].filter(Boolean).join('\n\n');
    const tags = this.text('tags', f);
    return {
      line: record.line,
      key: tidy(key),
      at: this.date('updatedAt', f),
      by: this.get.updatedBy ? tidy(this.get.updatedBy(f) ?? '') || null : null,
      status: status?.status ?? null,
      holdReason: status?.reason ?? null,
      unknownStatus: rawStatus !== null && !status ? tidy(rawStatus) : null,
      impact: this.translated('impact', f, lookup('impact')),
      urgency: this.translated('urgency', f, lookup('urgency')),
      priority: this.translated('priority', f, lookup('priority')),
      priorityRaw: priorityRaw === null ? null : tidy(priorityRaw),
      category: this.text('category', f),
      service: this.text('service', f),
      source: this.translated('source', f, (v) => readSource(v, this.tables.source) ?? 'other'),
      reporter: this.text('reporter', f),
      assignee: this.text('assignee', f),
      team: this.text('team', f),
      openedAt,
      resolvedAt: this.date('resolvedAt', f),
      closedAt: this.date('closedAt', f),
      title: this.text('title', f, 'title'),
      description,
      resolution: this.text('resolution', f, 'text'),
      resolutionCode: this.translated('resolutionCode', f, (v) => readResolutionCode(v, this.tables.resolutionCode) ?? 'other'),
      knowledge: this.translated('knowledge', f, readBoolean),
      slaMet: this.translated('slaMet', f, readBoolean),
      problem: this.text('problem', f),
      tags: tags ? [...new Set(tags.normalize('NFKC').toLowerCase().split(/[,;\s]+/).filter(Boolean))] : [],
      createdBy: this.text('createdBy', f),
    };
  }
}

// ---- one incident's rows → incident + timeline ---------------------------------------------------

export type ImportedIncident = Pick<IncidentRecord, 'title' | 'status' | 'detectedAt' | 'openedAt' | 'createdBy' | 'updatedAt'> &
  Partial<IncidentRecord>;

export interface FoldResult {
  incident: ImportedIncident;
  /** For each event, the index of the row it came from (-1: the opening; rows.length: the closing notes). */
  eventRows: number[];
  events: TimelineEvent[];
  reopenings: number;
  reassignments: number;
}

export interface FoldContext {
  /** Who runs the import, and when: the actor of rows that name nobody, and of the `imported` event. */
  actor: string;
  now: Date;
  format: string;
  file: string;
  sla?: SlaTargets;
}

const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Replays one incident's rows, oldest first. The first row is the baseline (assignee, team and
 * priority at opening); each later row that changes the state, assignee, team or priority becomes an
 * event at its update time, by its updater. Hold periods (Awaiting …) are summed into heldSeconds
 * within openedAt → resolvedAt, so net = gross − hold.
 */
export function foldIncident(rows: SourceRow[], ctx: FoldContext): FoldResult {
  const replay = new Replay(rows, ctx);
  rows.forEach((row, k) => replay.row(row, k));
  return replay.finish();
}

/** The lifecycle event a move from one state to another is. */
function moveKind(from: Status, to: Status): string {
  if ((from === 'resolved' || from === 'closed') && isActive(to)) return 'reopened';
  if (to === 'on_hold') return 'held';
  if (from === 'on_hold' && (to === 'open' || to === 'classified' || to === 'escalated')) return 'resumed';
  if (to === 'classified' || to === 'resolved' || to === 'closed' || to === 'cancelled' || to === 'escalated') return to;
  return 'updated';
}

/** Hold counts only within openedAt → resolvedAt: net resolution time = gross − hold, never below zero. */
function heldSecondsWithin(holds: [number, number][], openedAt: number, resolvedAt: number | null): number {
  const end = resolvedAt ?? Infinity;
  let held = 0;
  for (const [s, e] of holds) held += Math.max(0, Math.min(e, end) - Math.max(s, openedAt));
  return Math.round(held / 1000);
}

/** One incident's history as it is replayed: where it stands after each row, and the events so far. */
class Replay {
  readonly events: TimelineEvent[] = [];
  readonly eventRows: number[] = [];
  /** The row the events being written come from (-1: the opening; rows.length: the closing notes). */
  private rowIndex = -1;
  private readonly first: SourceRow;
  private readonly last: SourceRow;
  private readonly openedAt: number;
  /** A lone row (a snapshot) carries its resolve and close times in its fields, not in later rows. */
  private readonly snapshot: boolean;
  private readonly title: string;

  private state = 'open' as Status;
  /** The active state a hold came from, and the state a resolve came from (where a reopen returns). */
  private heldFrom: Status | null = null;
  private resolvedFrom: Status | null = null;
  /** The hold under way (its start and the source's reason), and the holds ended: [start, end]. */
  private holdStart: number | null = null;
  private holdReason: string | null = null;
  private readonly holds: [number, number][] = [];
  private classifiedAt: number | null = null;
  /** Resolve and close times as the log has them, for a source whose fields leave them empty. */
  private resolvedAtLog: number | null = null;
  private closedAtLog: number | null = null;
  private reopenings = 0;
  private reassignments = 0;
  private assignee: string | null;
  private team: string | null;
  private priority: Priority | null;
  private lastAt: number;

  constructor(
    private readonly rows: SourceRow[],
    private readonly ctx: FoldContext,
  ) {
    this.first = rows[0];
    this.last = rows[rows.length - 1];
    this.openedAt = this.first.openedAt;
    this.lastAt = this.openedAt;
    this.snapshot = rows.length === 1 || rows.every((r) => r.at === null);
    this.assignee = this.first.assignee;
    this.team = this.first.team;
    this.priority = this.first.priority;
    this.title = this.last.title ?? this.first.title ?? this.first.key;
    this.opened();
  }

  private event(at: number, actor: string | null, kind: string, fields: Partial<TimelineEvent> = {}): void {
    this.events.push({ at: iso(at), actor: actor || this.ctx.actor, kind, from: null, to: null, note: null, data: null, ...fields });
    this.eventRows.push(this.rowIndex);
  }

  /** The opening, as the first row has it. */
  private opened(): void {
    const { first } = this;
    this.event(this.openedAt, first.createdBy ?? first.by, 'opened', {
      to: 'open',
      note: this.title,
      data: { priority: this.priority, impact: first.impact, urgency: first.urgency, assignee: this.assignee, team: this.team, externalRef: first.key, sourcePriority: first.priorityRaw },
    });
  }

  /** One source row: the state it gives, then (after the baseline) who has the incident and its priority. */
  row(row: SourceRow, k: number): void {
    this.rowIndex = k;
    const at = row.at ?? this.openedAt;
    if (row.at !== null && row.at > this.lastAt) this.lastAt = row.at;
    this.stateOf(row, at);
    if (k === 0) return;
    this.handOff(row, at);
    if (row.priority !== null && row.priority !== this.priority) {
      this.event(at, row.by, 'priority_changed', { from: this.priority, to: row.priority, data: { sourcePriority: row.priorityRaw } });
      this.priority = row.priority;
    }
  }

  private stateOf(row: SourceRow, at: number): void {
    if (row.unknownStatus !== null) {
      this.event(at, row.by, 'noted', {
        note: `state "${row.unknownStatus}" in the source is not a known state; the state stays ${this.state}`,
        data: { sourceState: row.unknownStatus, line: row.line },
      });
      return;
    }
    if (row.status === null) return;
    // A hold with another reason is a change too.
    const changed = row.status !== this.state || (this.state === 'on_hold' && row.holdReason !== this.holdReason);
    if (!changed) return;
    if (this.snapshot) this.snapshotState(row, row.status, at);
    else this.move(row.status, at, row.by, row);
  }

  /** A snapshot's state: replayed at the times its fields give. */
  private snapshotState(row: SourceRow, to: Status, at: number): void {
    const { openedAt } = this;
    if ((to === 'resolved' || to === 'closed') && this.state !== 'resolved') {
      this.move('resolved', row.resolvedAt ?? row.at ?? row.closedAt ?? openedAt, row.by, row);
    }
    if (to === 'closed') this.move('closed', row.closedAt ?? row.at ?? row.resolvedAt ?? openedAt, row.by, row);
    else if (to !== 'resolved') this.move(to, at, row.by, row);
  }

  /** A move to another state: its event, and the times and hold periods it starts or ends. */
  private move(to: Status, at: number, by: string | null, row: SourceRow): void {
    const from = this.state;
    if (from === to) return this.heldAgain(at, by, row);
    if (to === 'closed' && from !== 'resolved') {
      // Closed without a resolve in the log: the resolve happened at the source's resolved time.
      const resolveAt = row.resolvedAt !== null && row.resolvedAt <= at ? row.resolvedAt : at;
      this.move('resolved', resolveAt, by, row);
      return this.move('closed', at, by, row);
    }
    if (from === 'on_hold') this.endHold(at);
    const kind = moveKind(from, to);
    if (kind === 'reopened') {
      this.reopenings++;
      this.resolvedAtLog = null;
    }
    const data = this.enter(to, from, at, row);
    this.event(at, by, kind, { from, to, note: to === 'on_hold' ? row.holdReason : null, data: kind === 'held' || kind === 'resolved' ? data : null });
    this.state = to;
  }

  /** Still on hold, for another reason the source names: a `held` event of its own. */
  private heldAgain(at: number, by: string | null, row: SourceRow): void {
    if (this.state !== 'on_hold' || !row.holdReason || row.holdReason === this.holdReason) return;
    this.holdReason = row.holdReason;
    this.event(at, by, 'held', { from: 'on_hold', to: 'on_hold', note: row.holdReason, data: { sourceState: row.holdReason } });
  }

  private endHold(at: number): void {
    if (this.holdStart !== null) this.holds.push([this.holdStart, at]);
    this.holdStart = null;
    this.holdReason = null;
  }

  /** Notes what entering `to` starts (a hold, the first classification, a resolve, a close); answers the event's data. */
  private enter(to: Status, from: Status, at: number, row: SourceRow): Record<string, unknown> | null {
    if (to === 'on_hold') {
      this.holdStart = at;
      this.holdReason = row.holdReason;
      this.heldFrom = isActive(from) ? from : 'classified';
      return { sourceState: row.holdReason };
    }
    if (to === 'classified' && this.classifiedAt === null) this.classifiedAt = at;
    if (to === 'resolved') {
      this.resolvedFrom = from;
      this.resolvedAtLog = at;
      return { code: row.resolutionCode };
    }
    if (to === 'closed') this.closedAtLog = at;
    return null;
  }

  /** A change of assignee or team: an `assigned` event, and a reassignment when it takes the incident from someone. */
  private handOff(row: SourceRow, at: number): void {
    const { assignee, team } = this;
    if (row.assignee === assignee && row.team === team) return;
    const changes: Record<string, [string | null, string | null]> = {};
    if (row.assignee !== assignee) changes.assignee = [assignee, row.assignee];
    if (row.team !== team) changes.team = [team, row.team];
    // A reassignment takes the incident from someone (a person or a group) and gives it to another.
    const reassignment = (assignee !== null && row.assignee !== null && assignee !== row.assignee) || (team !== null && row.team !== null && team !== row.team);
    if (reassignment) this.reassignments++;
    this.event(at, row.by, 'assigned', { from: assignee, to: row.assignee, data: { changes, reassignment } });
    this.assignee = row.assignee;
    this.team = row.team;
  }

  /** After the last row: the closing notes, and the incident as the rows leave it. */
  finish(): FoldResult {
    this.rowIndex = this.rows.length;
    const { last, state: status } = this;
    const done = status === 'resolved' || status === 'closed';
    const resolvedAt = done ? (last.resolvedAt ?? this.resolvedAtLog ?? last.closedAt ?? this.closedAtLog) : null;
    const closedAt = status === 'closed' ? (last.closedAt ?? this.closedAtLog) : null;
    const priority = this.priorityKept();
    this.imported();
    const incident = this.incident({ status, done, resolvedAt, closedAt, priority, heldSeconds: heldSecondsWithin(this.holds, this.openedAt, resolvedAt) });
    return { incident, events: this.events, eventRows: this.eventRows, reopenings: this.reopenings, reassignments: this.reassignments };
  }

  /** The source's last priority is kept; a note where impact × urgency would give another. */
  private priorityKept(): Priority | null {
    const { last } = this;
    const matrix = derivePriority(last.impact, last.urgency);
    if (last.priority && matrix && last.priority !== matrix) {
      this.event(this.lastAt, null, 'noted', {
        note: `the source's priority ${last.priorityRaw} (${last.priority}) is kept as it was; impact ${last.impact} × urgency ${last.urgency} would give ${matrix}`,
        data: { sourcePriority: last.priorityRaw, priority: last.priority, matrix },
      });
    }
    return last.priority ?? matrix;
  }

  /** The `imported` event: by whom and when the import ran, from which file and lines. */
  private imported(): void {
    const { ctx, first, last } = this;
    this.event(ctx.now.getTime(), null, 'imported', {
      note: `${ctx.format}: ${ctx.file}`,
      data: {
        format: ctx.format,
        file: ctx.file,
        externalRef: first.key,
        lines: [first.line, last.line],
        rows: this.rows.length,
        sourcePriority: last.priorityRaw,
        sourceSlaMet: last.slaMet,
      },
    });
  }

  /** The incident record: the last row's fields, the times the replay found. */
  private incident(end: { status: Status; done: boolean; resolvedAt: number | null; closedAt: number | null; priority: Priority | null; heldSeconds: number }): ImportedIncident {
    const { first, last, ctx } = this;
    const { status, done, resolvedAt, closedAt, priority, heldSeconds } = end;
    const openedIso = iso(this.openedAt);
    return {
      title: this.title,
      description: last.description,
      status,
      heldFrom: status === 'on_hold' ? this.heldFrom : null,
      resolvedFrom: done ? this.resolvedFrom : null,
      impact: last.impact,
      urgency: last.urgency,
      priority,
      sourcePriority: last.priorityRaw,
      sourceSlaMet: last.slaMet,
      sourceKnowledge: last.knowledge === true,
      sourceProblem: last.problem,
      category: last.category,
      service: last.service,
      source: last.source,
      reporter: last.reporter ?? first.reporter,
      assignee: last.assignee,
      team: last.team,
      tags: last.tags,
      detectedAt: openedIso,
      openedAt: openedIso,
      classifiedAt: this.classifiedAt === null ? null : iso(this.classifiedAt),
      resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
      closedAt: closedAt === null ? null : iso(closedAt),
      holdStartedAt: status === 'on_hold' && this.holdStart !== null ? iso(this.holdStart) : null,
      heldSeconds,
      resolution: done ? last.resolution : null,
      resolutionCode: done ? last.resolutionCode : null,
      externalRef: first.key,
      createdBy: first.createdBy ?? ctx.actor,
      updatedAt: iso(Math.max(this.lastAt, resolvedAt ?? 0, closedAt ?? 0)),
      // History that never had a priority gets no clock here: it was not opened here (SPEC §8's
      // unclassified response clock is for incidents opened now).
      ...dueTimes(priority, openedIso, heldSeconds, { ...(ctx.sla ?? DEFAULT_SLA), unclassified: null }),
    };
  }
}
