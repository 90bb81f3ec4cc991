import { knownErrorsFor } from '../app/problems.js';
import type { IncidentRecord } from '../core/incident.js';
import { truncate } from '../render/text.js';
import type { Context } from './context.js';

/**
 * Flags an incident that matches a known error (`INC-7 matches PRB-4 (known error): …` and its
 * workaround, on stderr) and answers the problems' refs for `--json` (`knownErrors`). Shown even
 * when piped: a known error's workaround is what the person or the script needs next. `tell` says
 * it: called after the command's own line, so a terminal reads "opened INC-7" before "INC-7 matches".
 */
export async function flagKnownErrors(ctx: Context, incident: IncidentRecord): Promise<{ refs: string[]; tell: () => void }> {
  const matches = await knownErrorsFor(await ctx.store(), incident);
  const tell = () => {
    for (const p of matches) {
      ctx.info('problem.matchesKnownError', { incident: incident.ref, ref: p.ref, title: p.title });
      if (p.workaround) ctx.info('problem.matchesWorkaround', { workaround: truncate(p.workaround, 200) });
    }
  };
  return { refs: matches.map((p) => p.ref), tell };
}
