import type { Command } from 'commander';
import { openIncident } from '../../app/incidents.js';
import { usageError } from '../../core/errors.js';
import { LEVELS, type Level } from '../../core/priority.js';
import { applyEntryRules } from '../../core/rules.js';
import { cleanText, normaliseTags } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentIds, level, long, pastTime, short, source } from '../inputs.js';
import { printChanged } from '../print.js';
import { action, collect } from '../program.js';
import { showSuggestions, suggestionsFor } from '../suggest.js';
import { flagKnownErrors } from '../known-errors.js';
import type { HelpTable } from '../help.js';
import type { IncidentRecord } from '../../core/incident.js';
import { localTime } from '../../render/incident.js';
import { duration } from '../../render/time.js';

export interface OpenOptions {
  description?: string;
  impact?: string;
  urgency?: string;
  category?: string;
  service?: string;
  source?: string;
  reporter?: string;
  assignee?: string;
  team?: string;
  scope?: string;
  tag?: string[];
  detectedAt?: string;
  related?: string[];
  dedupKey?: string;
  major?: boolean;
}

export async function runOpen(ctx: Context, opts: OpenOptions, titleArg?: string): Promise<void> {
  let title = titleArg;
  let { description, impact, urgency, category } = opts;
  // On a TTY with no title, ask for what a first report needs (SPEC §5).
  if (title === undefined && ctx.canPrompt) {
    const p = await ctx.prompter();
    const levels = LEVELS.map((l) => ({ value: l, name: ctx.t(`prompt.level.${l}`) }));
    title = await p.text(ctx.t('prompt.title'), { required: true });
    description ??= (await p.text(`${ctx.t('prompt.description')} ${ctx.t('prompt.skip')}`)) || undefined;
    impact ??= await p.choice<Level>(ctx.t('prompt.impact'), levels, 'medium');
    urgency ??= await p.choice<Level>(ctx.t('prompt.urgency'), levels, 'medium');
    category ??= (await p.text(`${ctx.t('prompt.category')} ${ctx.t('prompt.skip')}`)) || undefined;
  }
  if (title === undefined) throw usageError('error.missingValue', { what: ctx.t('prompt.title'), flag: 'TITLE' });

  // Validate everything before the first write.
  const input = applyEntryRules((await ctx.config()).entryRules(), {
    title: cleanText(title, 'TITLE', 'title'),
    description: long(description, '--description'),
    impact: level(impact, 'impact'),
    urgency: level(urgency, 'urgency'),
    category: short(category, '--category'),
    service: short(opts.service, '--service'),
    source: source(opts.source),
    reporter: short(opts.reporter, '--reporter'),
    assignee: short(opts.assignee, '--assignee'),
    team: short(opts.team, '--team'),
    scope: long(opts.scope, '--scope'),
    tags: normaliseTags(opts.tag ?? []),
    detectedAt: pastTime(ctx, opts.detectedAt, 'detected-at'),
    related: await incidentIds(ctx, opts.related ?? []),
    dedupKey: short(opts.dedupKey, '--dedup-key'),
    major: opts.major,
  }, (key, params) => ctx.info(key, params));
  const { incident, deduplicated } = await openIncident(await ctx.change(), input);
  const suggestions = await suggestionsFor(ctx, incident);
  const knownErrors = await flagKnownErrors(ctx, incident);
  printChanged(ctx, incident, deduplicated ? 'open.repeated' : 'open.opened', { deduplicated, ...(suggestions && { suggestions }), knownErrors: knownErrors.refs });
  knownErrors.tell();
  showSuggestions(ctx, suggestions);
  if (!deduplicated && !incident.priority) classifyHint(ctx, incident);
}

/** Opened without impact and urgency: only the response clock runs (SPEC §8); say so, and what to do. */
function classifyHint(ctx: Context, i: IncidentRecord): void {
  if (!i.responseDueAt) return ctx.hint('open.classifyHint', { ref: i.ref });
  const due = localTime(i.responseDueAt);
  ctx.hint('open.classifyHintDue', { ref: i.ref, due, left: duration((Date.parse(i.responseDueAt) - ctx.now().getTime()) / 1000, ctx.lang) });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['open'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('open')
    .summary('record a new incident (検出)')
    .description('Record a new incident. On a terminal with no TITLE it asks for title, description, impact, urgency and category.')
    .argument('[title]', 'what is wrong, in one line')
    .option('-d, --description <text>', 'what was seen, error messages, who reported it')
    .option('-i, --impact <level>', 'high | medium | low (also 1|2|3, 高|中|低)')
    .option('-u, --urgency <level>', 'high | medium | low (also 1|2|3, 高|中|低)')
    .option('-c, --category <name>', 'category, e.g. network, mail, account, security')
    .option('-s, --service <name>', 'affected service, e.g. VPN, Exchange')
    .option('--source <source>', 'how it was detected: user | monitoring | staff | vendor | other | mail')
    .option('--reporter <name>', 'who reported it')
    .option('-a, --assignee <name>', 'who handles it')
    .option('-t, --team <name>', 'team that handles it')
    .option('--scope <text>', 'how far it spreads: users, departments, systems')
    .option('--tag <tag>', 'tag (repeatable, or comma-separated)', collect)
    .option('--detected-at <time>', 'when the trouble began: ISO, "15m ago", "yesterday 9:00"')
    .option('--related <ref>', 'related incident, e.g. INC-12 (repeatable)', collect)
    .option('--dedup-key <key>', 'do not duplicate: an active incident with this key counts another occurrence')
    .option('--major', 'declare a major incident')
    .addHelpText(
      'after',
      `
Examples:
  $ incident open "VPN に接続できない" --impact high --urgency medium --category network
  $ id=$(incident open "Disk full on mail01" --source monitoring --dedup-key mail01-disk -q)`,
    )
    .action(action<OpenOptions>(rt, (ctx, opts, args) => runOpen(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  open: 'インシデントを起票する(検出)',
  'open:description': 'インシデントを起票します。端末で TITLE を省くと、タイトル・詳細・影響度・緊急度・カテゴリを順に質問します。',
  'open <title>': '何が起きているかを一行で',
  'open --description': '見えている事象、エラーメッセージ、報告者など',
  'open --impact': 'high | medium | low(1|2|3、高|中|低 も可)',
  'open --urgency': 'high | medium | low(1|2|3、高|中|低 も可)',
  'open --category': 'カテゴリ(例: network, mail, account, security)',
  'open --service': '影響を受けるサービス(例: VPN, Exchange)',
  'open --source': '検知経路: user | monitoring | staff | vendor | other | mail',
  'open --reporter': '報告者',
  'open --assignee': '担当者',
  'open --team': '担当チーム',
  'open --scope': '影響範囲: 利用者・部署・システム',
  'open --tag': 'タグ(繰り返し指定、またはカンマ区切り)',
  'open --detected-at': '発生時刻: ISO 形式、"15m ago"、"yesterday 9:00"',
  'open --related': '関連インシデント(例: INC-12、繰り返し指定可)',
  'open --dedup-key': '重複防止キー: このキーの未解決インシデントがあれば発生回数を加算',
  'open --major': '重大インシデントとして宣言する',
};
