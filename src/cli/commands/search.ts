import type { Command } from 'commander';
import { search } from '../../app/search.js';
import { usageError } from '../../core/errors.js';
import { closest } from '../../core/suggest.js';
import { STATUSES } from '../../core/lifecycle.js';
import { KNOWLEDGE_STATUSES } from '../../core/knowledge.js';
import type { DocKind } from '../../core/rank.js';
import { titleMarks } from '../../core/rank.js';
import { parseInteger } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import { hitColumns, hitJson, renderHits, type HitView } from '../../render/knowledge.js';
import { renderRows } from '../../render/rows.js';
import type { Context } from '../context.js';
import { short, time } from '../inputs.js';
import { action, collect } from '../program.js';
import type { HelpTable } from '../help.js';

export interface SearchOptions {
  kb?: boolean;
  incidents?: boolean;
  status?: string[];
  category?: string;
  since?: string;
  limit?: string;
  all?: boolean;
}

const ALL_STATUSES: readonly string[] = [...STATUSES, ...KNOWLEDGE_STATUSES];

export async function runSearch(ctx: Context, opts: SearchOptions, words: string[]): Promise<void> {
  if (opts.kb && opts.incidents) throw usageError('search.kindsConflict');
  const format = ctx.format();
  const statuses = (opts.status ?? []).flatMap((s) => s.split(',')).map((s) => {
    const v = s.normalize('NFKC').trim().toLowerCase();
    if (!ALL_STATUSES.includes(v)) {
      const suggestion = closest(v, ALL_STATUSES);
      throw usageError('search.badStatus', { choices: ALL_STATUSES.join(', '), value: s, flag: 'status', suggestion: suggestion ?? '' }, suggestion ? 'error.choiceDidYouMean' : undefined);
    }
    return v;
  });
  // --all means every state, as in list: the states named and every state cannot both be asked for.
  if (opts.all && statuses.length) throw usageError('error.allAndStatus');
  const incidentStatuses = statuses.filter((s) => (STATUSES as readonly string[]).includes(s));
  const knowledgeStatuses = statuses.filter((s) => (KNOWLEDGE_STATUSES as readonly string[]).includes(s));
  // --status names the kinds it filters: a kind none of its values belongs to is left out.
  let kinds: DocKind[] = opts.kb ? ['knowledge'] : opts.incidents ? ['incident'] : ['knowledge', 'incident'];
  if (statuses.length) kinds = kinds.filter((k) => (k === 'incident' ? incidentStatuses.length : knowledgeStatuses.length));
  const text = words.join(' ');
  const result = await search(await ctx.store(), text, {
    kinds,
    incidentStatuses,
    knowledgeStatuses,
    all: opts.all,
    category: short(opts.category, '--category'),
    since: time(ctx, opts.since, 'since')?.toISOString(),
    limit: opts.limit === undefined ? 20 : parseInteger(opts.limit, 'limit', 0, 10_000),
  });
  if (!result.query.include.length) ctx.hint('search.nothingToSearch');
  // The title as it was written (SPEC §7: ＶＰＮ stays ＶＰＮ), its matches marked on it.
  const views: HitView[] = result.hits.map((hit) => ({ hit, title: { text: hit.doc.title, marks: titleMarks(hit.doc.title, result.query) } }));
  if (ctx.quiet && format !== 'json') return views.length ? ctx.print(views.map((v) => v.hit.doc.ref).join('\n')) : undefined;
  if (format === 'json') return ctx.printJson(views.map(hitJson));
  if (format === 'table') {
    if (!views.length) return ctx.info('search.empty');
    return void ctx.rt.stdout.write(renderHits(views, { chalk: ctx.out, width: ctx.width, color: ctx.colorOut }));
  }
  ctx.rt.stdout.write(renderRows(hitColumns(ctx.t), views, { format, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t }));
}

/**
 * Lets query words start with `-` (`incident search VPN -証明書`, `-VPN`, a lone `-`): before commander
 * parses, the words after `search` that are not one of its options (or a global one) are moved
 * behind `--`, so no word is ever taken for an unknown option or for `-V`.
 */
