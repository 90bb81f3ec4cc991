import { RESOLUTION_CODES, SOURCES, type ResolutionCode, type Source } from '../core/incident.js';
import { parseLevel, type Level } from '../core/priority.js';
import { findIncidentId } from '../app/incidents.js';
import { parseDuration, parseTime } from '../core/time.js';
import { usageError } from '../core/errors.js';
import { dateTime } from '../render/time.js';
import { cleanOptional, parseChoice, parseInteger } from '../core/validate.js';
import type { Context } from './context.js';

/** Flag values → domain values, shared by every command so each flag means one thing everywhere. */

export const level = (v: string | undefined, flag: 'impact' | 'urgency'): Level | undefined =>
  v === undefined ? undefined : parseLevel(v, flag);

/** The incident an id names, ours or another tracker's it was imported from (app/incidents.ts#findIncidentId). */
export const incidentId = async (ctx: Context, v: string): Promise<number> => findIncidentId({ store: await ctx.store() }, v);

/** Several ids in turn: the first that names nothing stops with its exit 3. */
export async function incidentIds(ctx: Context, values: readonly string[]): Promise<number[]> {
  const out: number[] = [];
  for (const v of values) out.push(await incidentId(ctx, v));
  return out;
}

export const source = (v: string | undefined): Source | undefined => (v === undefined ? undefined : parseChoice(v, 'source', SOURCES));

export const resolutionCode = (v: string | undefined): ResolutionCode | undefined =>
  v === undefined ? undefined : parseChoice(v, 'code', RESOLUTION_CODES);

export const time = (ctx: Context, v: string | undefined, flag: string): Date | undefined =>
  v === undefined ? undefined : parseTime(v, ctx.now(), flag);

/** A time that has already come: when something was seen can't be later than now. */
export const pastTime = (ctx: Context, v: string | undefined, flag: string): Date | undefined => {
  const t = time(ctx, v, flag);
  if (t && t.getTime() > ctx.now().getTime()) throw usageError('error.futureTime', { flag, value: v, at: dateTime(t) }); // local time, as the user typed it
  return t;
};

/**
 * The states a list shows: `--status` (repeatable or comma-separated, each one checked), `--all`
 * (every state: an empty list), else `defaults`. Both at once is a usage error: each chooses the
 * states, and a script that says both would otherwise get one of them silently.
 */
export function listStatuses<S extends string>(status: string[] | undefined, all: boolean | undefined, known: readonly S[], defaults: readonly S[]): S[] {
  const asked = status?.flatMap((s) => s.split(',')).map((s) => parseChoice(s, 'status', known));
  if (all && asked?.length) throw usageError('error.allAndStatus');
  return all ? [] : asked?.length ? asked : [...defaults];
}

export const duration = (v: string | undefined, flag: string): number | undefined => (v === undefined ? undefined : parseDuration(v, flag));

/** Short free-text fields (names, categories): one line, trimmed, no control characters. */
export const short = (v: string | undefined, flag: string) => cleanOptional(v, flag, 'short');
/** Long free text (descriptions, notes, resolutions): line breaks kept. */
export const long = (v: string | undefined, flag: string) => cleanOptional(v, flag, 'text');

/** SPEC §5: a list (`list`, `kb list`, `problem list`) shows 50 rows unless `--limit` says (0: every one). */
export const DEFAULT_LIST_LIMIT = 50;

/**
 * The rows a list asks the store for: `--limit` as given, else one past the default, so that the
 * list can tell whether it left some out (cutToLimit); a person or a script would not know.
 */
export const listLimit = (v: string | undefined): number =>
  v === undefined ? DEFAULT_LIST_LIMIT + 1 : parseInteger(v, 'limit', 0, 1_000_000_000);

/** The rows to show, and whether the default limit left some out (then the list says so on stderr). */
export function cutToLimit<T>(rows: T[], limit: string | undefined): { rows: T[]; leftOut: boolean } {
  const leftOut = limit === undefined && rows.length > DEFAULT_LIST_LIMIT;
  return { rows: leftOut ? rows.slice(0, DEFAULT_LIST_LIMIT) : rows, leftOut };
}
