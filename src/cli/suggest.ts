import { similar } from '../app/search.js';
import type { IncidentRecord } from '../core/incident.js';
import { truncate } from '../render/text.js';
import type { Context } from './context.js';

/** One similar knowledge entry or past incident, as `--json` shows it under `suggestions`. */
export interface Suggestion {
  ref: string;
  kind: 'incident' | 'knowledge';
  title: string;
  status: string;
  score: number;
}

/** A suggestion with when its entry last changed (an incident's resolution): not in --json. */
type Found = Suggestion & { at: string };

/**
 * Similar entries for an incident just opened or classified (SPEC §5, §7), from the search index.
 * Looked up only when someone will see them: `--json`, or a person at a terminal (stderr).
 */
export async function suggestionsFor(ctx: Context, incident: IncidentRecord): Promise<Suggestion[] | undefined> {
  const wanted = ctx.json || (!ctx.quiet && !!ctx.rt.stderr.isTTY);
  if (!wanted) return undefined;
  return (await similar(await ctx.store(), incident.title, incident.description, { exclude: incident.id, limit: 3 })).map((h) => {
    const s: Found = { ref: h.doc.ref, kind: h.doc.kind, title: h.doc.title, status: h.doc.status, score: Number(h.score.toFixed(6)), at: h.doc.at };
    // Kept for notSeenAtOpen, left out of --json.
    Object.defineProperty(s, 'at', { enumerable: false });
    return s;
  });
}

/**
 * What classify shows a person (docs/commands.md): the person who opened the incident saw the
 * suggestions open found then, so only entries added, changed or resolved since it was opened are
 * new to them; anyone else (a colleague, or the person after `monitoring` opened it) sees them all.
 */
export async function notSeenAtOpen(ctx: Context, incident: IncidentRecord, list: Suggestion[] | undefined): Promise<Suggestion[] | undefined> {
  // Who opened it as the database records it: on a server the role, whatever name was given (SPEC §15).
  if (!list || incident.createdBy !== (await ctx.store()).dialect.whoActs(ctx.actor).actor) return list;
  return list.filter((s) => (s as Found).at > incident.openedAt);
}

/** The suggestions for people, on stderr (stdout stays the command's own output). */
export function showSuggestions(ctx: Context, list: Suggestion[] | undefined): void {
  if (!list?.length || ctx.json || ctx.quiet || !ctx.rt.stderr.isTTY) return;
  const c = ctx.err;
  const w = Math.max(...list.map((s) => s.ref.length));
  const lines = [c.bold(ctx.t('suggest.heading'))];
  for (const s of list) lines.push(`  ${c.cyan(s.ref.padEnd(w))}  ${s.status.padEnd(9)}  ${truncate(s.title, 70)}`);
  ctx.rt.stderr.write(lines.join('\n') + '\n');
}