export function protectQuery(argv: string[], program: Command, cmd: Command): void {
  const takesValue = (c: Command) => new Map(c.options.flatMap((o) => [o.long, o.short].filter(Boolean).map((f) => [f as string, o.required || o.optional])));
  const root = takesValue(program);
  const own = new Map([...root, ...takesValue(cmd), ['-h', false], ['--help', false]]);
  let i = 0;
  while (i < argv.length && argv[i] !== cmd.name()) {
    const a = argv[i];
    if (!a.startsWith('-') || a === '--') return;
    i += root.get(a) ? 2 : 1;
  }
  if (i >= argv.length) return;
  const options: string[] = [];
  const words: string[] = [];
  for (let j = i + 1; j < argv.length; j++) {
    const a = argv[j];
    if (a === '--') {
      words.push(...argv.slice(j + 1));
      break;
    }
    const flag = a.startsWith('--') ? a.split('=')[0] : a;
    if (own.has(flag)) {
      options.push(a);
      if (own.get(flag) && !a.includes('=') && j + 1 < argv.length) options.push(argv[++j]);
    } else words.push(a);
  }
  argv.splice(i + 1, argv.length, ...options, ...(words.length ? ['--', ...words] : []));
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['search'];

export function register(program: Command, rt: Runtime): void {
  const cmd = program
    .command('search')
    .summary('find knowledge entries and past incidents (Japanese and English)')
    .description(
      'Search knowledge entries and incidents (title, description, scope, resolution, notes). All words must match: ' +
        'a Japanese word inside longer text, an English word in its common forms. "exact phrase", -word to exclude, ' +
        'title: / category: / service: for one field, word* for an English prefix. Full-width and half-width, upper and ' +
        'lower case match each other. Ranked by relevance, then knowledge and resolved incidents first, then the most ' +
        'recent. Retired entries only with --all.',
    )
    .argument('<query...>', 'words to find, e.g. VPN 接続 or "証明書の期限"')
    .option('--kb', 'knowledge entries only')
    .option('--incidents', 'incidents only')
    .option('--status <status>', 'incident or knowledge status (repeatable): resolved, open, published, …', collect)
    .option('-c, --category <name>', 'in this category')
    .option('--since <time>', 'incidents opened (entries updated) at or after: ISO, "30d", "yesterday"')
    .option('-n, --limit <n>', 'at most n hits (default 20; 0 = all candidates)')
    .option('--all', 'every state: retired knowledge entries too (not with --status)')
    .addHelpText(
      'after',
      `
Examples:
  $ incident search VPN 接続
  $ incident search '"証明書の期限"' -テスト --kb
  $ incident search title:ログイン --status resolved --since 90d --json`,
    )
    .action(action<SearchOptions>(rt, (ctx, opts, args) => runSearch(ctx, opts, args.flat()), 'rows'));
  protectQuery(rt.argv, program, cmd);
}

export const helpJa: HelpTable = {
  search: 'ナレッジと過去のインシデントを検索する(日本語・英語)',
  'search:description':
    'ナレッジとインシデント(タイトル・詳細・影響範囲・解消内容・作業メモ)を検索します。すべての語を含むものが一致します。' +
    '日本語は長い文中の語句も、英語は語形の変化も一致します。"完全一致のフレーズ"、-語 で除外、title: / category: / service: で項目を指定、' +
    'word* で英語の前方一致。全角と半角、大文字と小文字は区別しません。関連度の高い順に、同程度ならナレッジと解消済みインシデントを先に、' +
    '次に新しいものを先に表示します。廃止したナレッジは --all のときだけ表示します。',
  'search <query>': '検索する語(例: VPN 接続、"証明書の期限")',
  'search --kb': 'ナレッジだけを検索する',
  'search --incidents': 'インシデントだけを検索する',
  'search --status': 'インシデントまたはナレッジの状態(繰り返し指定可): resolved, open, published など',
  'search --category': 'このカテゴリに絞る',
  'search --since': 'この時刻以降に起票したインシデント(更新したナレッジ): ISO 形式、"30d"、"yesterday"',
  'search --limit': '最大 n 件(既定 20、0 で候補をすべて)',
  'search --all': 'すべての状態: 廃止したナレッジも含める(--status とは併用不可)',
};
