import { notAllowed } from './errors.js';

/** A knowledge entry as SPEC §3 names it (plus `version`, for edits that must not overwrite). */
export interface Knowledge {
  id: number;
  ref: string;
  title: string;
  symptoms: string | null;
  cause: string | null;
  resolution: string | null;
  workaround: string | null;
  category: string | null;
  service: string | null;
  tags: string[];
  status: KnowledgeStatus;
  sourceIncident: string | null;
  uses: number;
  createdBy: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export const KNOWLEDGE_STATUSES = ['draft', 'published', 'retired'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** An incident an entry was created from, or served. */
export interface KnowledgeLink {
  incident: string;
  relation: 'created' | 'used';
  at: string;
}

/**
 * Draft → published → retired. A retired entry can be published again (it became true again);
 * a published one does not go back to draft.
 */
const MOVES: Record<KnowledgeStatus, readonly KnowledgeStatus[]> = {
  draft: ['draft', 'published', 'retired'],
  published: ['published', 'retired'],
  retired: ['retired', 'published'],
};

export function assertKnowledgeMove(ref: string, from: KnowledgeStatus, to: KnowledgeStatus): void {
  if (!MOVES[from].includes(to)) throw notAllowed('kb.badMove', { ref, from, to, allowed: MOVES[from].filter((s) => s !== from).join(', ') });
}
