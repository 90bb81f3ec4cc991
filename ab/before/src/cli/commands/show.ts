import type { Command } from 'commander';
import type { Runtime } from '../../io/runtime.js';
import { renderIncidentDetail } from '../../render/incident.js';
import { toPublic } from '../../store/incidents.js';
import type { Context } from '../context.js';
import { loadIncident } from '../../app/incidents.js';
import { incidentId } from '../inputs.js';
import { action } from '../program.js';

export async function runShow(ctx: Context, id: string): Promise<void> {
  const format = ctx.format(['table', 'md', 'json']);
  const c = ctx.change();
  const incident = loadIncident(c, incidentId(id));
  const timeline = c.store.incidents.timeline(incident.id);
  if (ctx.quiet && format !== 'json') return ctx.print(incident.ref);
  if (format === 'json') return ctx.printJson({ ...toPublic(incident), timeline });
  if (format === 'md') {
    const { renderCompletionReport } = await import('../../render/report.js');
    return ctx.print(renderCompletionReport(incident, timeline, { t: ctx.t, now: ctx.now() }));
  }
  ctx.rt.stdout.write(renderIncidentDetail(incident, timeline, { t: ctx.t, chalk: ctx.out, now: ctx.now() }));
}

export function register(program: Command, rt: Runtime): void {
  program
    .command('show')
    .summary('all fields and the timeline of an incident (--format md: completion report)')
    .argument('<id>', 'incident, e.g. INC-12')
    .addHelpText('after', '\nExamples:\n  $ incident show INC-12\n  $ incident show 12 --json | jq .timeline\n  $ incident show INC-12 --format md > report.md')
    .action(action<object>(rt, (ctx, _opts, args) => runShow(ctx, args[0])));
}
