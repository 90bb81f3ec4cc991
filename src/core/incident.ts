import type { Level, Priority } from './priority.js';
import type { Status } from './lifecycle.js';

export const SOURCES = ['user', 'monitoring', 'staff', 'vendor', 'other', 'mail'] as const;
export type Source = (typeof SOURCES)[number];
export const RESOLUTION_CODES = ['fixed', 'workaround', 'no-fault-found', 'duplicate', 'user-error', 'vendor', 'other'] as const;
export type ResolutionCode = (typeof RESOLUTION_CODES)[number];

/**
 * Every kind of event an incident's timeline holds: the lifecycle moves, what check, ingest,
 * knowledge and problem management write, and what imports from other trackers write
 * (priority_changed, updated, imported). An import refuses any other kind.
 */
export const INCIDENT_EVENT_KINDS = [
  'opened', 'classified', 'assigned', 'escalated', 'held', 'resumed', 'noted', 'resolved', 'reopened', 'closed', 'cancelled',
  'repeated', 'breach', 'alert_cleared', 'kb_created', 'kb_used', 'problem_linked', 'problem_handoff',
  'priority_changed', 'updated', 'imported', 'due_recomputed', 'edited', 'linked', 'unlinked', 'attached',
] as const;

/** An incident as SPEC §3 names it: these are the stable JSON field names. */
export interface Incident {
  id: number;
  ref: string;
  title: string;
  description: string | null;
  status: Status;
  impact: Level | null;
  urgency: Level | null;
  priority: Priority | null;
  category: string | null;
  service: string | null;
  source: Source | null;
  reporter: string | null;
  assignee: string | null;
  team: string | null;
  escalationLevel: number;
  /** Who the incident is escalated to (a person, a team, a vendor); the assignee stays its owner. */
  escalatedTo: string | null;
  /** Expected recovery the latest escalation named. */
  escalationEta: string | null;
  tags: string[];
  dedupKey: string | null;
  occurrences: number;
  scope: string | null;
  detectedAt: string;
  openedAt: string;
  classifiedAt: string | null;
  escalatedAt: string | null;
  resolvedAt: string | null;
  closedAt: string | null;
  responseDueAt: string | null;
  resolveDueAt: string | null;
  resolution: string | null;
  resolutionCode: ResolutionCode | null;
  major: boolean;
  knowledge: string[];
  related: string[];
  problem: string | null;
  externalRef: string | null;
  createdBy: string;
  updatedAt: string;
  version: number;
}

/** Bookkeeping the store keeps beside the §3 fields; not part of the JSON contract. */
export interface IncidentState {
  heldFrom: Status | null;
  resolvedFrom: Status | null;
  holdStartedAt: string | null;
  heldSeconds: number;
  monitorUntil: string | null;
  problemHandoff: string | null;
  /** What the tracker an incident was imported from said (kept as it was, for reports). */
  sourcePriority: string | null;
  sourceSlaMet: boolean | null;
  sourceKnowledge: boolean;
  sourceProblem: string | null;
}

export type IncidentRecord = Incident & IncidentState;

/** One entry of an incident's timeline (append-only). */
export interface TimelineEvent {
  id?: number;
  at: string;
  actor: string;
  /** The name given with --actor when the database role that acted is another (a team database). */
  onBehalfOf?: string | null;
  /** The OS account that wrote it, `login:uid` (a SQLite file). */
  osUser?: string | null;
  kind: string;
  from: string | null;
  to: string | null;
  note: string | null;
  data: Record<string, unknown> | null;
}

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

/**
 * How two incidents are linked (SPEC §16). A link is stored one way, `from` → `to`: related (read
 * both ways), a duplicate of (`to` is the original), or parent (`to` is the parent of `from`).
 */
export const LINK_KINDS = ['related', 'duplicate', 'parent'] as const;
export type LinkKind = (typeof LINK_KINDS)[number];
export interface IncidentLink {
  from: number;
  to: number;
  kind: LinkKind;
}

/** An incident's links both ways, as `show` and its JSON name them. */
export interface IncidentLinks {
  related: string[];
  duplicateOf: string | null;
  duplicates: string[];
  parent: string | null;
  children: string[];
}

/** The orders `incident list --sort` offers. */
export const INCIDENT_SORTS = ['priority', 'opened', 'updated', 'due', 'id'] as const;
export type IncidentSort = (typeof INCIDENT_SORTS)[number];
