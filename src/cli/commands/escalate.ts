import type { Command } from 'commander';
import { escalateIncident, prepareChange } from '../../app/incidents.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { duration, incidentId, long, short } from '../inputs.js';
import { printChanged } from '../print.js';
import { action, collect } from '../program.js';
import type { HelpTable } from '../help.js';

export interface EscalateOptions {
  to?: string;
  assignee?: string;
  team?: string;
  reason?: string;
  notify?: string[];
  eta?: string;
  major?: boolean;
}

export async function runEscalate(ctx: Context, opts: EscalateOptions, id: string): Promise<void> {
  const to = short(opts.to, '--to');
  const assignee = short(opts.assignee, '--assignee');
  const team = short(opts.team, '--team');
  const notify = (opts.notify ?? []).map((d) => short(d, '--notify') as string);
  const etaSeconds = duration(opts.eta, 'eta');
  if (opts.reason === undefined && ctx.canPrompt) ctx.seen = await prepareChange(await ctx.change(), await incidentId(ctx, id), 'escalate');
  const reason = await ctx.required(opts.reason, '--reason', 'prompt.reason', (p) => p.text(ctx.t('prompt.reason'), { required: true }));
  const ref = await incidentId(ctx, id);
  const incident = await escalateIncident(await ctx.change(), ref, { to, assignee, team, reason: long(reason, '--reason') as string, notify, etaSeconds, major: opts.major });
  printChanged(ctx, incident, 'escalate.done', {});
  if (incident.major) ctx.hint('escalate.major', { ref: incident.ref });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['escalate'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('escalate')
    .summary('pass an incident up or across when it cannot be handled (エスカレーション)')
    .argument('<id>', 'incident, e.g. INC-12')
    .option('--to <who>', 'whom it is escalated to: a person, a team or a vendor (the assignee stays the owner)')
    .option('-a, --assignee <name>', 'a new owner as well (else the assignee stays)')
    .option('-t, --team <name>', 'a new owning team as well')
    .option('-r, --reason <text>', 'why it is escalated (required)')
    .option('--notify <dept>', 'department to inform (repeatable)', collect)
    .option('--eta <duration>', 'expected recovery, e.g. 4h')
    .option('--major', 'declare a major incident (never closed automatically)')
    .addHelpText(
      'after',
      '\nExamples:\n  $ incident escalate INC-12 --to vendor-support --reason "ISP side outage" --eta 4h\n  $ incident escalate INC-12 --to network-team --assignee suzuki --reason "hand over to the network on-call"\n  $ incident escalate INC-12 --major --notify 総務部 --reason "全社メール停止"',
    )
    .action(action<EscalateOptions>(rt, (ctx, opts, args) => runEscalate(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  escalate: '自分で対応できないときに上位・他チームへ引き継ぐ(エスカレーション)',
  'escalate <id>': 'インシデント(例: INC-12)',
  'escalate --to': 'エスカレーション先(人・チーム・ベンダー。担当者はそのまま)',
  'escalate --assignee': '担当者も変える(指定しなければ担当者はそのまま)',
  'escalate --team': '担当チームも変える',
  'escalate --reason': 'エスカレーションの理由(必須)',
  'escalate --notify': '連絡する部署(繰り返し指定可)',
  'escalate --eta': '復旧見込み(例: 4h)',
  'escalate --major': '重大インシデントとして宣言する(自動クローズされない)',
};
