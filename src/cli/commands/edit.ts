import type { Command } from 'commander';
import { editIncident, prepareChange, type EditInput } from '../../app/incidents.js';
import { usageError } from '../../core/errors.js';
import type { IncidentRecord } from '../../core/incident.js';
import { LEVELS, type Level } from '../../core/priority.js';
import { applyEntryRules } from '../../core/rules.js';
import { cleanText, normaliseTags, parseInteger } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId, level } from '../inputs.js';
import { printChanged } from '../print.js';
import { action, collect } from '../program.js';
import type { HelpTable } from '../help.js';

export interface EditOptions {
  title?: string;
  description?: string;
  scope?: string;
  category?: string;
  service?: string;
  tag?: string[];
  impact?: string;
  urgency?: string;
  expectVersion?: string;
}

/** The fields a person types as text, in the order they are asked for, and how long they may be. */
const TEXTS = [
  ['description', 'text'],
  ['scope', 'text'],
  ['category', 'short'],
  ['service', 'short'],
] as const;

/** In an edit, an empty value clears an optional field (as `kb edit`). */
const clearable = (v: string | undefined, flag: string, kind: 'short' | 'text') => (v === undefined ? undefined : v.trim() === '' ? null : cleanText(v, flag, kind));
const tagList = (values: string[]) => (values.every((t) => !t.trim()) ? [] : normaliseTags(values));

/** What the flags ask to change; fields not named stay out. */
function fromFlags(opts: EditOptions): EditInput {
  const input: EditInput = {};
  if (opts.title !== undefined) input.title = cleanText(opts.title, '--title', 'title');
  for (const [f, kind] of TEXTS) {
    const v = clearable(opts[f], `--${f}`, kind);
    if (v !== undefined) input[f] = v;
  }
  if (opts.tag) input.tags = tagList(opts.tag);
  const impact = level(opts.impact, 'impact');
  const urgency = level(opts.urgency, 'urgency');
  if (impact) input.impact = impact;
  if (urgency) input.urgency = urgency;
  return input;
}

/** On a terminal with no field given: each field in turn, its current value the default. */
async function fromPrompts(ctx: Context, current: IncidentRecord): Promise<EditInput> {
  const p = await ctx.prompter();
  const keep = ctx.t('edit.keep');
  const input: EditInput = {};
  input.title = cleanText(await p.text(ctx.t('prompt.title'), { required: true, default: current.title }), '--title', 'title');
  for (const [f, kind] of TEXTS) {
    const answer = await p.text(`${ctx.t(`edit.prompt.${f}`)} ${keep}`, { default: current[f] ?? undefined });
    input[f] = answer === '-' ? null : answer === '' ? current[f] : cleanText(answer, `--${f}`, kind);
  }
  const tags = await p.text(`${ctx.t('edit.prompt.tags')} ${keep}`, { default: current.tags.join(', ') || undefined });
  input.tags = tags === '-' ? [] : tags === '' ? current.tags : tagList([tags]);
  for (const f of ['impact', 'urgency'] as const) {
    // An incident not yet classified keeps "not set" unless a level is chosen.
    const choices: { value: Level | ''; name: string }[] = LEVELS.map((l) => ({ value: l, name: ctx.t(`prompt.level.${l}`) }));
    if (!current[f]) choices.unshift({ value: '', name: ctx.t('edit.notSet') });
    const answer = await p.choice<Level | ''>(ctx.t(`prompt.${f}`), choices, current[f] ?? '');
    if (answer) input[f] = answer;
  }
  return input;
}

