import type { Command } from 'commander';
import { closeIncident } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId, long } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';

export interface CloseOptions {
  problem?: string | boolean;
  report?: boolean;
}

export async function runClose(ctx: Context, opts: CloseOptions, id: string): Promise<void> {
  const ref = incidentId(id);
  const problem = opts.problem === undefined ? undefined : opts.problem === true ? true : (long(String(opts.problem), '--problem') as string);
  const incident = closeIncident(ctx.change(), ref, { problem });
  if (opts.report && !ctx.json) {
    const { renderCompletionReport } = await import('../../render/report.js');
    ctx.print(renderCompletionReport(incident, ctx.store().incidents.timeline(incident.id), { t: ctx.t, now: ctx.now() }));
  } else {
    printChanged(ctx, incident, 'close.done');
  }
  if (incident.resolutionCode === 'workaround' && problem === undefined) ctx.hint('close.workaroundHint', { ref: incident.ref });
}

export function register(program: Command, rt: Runtime): void {
  program
    .command('close')
    .summary('close a resolved incident (完了), optionally handing it to problem management')
    .argument('<id>', 'incident, e.g. INC-12')
    .option('--problem [text]', 'hand off to problem management (問題管理), with what to investigate')
    .option('--report', 'print the completion report (Markdown)')
    .addHelpText('after', '\nExamples:\n  $ incident close INC-12 --report > INC-12.md\n  $ incident close INC-12 --problem "VPN 証明書の更新が手作業"')
    .action(action<CloseOptions>(rt, (ctx, opts, args) => runClose(ctx, opts, args[0])));
}
