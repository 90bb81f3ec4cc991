import { notAllowed } from './errors.js';
import type { TimelineEvent } from './incident.js';

/**
 * Problem management (問題管理): incident management restores service, problem management removes the
 * cause. A problem moves open → analysing → known_error → fixed → closed; this module is the law of
 * those moves, with no I/O (like core/lifecycle.ts for incidents).
 */

/** Every kind of event a problem's timeline holds (an import refuses any other). */
export const PROBLEM_EVENT_KINDS = ['opened', 'linked', 'unlinked', 'knowledge', 'handed_off', 'analysed', 'reopened', 'known_error', 'fixed', 'closed'] as const;
export const PROBLEM_STATUSES = ['open', 'analysing', 'known_error', 'fixed', 'closed'] as const;
export type ProblemStatus = (typeof PROBLEM_STATUSES)[number];
/** States in which the cause still needs work (`problem list`'s default view, with fixed). */
export const ACTIVE_PROBLEM_STATUSES: readonly ProblemStatus[] = ['open', 'analysing', 'known_error'];

export type ProblemMove = 'analyse' | 'known-error' | 'fix' | 'close' | 'close-unfixed' | 'link' | 'edit';

/**
 * The states each move may start from.
 * - `analyse` also takes a fixed problem back into analysis: the fix did not hold.
 * - `known-error` may be repeated to update the root cause or the workaround.
 * - `close` needs `fixed`; closing without a permanent fix (`close --reason`, e.g. the risk is
 *   accepted or the system is retired) is its own move, from the states before fixed.
 * - A closed problem is final: a cause that comes back is a new problem.
 */
export const PROBLEM_ALLOWED_FROM: Record<ProblemMove, readonly ProblemStatus[]> = {
  analyse: ['open', 'analysing', 'known_error', 'fixed'],
  'known-error': ['open', 'analysing', 'known_error'],
  fix: ['analysing', 'known_error'],
  close: ['fixed'],
  'close-unfixed': ['open', 'analysing', 'known_error'],
  link: ['open', 'analysing', 'known_error', 'fixed'],
  edit: ['open', 'analysing', 'known_error', 'fixed'],
};

const TARGET: Record<Exclude<ProblemMove, 'link' | 'edit'>, ProblemStatus> = {
  analyse: 'analysing',
  'known-error': 'known_error',
  fix: 'fixed',
  close: 'closed',
  'close-unfixed': 'closed',
};

export const canMoveProblem = (move: ProblemMove, from: ProblemStatus) => PROBLEM_ALLOWED_FROM[move].includes(from);

/** The state after a move (the move must be allowed). */
export function nextProblemStatus(move: ProblemMove, from: ProblemStatus): ProblemStatus {
  return move === 'link' || move === 'edit' ? from : TARGET[move];
}

/** The command that would make `move` possible from `status`, as the user would type it. */
export function problemSuggestion(move: ProblemMove, status: ProblemStatus, ref: string): string | null {
  if (status === 'closed') return `incident problem open "…" --from INC-…`;
  switch (move) {
    case 'fix':
      return status === 'open' ? `incident problem analyse ${ref} --root-cause "…"` : `incident problem close ${ref}`;
    case 'close':
      return `incident problem fix ${ref} --fix "…"`;
    case 'close-unfixed':
      return `incident problem close ${ref}`;
    case 'known-error':
      return status === 'fixed' ? `incident problem analyse ${ref} --note "the fix did not hold: …"` : null;
    default:
      return null;
  }
}

/** Throws exit 4 naming the current state and what to run, if the move is not allowed. */
export function assertProblemMove(move: ProblemMove, status: ProblemStatus, ref: string): void {
  if (canMoveProblem(move, status)) return;
  const next = problemSuggestion(move, status, ref) ?? '';
  const shown = move === 'close-unfixed' ? 'close --reason' : move;
  if (status === 'closed') throw notAllowed('problem.refusedFinal', { ref, status, move: shown, next });
  const needs = PROBLEM_ALLOWED_FROM[move].join('|');
  const hint = move === 'close' ? 'problem.closeUnfixedHint' : undefined;
  throw notAllowed(next ? 'problem.refused' : 'problem.refusedNoHint', { ref, status, move: shown, needs, next }, hint);
}

/** A problem as the JSON contract names it (SPEC §3 `PRB-n`; field names are stable). */
export interface Problem {
  id: number;
  ref: string;
  title: string;
  description: string | null;
  status: ProblemStatus;
  rootCause: string | null;
  workaround: string | null;
  /** The permanent fix. */
  fix: string | null;
  owner: string | null;
  category: string | null;
  service: string | null;
  /** Linked incidents, `INC-n`, oldest first. */
  incidents: string[];
  /** Linked knowledge entries, `KB-n` (the workaround's entry first). */
  knowledge: string[];
  /** Why it was closed without a permanent fix, or the closing note. */
  closeReason: string | null;
  openedAt: string;
  analysisStartedAt: string | null;
  knownErrorAt: string | null;
  fixedAt: string | null;
  closedAt: string | null;
  createdBy: string;
  updatedAt: string;
  version: number;
}

export type ProblemEvent = TimelineEvent;

/**
 * Recurrences before and after a fix, over windows of the same length: the `length` days since the
 * fix against the `length` days before it. `avoided` is the difference (negative when more came back
 * after the fix than before: the fix did not hold).
 */
export function recurrenceAroundFix(
  openedAt: readonly string[],
  fixedAt: string,
  now: Date,
): { windowDays: number; before: number; after: number; avoided: number } {
  const fix = Date.parse(fixedAt);
  const span = Math.max(0, now.getTime() - fix);
  let before = 0;
  let after = 0;
  for (const o of openedAt) {
    const t = Date.parse(o);
    if (t >= fix && t <= now.getTime()) after++;
    else if (t < fix && t >= fix - span) before++;
  }
  return { windowDays: Math.round((span / 86400000) * 10) / 10, before, after, avoided: before - after };
}

/** A linked incident as a problem shows it. */
export interface LinkedIncident {
  id: number;
  ref: string;
  title: string;
  status: string;
  priority: string | null;
  openedAt: string;
}
