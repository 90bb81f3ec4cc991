import type { Command } from 'commander';
import type { Runtime } from '../../io/runtime.js';
import { renderIncidentDetail } from '../../render/incident.js';
import { toPublic } from '../../core/incident.js';
import { incidentLinks, incidentTimeline } from '../../app/read.js';
import type { Context } from '../context.js';
import { loadIncident } from '../../app/incidents.js';
import { incidentId } from '../inputs.js';
import { parseIncidentRef } from '../../core/refs.js';
import { action } from '../program.js';
import { attachmentJson } from '../../render/attachment.js';
import { slaCalendars } from '../sla-calendars.js';
import type { HelpTable } from '../help.js';

export async function runShow(ctx: Context, id: string): Promise<void> {
  const format = ctx.format(['table', 'md', 'json']);
  // A malformed id is a usage error (exit 2) before the database is looked for.
  parseIncidentRef(id);
  // Reading only: no actor, clock or SLA targets (ctx.change() would read the settings for them).
  const c = { store: await ctx.store() };
  const incident = await loadIncident(c, await incidentId(ctx, id));
  const timeline = await incidentTimeline(c.store, incident.id);
  if (ctx.quiet && format !== 'json') return ctx.print(incident.ref);
  const links = await incidentLinks(c.store, incident);
  const attachments = await c.store.attachments.list(incident.id);
  if (format === 'json') return ctx.printJson({ ...toPublic(incident), ...links, timeline, attachments: attachments.map(attachmentJson) });
  if (format === 'md') {
    const { completionFacts } = await import('../../app/completion.js');
    const { renderCompletionReport } = await import('../../render/report.js');
    const calendars = await slaCalendars(ctx, incident, timeline);
    ctx.rt.stdout.write(renderCompletionReport(incident, timeline, { t: ctx.t, now: ctx.now(), lang: ctx.lang, calendars, ...(await completionFacts(c.store, incident, timeline)) }));
    return;
  }
  const calendars = await slaCalendars(ctx, incident, timeline);
  ctx.page(renderIncidentDetail(incident, timeline, { t: ctx.t, chalk: ctx.out, now: ctx.now(), lang: ctx.lang, width: ctx.width, calendars, links, attachments }));
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['show'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('show')
    .summary('all fields and the timeline of an incident (--format md: completion report)')
    .argument('<id>', 'incident, e.g. INC-12, or its id in the tracker it was imported from (INC0000045)')
    .addHelpText('after', '\nExamples:\n  $ incident show INC-12\n  $ incident show 12 --json | jq .timeline\n  $ incident show INC-12 --format md > report.md')
    .action(action<object>(rt, (ctx, _opts, args) => runShow(ctx, args[0]), 'rows'));
}

export const helpJa: HelpTable = {
  show: 'インシデントの全項目と経緯(--format md で完了報告)',
  'show <id>': 'インシデント(例: INC-12)',
};
