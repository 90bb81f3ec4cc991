import { notAllowed } from './errors.js';

export const STATUSES = ['open', 'classified', 'escalated', 'on_hold', 'resolved', 'closed', 'cancelled'] as const;
export type Status = (typeof STATUSES)[number];
export const FINAL_STATUSES: readonly Status[] = ['closed', 'cancelled'];
/**
 * States in which the incident still needs work: list's and home's default view, dedup matching,
 * check, reports' active counts, the next due time. The one copy: store builds its SQL from it.
 */
export const ACTIVE_STATUSES: readonly Status[] = ['open', 'classified', 'escalated', 'on_hold'];
/** Whether an incident in this state still needs work (see ACTIVE_STATUSES). */
export const isActive = (status: string): boolean => (ACTIVE_STATUSES as readonly string[]).includes(status);
/**
 * States in which the SLA clock runs: active and not on hold (SPEC §8: time on hold does not
 * count). check's breaches and warnings, overdue, show's SLA lines; store builds its SQL from it.
 */
export const CLOCK_RUNNING_STATUSES: readonly Status[] = ACTIVE_STATUSES.filter((s) => s !== 'on_hold');
/** Whether the SLA clock runs for an incident in this state (see CLOCK_RUNNING_STATUSES). */
export const clockRunning = (status: string): boolean => (CLOCK_RUNNING_STATUSES as readonly string[]).includes(status);

export type Move = 'classify' | 'escalate' | 'hold' | 'resume' | 'resolve' | 'reopen' | 'close' | 'cancel' | 'note' | 'assign' | 'edit';

const NON_FINAL: readonly Status[] = ['open', 'classified', 'escalated', 'on_hold', 'resolved'];

/** SPEC §4, the law: the states each move may start from. */
export const ALLOWED_FROM: Record<Move, readonly Status[]> = {
  classify: ['open', 'classified', 'escalated'],
  escalate: ['open', 'classified', 'escalated', 'on_hold'],
  hold: ['classified', 'escalated'],
  resume: ['on_hold'],
  resolve: ['open', 'classified', 'escalated', 'on_hold'],
  reopen: ['resolved'],
  close: ['resolved'],
  cancel: ['open', 'classified', 'escalated', 'on_hold'],
  note: NON_FINAL,
  assign: NON_FINAL,
  // Correcting what was recorded: until the record is final (closed and cancelled ones are evidence).
  edit: NON_FINAL,
};

export interface LifecycleState {
  status: Status;
  /** The state `hold` left, where `resume` returns. */
  heldFrom?: Status | null;
  /** The state `resolve` left, where `reopen` returns. */
  resolvedFrom?: Status | null;
}

export const isFinal = (s: Status) => FINAL_STATUSES.includes(s);
export const canMove = (move: Move, from: Status) => ALLOWED_FROM[move].includes(from);

/** The state after a move (the move must be allowed). */
export function nextStatus(move: Move, state: LifecycleState): Status {
  const { status } = state;
  switch (move) {
    case 'classify':
      return status === 'escalated' ? 'escalated' : 'classified';
    case 'escalate':
      return 'escalated';
    case 'hold':
      return 'on_hold';
    case 'resume':
      return state.heldFrom ?? 'classified';
    case 'resolve':
      return 'resolved';
    case 'reopen':
      // SPEC §4: the state before resolve — on hold too (the clock stops again; `resume` goes on).
      return state.resolvedFrom ?? 'classified';
    case 'close':
      return 'closed';
    case 'cancel':
      return 'cancelled';
    case 'note':
    case 'assign':
    case 'edit':
      return status;
  }
}

const COMMANDS: Partial<Record<Move, (ref: string) => string>> = {
  reopen: (ref) => `incident reopen ${ref} --reason "…"`,
  resolve: (ref) => `incident resolve ${ref} --resolution "…"`,
  resume: (ref) => `incident resume ${ref}`,
  hold: (ref) => `incident hold ${ref} --reason "…"`,
  classify: (ref) => `incident classify ${ref} --impact … --urgency …`,
};

/** The move that leads from `status` towards a state `move` starts from. */
function stepTowards(move: Move, status: Status): Move | null {
  const needs = ALLOWED_FROM[move];
  if (status === 'resolved') return 'reopen';
  if (needs.includes('resolved')) return 'resolve';
  if (status === 'on_hold') return 'resume';
  if (needs.includes('on_hold')) return 'hold';
  if (status === 'open' && needs.includes('classified')) return 'classify';
  return null;
}

/**
 * The command that would make `move` possible from `status`, as the user would type it: one that is
 * itself possible now (resume on an open incident needs a hold, and a hold needs a classification
 * first: classify is what to run).
 */
export function suggestion(move: Move, status: Status, ref: string): string | null {
  if (isFinal(status)) return `incident open "…" --related ${ref}`;
  let step = stepTowards(move, status);
  for (let i = 0; step && !canMove(step, status) && i < 3; i++) step = stepTowards(step, status);
  return step && canMove(step, status) ? (COMMANDS[step]?.(ref) ?? null) : null;
}

/** Throws exit 4 with the current state and what to run, if the move is not allowed (SPEC §4). */
export function assertMove(move: Move, status: Status, ref: string): void {
  if (canMove(move, status)) return;
  const next = suggestion(move, status, ref);
  const needs = ALLOWED_FROM[move].join('|');
  if (isFinal(status)) throw notAllowed('lifecycle.refusedFinal', { ref, status, move, next: next ?? '' });
  throw notAllowed(next ? 'lifecycle.refused' : 'lifecycle.refusedNoHint', { ref, status, move, needs, next: next ?? '' });
}
