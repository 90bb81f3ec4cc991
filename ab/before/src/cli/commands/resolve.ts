import type { Command } from 'commander';
import { resolveIncident, prepareChange } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { duration, incidentId, long, resolutionCode } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';

/** Default watch period before close (SPEC §5: 3 days). */
export const DEFAULT_MONITOR_SECONDS = 3 * 86400;

export interface ResolveOptions {
  resolution?: string;
  code?: string;
  monitor?: string;
}

export async function runResolve(ctx: Context, opts: ResolveOptions, id: string): Promise<void> {
  const ref = incidentId(id);
  const code = resolutionCode(opts.code);
  const monitorSeconds = duration(opts.monitor, 'monitor') ?? DEFAULT_MONITOR_SECONDS;
  if (opts.resolution === undefined && ctx.canPrompt) ctx.seen = prepareChange(ctx.change(), ref, 'resolve');
  const text = await ctx.required(opts.resolution, '--resolution', 'prompt.resolution', (p) => p.text(ctx.t('prompt.resolution'), { required: true }));
  const incident = resolveIncident(ctx.change(), ref, { resolution: long(text, '--resolution') as string, code, monitorSeconds });
  printChanged(ctx, incident, 'resolve.done');
}

export function register(program: Command, rt: Runtime): void {
  program
    .command('resolve')
    .summary('record that service is restored and what was done (解消)')
    .argument('<id>', 'incident, e.g. INC-12')
    .option('-r, --resolution <text>', 'what was done to restore service (required)')
    .option('--code <code>', 'fixed | workaround | no-fault-found | duplicate | user-error | vendor | other (default fixed)')
    .option('--monitor <duration>', 'watch period before close, e.g. 24h (default 3d)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ incident resolve INC-12 --resolution "証明書を更新し、VPN を再起動" --code fixed\n  $ incident resolve INC-12 --resolution "restarted spooler" --code workaround --monitor 24h',
    )
    .action(action<ResolveOptions>(rt, (ctx, opts, args) => runResolve(ctx, opts, args[0])));
}
