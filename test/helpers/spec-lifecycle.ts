import type { Move, Status } from '../../src/core/lifecycle.js';

/**
 * SPEC §4 written out by hand, the oracle of the lifecycle tests: the states as the SPEC lists them,
 * and the states each move is allowed from (note and assign: every state but closed and cancelled).
 * Never derived from the product's own table.
 */
export const SPEC_STATUSES: readonly Status[] = ['open', 'classified', 'escalated', 'on_hold', 'resolved', 'closed', 'cancelled'];
export const SPEC_NON_FINAL: readonly Status[] = ['open', 'classified', 'escalated', 'on_hold', 'resolved'];

export const SPEC_MOVES_FROM: Record<Move, readonly Status[]> = {
  classify: ['open', 'classified', 'escalated'],
  escalate: ['open', 'classified', 'escalated', 'on_hold'],
  hold: ['classified', 'escalated'],
  resume: ['on_hold'],
  resolve: ['open', 'classified', 'escalated', 'on_hold'],
  reopen: ['resolved'],
  close: ['resolved'],
  cancel: ['open', 'classified', 'escalated', 'on_hold'],
  note: SPEC_NON_FINAL,
  assign: SPEC_NON_FINAL,
  // §16 edit: every state but the final ones.
  edit: SPEC_NON_FINAL,
};