export async function runEdit(ctx: Context, opts: EditOptions, id: string): Promise<void> {
  const expected = opts.expectVersion === undefined ? undefined : parseInteger(opts.expectVersion, 'expect-version', 1, Number.MAX_SAFE_INTEGER);
  let input = fromFlags(opts);
  const ref = await incidentId(ctx, id);
  if (!Object.keys(input).length) {
    if (!ctx.canPrompt) throw usageError('edit.nothingToChange');
    // Checked before the questions (nobody should type into a closed incident); the answers are
    // refused if someone changes the incident meanwhile.
    const seen = await prepareChange(await ctx.change(), ref, 'edit');
    ctx.seen = seen;
    input = await fromPrompts(ctx, seen.incident);
  }
  // The team's entry rules, as at open (SPEC §11): a cleared category or service is not checked.
  const ruled = applyEntryRules(
    (await ctx.config()).entryRules(),
    { title: input.title, category: input.category ?? undefined, service: input.service ?? undefined, tags: input.tags },
    (key, params) => ctx.info(key, params),
  );
  for (const f of ['title', 'category', 'service', 'tags'] as const) if (input[f] !== undefined && input[f] !== null) (input as Record<string, unknown>)[f] = ruled[f];
  const { incident, changes } = await editIncident(await ctx.change(), ref, input, expected);
  const fields = Object.keys(changes);
  if (!fields.length) {
    ctx.info('edit.unchanged', { ref: incident.ref });
    if (ctx.json || ctx.quiet) printChanged(ctx, incident, 'edit.done', { changes });
    return;
  }
  printChanged(ctx, incident, 'edit.done', { changes });
  if (!ctx.json && !ctx.quiet) ctx.info('edit.changed', { fields: fields.join(', ') });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['edit'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('edit')
    .summary('correct an incident: title, description, scope, category, service, tags, impact/urgency')
    .description(
      'Correct what was recorded about an incident (not closed or cancelled). An empty value clears a field (--scope ""). ' +
        'A new impact or urgency derives the priority again and moves the SLA due times. Each changed field is a timeline event ' +
        'with its value before and after. On a terminal with no field given it asks for each in turn, showing the current value; ' +
        'if someone changed the incident meanwhile, the change is refused (exit 4), not overwritten.',
    )
    .argument('<id>', 'incident, e.g. INC-12 or 12')
    .option('--title <text>', 'what is wrong, in one line')
    .option('-d, --description <text>', 'what was seen, error messages, who reported it')
    .option('--scope <text>', 'how far it spreads: users, departments, systems')
    .option('-c, --category <name>', 'category')
    .option('-s, --service <name>', 'affected service')
    .option('--tag <tag>', 'the tags (repeatable, or comma-separated): they replace the current ones; --tag "" clears them', collect)
    .option('-i, --impact <level>', 'high | medium | low (also 1|2|3, 高|中|低)')
    .option('-u, --urgency <level>', 'high | medium | low (also 1|2|3, 高|中|低)')
    .option('--expect-version <n>', 'refuse (exit 4) unless the incident is still at this version')
    .addHelpText(
      'after',
      `
Examples:
  $ incident edit INC-12
  $ incident edit INC-12 --title "VPN: 大阪拠点から接続できない" --category network
  $ incident edit INC-12 --impact high --expect-version 3`,
    )
    .action(action<EditOptions>(rt, (ctx, opts, args) => runEdit(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  edit: 'インシデントを修正する: タイトル・詳細・影響範囲・カテゴリ・サービス・タグ・影響度/緊急度',
  'edit:description':
    '記録した内容を修正します(完了・取消のものは不可)。空の値で項目を消します(--scope "")。影響度か緊急度を変えると優先度を決め直し、' +
    'SLA 期限も動きます。変えた項目ごとに変更前と変更後をタイムラインに残します。端末で項目を指定しないと、現在の値を示して順に質問します。' +
    'その間に他の人が変更していれば拒否します(終了コード 4)。',
  'edit <id>': 'インシデント(例: INC-12 または 12)',
  'edit --title': '何が起きているかを一行で',
  'edit --description': '見えている事象、エラーメッセージ、報告者など',
  'edit --scope': '影響範囲: 利用者・部署・システム',
  'edit --category': 'カテゴリ',
  'edit --service': '影響を受けるサービス',
  'edit --tag': 'タグ(繰り返し指定、またはカンマ区切り): 今のタグと置き換え。--tag "" で消す',
  'edit --impact': 'high | medium | low(1|2|3、高|中|低 も可)',
  'edit --urgency': 'high | medium | low(1|2|3、高|中|低 も可)',
  'edit --expect-version': 'インシデントがこの版のままでなければ拒否する(終了コード 4)',
};
