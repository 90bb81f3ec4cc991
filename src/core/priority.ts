import { usageError } from './errors.js';
import { lookup } from './lookup.js';

export const LEVELS = ['high', 'medium', 'low'] as const;
export type Level = (typeof LEVELS)[number];
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export type Priority = (typeof PRIORITIES)[number];

const LEVEL_ALIASES: Record<string, Level> = {
  high: 'high', h: 'high', '1': 'high', '高': 'high',
  medium: 'medium', med: 'medium', m: 'medium', '2': 'medium', '中': 'medium',
  low: 'low', l: 'low', '3': 'low', '低': 'low',
};

/** Reads impact or urgency: `high|medium|low`, `1|2|3` or `高|中|低` (SPEC §3). */
export function parseLevel(input: string, flag: 'impact' | 'urgency'): Level {
  const key = String(input).normalize('NFKC').trim().toLowerCase();
  const level = lookup(LEVEL_ALIASES, key);
  if (!level) throw usageError('error.badLevel', { flag, value: input });
  return level;
}

/** The ITIL matrix of SPEC §4: priority is derived from impact × urgency, never typed. */
export function derivePriority(impact: Level | null | undefined, urgency: Level | null | undefined): Priority | null {
  if (!impact || !urgency) return null;
  const score = LEVELS.indexOf(impact) + LEVELS.indexOf(urgency);
  return PRIORITIES[score];
}

/** Reads `P2`, `p2` or `2` (for filters such as `list --priority`). */
export function parsePriority(input: string): Priority {
  const key = String(input).normalize('NFKC').trim().toUpperCase().replace(/^P?/, 'P');
  if (!(PRIORITIES as readonly string[]).includes(key)) throw usageError('error.badPriority', { value: input });
  return key as Priority;
}
