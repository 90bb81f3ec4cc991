import type { Command } from 'commander';
import { classifyIncident, prepareChange } from '../../app/incidents.js';
import { usageError } from '../../core/errors.js';
import { LEVELS, type Level } from '../../core/priority.js';
import { applyEntryRules } from '../../core/rules.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId, level, long, short } from '../inputs.js';
import { printChanged } from '../print.js';
import { action } from '../program.js';
import { notSeenAtOpen, showSuggestions, suggestionsFor } from '../suggest.js';
import { flagKnownErrors } from '../known-errors.js';
import type { HelpTable } from '../help.js';

export interface ClassifyOptions {
  impact?: string;
  urgency?: string;
  category?: string;
  service?: string;
  assignee?: string;
  team?: string;
  scope?: string;
}

export async function runClassify(ctx: Context, opts: ClassifyOptions, id: string): Promise<void> {
  let impact = level(opts.impact, 'impact');
  let urgency = level(opts.urgency, 'urgency');
  const ref = await incidentId(ctx, id);
  if (!impact || !urgency) {
    // Classifying is giving the priority (impact × urgency): what the flags leave out must already
    // be on the incident, else it is asked for on a terminal, or refused — a classification without
    // a priority would stop the response clock with no target to meet.
    const seen = await prepareChange(await ctx.change(), ref, 'classify');
    impact ??= seen.incident.impact ?? undefined;
    urgency ??= seen.incident.urgency ?? undefined;
    if ((!impact || !urgency) && ctx.canPrompt) {
      ctx.seen = seen;
      const p = await ctx.prompter();
      const levels = LEVELS.map((l) => ({ value: l, name: ctx.t(`prompt.level.${l}`) }));
      impact ??= await p.choice<Level>(ctx.t('prompt.impact'), levels, 'medium');
      urgency ??= await p.choice<Level>(ctx.t('prompt.urgency'), levels, 'medium');
    }
    const missing = [!impact && '--impact', !urgency && '--urgency'].filter(Boolean).join(' ');
    if (missing) throw usageError('classify.needsLevels', { ref: seen.incident.ref, flags: missing });
  }
  const input = applyEntryRules((await ctx.config()).entryRules(), {
    impact,
    urgency,
    category: short(opts.category, '--category'),
    service: short(opts.service, '--service'),
    assignee: short(opts.assignee, '--assignee'),
    team: short(opts.team, '--team'),
    scope: long(opts.scope, '--scope'),
  });
  const incident = await classifyIncident(await ctx.change(), ref, input);
  const suggestions = await suggestionsFor(ctx, incident);
  const knownErrors = await flagKnownErrors(ctx, incident);
  printChanged(ctx, incident, 'classify.done', { ...(suggestions && { suggestions }), knownErrors: knownErrors.refs });
  knownErrors.tell();
  showSuggestions(ctx, await notSeenAtOpen(ctx, incident, suggestions));
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['classify'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('classify')
    .summary('set impact and urgency (→ priority), category, assignee (分類)')
    .description('Classify an incident: impact × urgency gives the priority and the SLA due times.')
    .argument('<id>', 'incident, e.g. INC-12 or 12')
    .option('-i, --impact <level>', 'high | medium | low (also 1|2|3, 高|中|低)')
    .option('-u, --urgency <level>', 'high | medium | low (also 1|2|3, 高|中|低)')
    .option('-c, --category <name>', 'category')
    .option('-s, --service <name>', 'affected service')
    .option('-a, --assignee <name>', 'who handles it')
    .option('-t, --team <name>', 'team that handles it')
    .option('--scope <text>', 'how far it spreads')
    .addHelpText('after', '\nExamples:\n  $ incident classify INC-12 --impact high --urgency high --assignee tanaka --team infra')
    .action(action<ClassifyOptions>(rt, (ctx, opts, args) => runClassify(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  classify: '影響度と緊急度(→ 優先度)、カテゴリ、担当者を設定する(分類)',
  'classify:description': 'インシデントを分類します。影響度 × 緊急度で優先度と SLA 期限が決まります。',
  'classify <id>': 'インシデント(例: INC-12 または 12)',
  'classify --impact': 'high | medium | low(1|2|3、高|中|低 も可)',
  'classify --urgency': 'high | medium | low(1|2|3、高|中|低 も可)',
  'classify --category': 'カテゴリ',
  'classify --service': '影響を受けるサービス',
  'classify --assignee': '担当者',
  'classify --team': '担当チーム',
  'classify --scope': '影響範囲',
};
