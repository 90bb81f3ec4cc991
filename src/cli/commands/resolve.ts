import type { Command } from 'commander';
import { resolveIncident, prepareChange } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { duration, incidentId, long, resolutionCode } from '../inputs.js';
import { printChanged } from '../print.js';
import { resolveWithKnowledge } from '../../app/resolve.js';
import { parseRef } from '../../core/refs.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

/** Default watch period before close (SPEC §5: 3 days). */
export const DEFAULT_MONITOR_SECONDS = 3 * 86400;

export interface ResolveOptions {
  resolution?: string;
  code?: string;
  monitor?: string;
  kb?: boolean;
  kbLink?: string;
}

export async function runResolve(ctx: Context, opts: ResolveOptions, id: string): Promise<void> {
  const code = resolutionCode(opts.code);
  const monitorSeconds = duration(opts.monitor, 'monitor') ?? (await ctx.config()).duration('resolve.monitor') ?? DEFAULT_MONITOR_SECONDS;
  if (opts.resolution === undefined && ctx.canPrompt) ctx.seen = await prepareChange(await ctx.change(), await incidentId(ctx, id), 'resolve');
  const text = await ctx.required(opts.resolution, '--resolution', 'prompt.resolution', (p) => p.text(ctx.t('prompt.resolution'), { required: true }));
  const ref = await incidentId(ctx, id);
  const kbLink = opts.kbLink === undefined ? undefined : parseRef('KB', opts.kbLink);
  // A parent's children still being worked on are resolved with it (SPEC §16).
  const children: string[] = [];
  const input = { resolution: long(text, '--resolution') as string, code, monitorSeconds, onChild: (child: { ref: string }) => void children.push(child.ref) };
  const withChildren = () => (children.length ? { resolvedChildren: children } : {});
  const saidChildren = (parent: string) => children.length && ctx.info('link.childrenResolved', { ref: parent, refs: children.join(', ') });
  if (!opts.kb && kbLink === undefined) {
    const resolved = await resolveIncident(await ctx.change(), ref, input);
    printChanged(ctx, resolved, 'resolve.done', withChildren());
    saidChildren(resolved.ref);
    return;
  }
  // The resolution and its knowledge links: one transaction, all or nothing.
  const r = await resolveWithKnowledge(await ctx.change(), ref, input, { create: opts.kb, used: kbLink });
  printChanged(ctx, r.incident, 'resolve.done', { ...(r.created && { createdKnowledge: r.created.ref }), ...withChildren() });
  saidChildren(r.incident.ref);
  if (r.used) ctx.info('kb.usedFor', { incident: r.incident.ref, ref: r.used.ref });
  if (r.created) ctx.hint('kb.createdFrom', { incident: r.incident.ref, ref: r.created.ref });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['resolve'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('resolve')
    .summary('record that service is restored and what was done (解消)')
    .argument('<id>', 'incident, e.g. INC-12')
    // No -r: it is --reason everywhere else (docs/commands.md, short flags).
    .option('--resolution <text>', 'what was done to restore service (required)')
    .option('--code <code>', 'fixed | workaround | no-fault-found | duplicate | user-error | vendor | other (default fixed)')
    .option('--monitor <duration>', 'watch period before close, e.g. 24h (default: config resolve.monitor, 3d)')
    .option('--kb', 'create a knowledge entry (draft) from this incident')
    .option('--kb-link <ref>', 'the knowledge entry that solved it, e.g. KB-3 (raises its uses)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ incident resolve INC-12 --resolution "証明書を更新し、VPN を再起動" --code fixed --kb\n  $ incident resolve INC-14 --resolution "restarted the print spooler" --code workaround --monitor 24h\n  $ incident resolve INC-13 --resolution "KB-3 の手順で解決" --kb-link KB-3',
    )
    .action(action<ResolveOptions>(rt, (ctx, opts, args) => runResolve(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  resolve: 'サービスの復旧と対応内容を記録する(解消)',
  'resolve <id>': 'インシデント(例: INC-12)',
  'resolve --resolution': 'サービス復旧のために行ったこと(必須)',
  'resolve --code': 'fixed | workaround | no-fault-found | duplicate | user-error | vendor | other(既定 fixed)',
  'resolve --monitor': '完了までの経過観察期間(例: 24h、既定: 設定 resolve.monitor、なければ 3d)',
  'resolve --kb': 'このインシデントからナレッジ(下書き)を作成する',
  'resolve --kb-link': '解消に使ったナレッジ(例: KB-3、その利用回数が増える)',
};
