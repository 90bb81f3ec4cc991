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
    header.forEach((h, i) => {
      const name = h.trim();
      if (!this.columns.has(name)) this.columns.set(name, i);
      if (!this.columns.has(name.toLowerCase())) this.columns.set(name.toLowerCase(), i);
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
    return this.columns.get(column.trim()) ?? this.columns.get(column.trim().toLowerCase());
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
  const first = rows[0];
  const last = rows[rows.length - 1];
  const externalRef = first.key;
  const openedAt = first.openedAt;
  // A lone row (a snapshot) carries its resolve and close times in its fields, not in later rows.
  const snapshot = rows.length === 1 || rows.every((r) => r.at === null);
  const events: TimelineEvent[] = [];
  const eventRows: number[] = [];
  let rowIndex = -1;
  const ev = (at: number, actor: string | null, kind: string, fields: Partial<TimelineEvent> = {}) => {
    events.push({ at: iso(at), actor: actor || ctx.actor, kind, from: null, to: null, note: null, data: null, ...fields });
    eventRows.push(rowIndex);
  };

  let state = 'open' as Status;
  let heldFrom: Status | null = null;
  let resolvedFrom: Status | null = null;
  let holdStart: number | null = null;
  let holdReason: string | null = null;
  const holds: [number, number][] = [];
  let classifiedAt: number | null = null;
  let resolvedAtLog: number | null = null;
  let closedAtLog: number | null = null;
  let reopenings = 0;
  let reassignments = 0;
  let assignee = first.assignee;
  let team = first.team;
  let priority = first.priority;
  let lastAt = openedAt;

  const title = last.title ?? first.title ?? externalRef;
  ev(openedAt, first.createdBy ?? first.by, 'opened', {
    to: 'open',
    note: title,
    data: { priority, impact: first.impact, urgency: first.urgency, assignee, team, externalRef, sourcePriority: first.priorityRaw },
  });

  const move = (to: Status, at: number, by: string | null, row: SourceRow) => {
    const from = state;
    if (from === to) {
      if (to === 'on_hold' && row.holdReason && row.holdReason !== holdReason) {
        holdReason = row.holdReason;
        ev(at, by, 'held', { from, to, note: holdReason, data: { sourceState: row.holdReason } });
      }
      return;
    }
    if (to === 'closed' && from !== 'resolved') {
      // Closed without a resolve in the log: the resolve happened at the source's resolved time.
      const resolveAt = row.resolvedAt !== null && row.resolvedAt <= at ? row.resolvedAt : at;
      move('resolved', resolveAt, by, row);
      return move('closed', at, by, row);
    }
    if (from === 'on_hold') {
      if (holdStart !== null) holds.push([holdStart, at]);
      holdStart = null;
      holdReason = null;
    }
    let kind: string;
    let note: string | null = null;
    let data: Record<string, unknown> | null = null;
    if ((from === 'resolved' || from === 'closed') && isActive(to)) {
      kind = 'reopened';
      reopenings++;
      resolvedAtLog = null;
    } else if (to === 'on_hold') kind = 'held';
    else if (from === 'on_hold' && (to === 'open' || to === 'classified' || to === 'escalated')) kind = 'resumed';
    else if (to === 'classified') kind = 'classified';
    else if (to === 'resolved') kind = 'resolved';
    else if (to === 'closed') kind = 'closed';
    else if (to === 'cancelled') kind = 'cancelled';
    else if (to === 'escalated') kind = 'escalated';
    else kind = 'updated';
    if (to === 'on_hold') {
      holdStart = at;
      holdReason = row.holdReason;
      heldFrom = isActive(from) ? from : 'classified';
      note = row.holdReason;
      data = { sourceState: row.holdReason };
    }
    if (to === 'classified' && classifiedAt === null) classifiedAt = at;
    if (to === 'resolved') {
      resolvedFrom = from;
      resolvedAtLog = at;
      data = { code: row.resolutionCode };
    }
    if (to === 'closed') closedAtLog = at;
    ev(at, by, kind, { from, to, note, data: kind === 'held' || kind === 'resolved' ? data : null });
    state = to;
  };

  rows.forEach((row, k) => {
    rowIndex = k;
    const at = row.at ?? openedAt;
    if (row.at !== null && row.at > lastAt) lastAt = row.at;
    const by = row.by;
    if (row.unknownStatus !== null) {
      ev(at, by, 'noted', {
        note: `state "${row.unknownStatus}" in the source is not a known state; the state stays ${state}`,
        data: { sourceState: row.unknownStatus, line: row.line },
      });
    } else if (row.status !== null && (row.status !== state || (state === 'on_hold' && row.holdReason !== holdReason))) {
      if (snapshot) {
        // A snapshot's state: replay it at the times its fields give.
        const to = row.status;
        if ((to === 'resolved' || to === 'closed') && state !== 'resolved') {
          move('resolved', row.resolvedAt ?? row.at ?? row.closedAt ?? openedAt, by, row);
        }
        if (to === 'closed') move('closed', row.closedAt ?? row.at ?? row.resolvedAt ?? openedAt, by, row);
        else if (to !== 'resolved') move(to, at, by, row);
      } else move(row.status, at, by, row);
    }
    if (k > 0) {
      if (row.assignee !== assignee || row.team !== team) {
        const changes: Record<string, [string | null, string | null]> = {};
        if (row.assignee !== assignee) changes.assignee = [assignee, row.assignee];
        if (row.team !== team) changes.team = [team, row.team];
        // A reassignment takes the incident from someone (a person or a group) and gives it to another.
        const reassignment =
          (assignee !== null && row.assignee !== null && assignee !== row.assignee) || (team !== null && row.team !== null && team !== row.team);
        if (reassignment) reassignments++;
        ev(at, by, 'assigned', { from: assignee, to: row.assignee, data: { changes, reassignment } });
        assignee = row.assignee;
        team = row.team;
      }
      if (row.priority !== null && row.priority !== priority) {
        ev(at, by, 'priority_changed', { from: priority, to: row.priority, data: { sourcePriority: row.priorityRaw } });
        priority = row.priority;
      }
    }
  });

  rowIndex = rows.length;
  const status = state;
  const done = status === 'resolved' || status === 'closed';
  const resolvedAt = done ? (last.resolvedAt ?? resolvedAtLog ?? last.closedAt ?? closedAtLog) : null;
  const closedAt = status === 'closed' ? (last.closedAt ?? closedAtLog) : null;
  // Hold counts only within openedAt → resolvedAt: net resolution time = gross − hold, never below zero.
  const end = resolvedAt ?? Infinity;
  let held = 0;
  for (const [s, e] of holds) held += Math.max(0, Math.min(e, end) - Math.max(s, openedAt));
  const heldSeconds = Math.round(held / 1000);
  const impact = last.impact;
  const urgency = last.urgency;
  const matrix = derivePriority(impact, urgency);
  const finalPriority = last.priority ?? matrix;
  if (last.priority && matrix && last.priority !== matrix) {
    ev(lastAt, null, 'noted', {
      note: `the source's priority ${last.priorityRaw} (${last.priority}) is kept as it was; impact ${impact} × urgency ${urgency} would give ${matrix}`,
      data: { sourcePriority: last.priorityRaw, priority: last.priority, matrix },
    });
  }
  ev(ctx.now.getTime(), null, 'imported', {
    note: `${ctx.format}: ${ctx.file}`,
    data: {
      format: ctx.format,
      file: ctx.file,
      externalRef,
      lines: [first.line, last.line],
      rows: rows.length,
      sourcePriority: last.priorityRaw,
      sourceSlaMet: last.slaMet,
    },
  });
  const openedIso = iso(openedAt);
  const incident: ImportedIncident = {
    title,
    description: last.description,
    status,
    heldFrom: status === 'on_hold' ? heldFrom : null,
    resolvedFrom: done ? resolvedFrom : null,
    impact,
    urgency,
    priority: finalPriority,
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
    classifiedAt: classifiedAt === null ? null : iso(classifiedAt),
    resolvedAt: resolvedAt === null ? null : iso(resolvedAt),
    closedAt: closedAt === null ? null : iso(closedAt),
    holdStartedAt: status === 'on_hold' && holdStart !== null ? iso(holdStart) : null,
    heldSeconds,
    resolution: done ? last.resolution : null,
    resolutionCode: done ? last.resolutionCode : null,
    externalRef,
    createdBy: first.createdBy ?? ctx.actor,
    updatedAt: iso(Math.max(lastAt, resolvedAt ?? 0, closedAt ?? 0)),
    // History that never had a priority gets no clock here: it was not opened here (SPEC §8's
    // unclassified response clock is for incidents opened now).
    ...dueTimes(finalPriority, openedIso, heldSeconds, { ...(ctx.sla ?? DEFAULT_SLA), unclassified: null }),
  };
  return { incident, events, eventRows, reopenings, reassignments };
}
