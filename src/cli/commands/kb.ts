import type { Command } from 'commander';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { addKnowledge, editKnowledge, importKnowledge, linkKnowledge, loadKnowledge, retireKnowledge, type KnowledgeInput } from '../../app/knowledge.js';
import { usageError } from '../../core/errors.js';
import { KNOWLEDGE_STATUSES, type Knowledge, type KnowledgeStatus } from '../../core/knowledge.js';
import { parseRef } from '../../core/refs.js';
import { cleanText, normaliseTags, parseChoice, parseInteger, withoutBom } from '../../core/validate.js';
import { readAllBytes, type Runtime } from '../../io/runtime.js';
import { utf8Lines } from '../../io/lines.js';
import { knowledgeColumns, renderKnowledgeDetail } from '../../render/knowledge.js';
import { renderRows } from '../../render/rows.js';
import type { KnowledgePatch } from '../../app/knowledge.js';
import type { Translate } from '../../i18n/index.js';
import { knowledgeLinks, listKnowledge } from '../../app/read.js';
import type { Context } from '../context.js';
import { cutToLimit, DEFAULT_LIST_LIMIT, incidentId, listLimit, listStatuses, long, short } from '../inputs.js';
import { action, collect } from '../program.js';
import type { HelpTable } from '../help.js';
import { styled } from '../../core/controls.js';
import { readFailure } from '../../io/read-failure.js';

export interface KbFieldOptions {
  title?: string;
  symptoms?: string;
  cause?: string;
  resolution?: string;
  workaround?: string;
  category?: string;
  service?: string;
  tag?: string[];
  status?: string;
}

const kbId = (v: string) => parseRef('KB', v);
const kbStatus = (v: string | undefined): KnowledgeStatus | undefined => (v === undefined ? undefined : parseChoice(v, 'status', KNOWLEDGE_STATUSES));

/** The long text fields, in the order they are asked for. */
const TEXTS = ['symptoms', 'cause', 'resolution', 'workaround'] as const;
const SHORTS = ['category', 'service'] as const;

/** How a command reports the entry it changed: -q the ref, --json the entry, else one line. */
function printEntry(ctx: Context, k: Knowledge, key: 'kb.added' | 'kb.edited' | 'kb.retired'): void {
  if (ctx.quiet) return ctx.print(k.ref);
  if (ctx.json) return ctx.printJson(k);
  ctx.print(ctx.t(key, { ref: styled(ctx.out.bold(k.ref)), status: k.status, title: k.title }));
}

export async function runKbAdd(ctx: Context, opts: KbFieldOptions): Promise<void> {
  let { title } = opts;
  const asked: Partial<Record<(typeof TEXTS)[number] | (typeof SHORTS)[number], string>> = {};
  if (title === undefined && ctx.canPrompt) {
    const p = await ctx.prompter();
    title = await p.text(ctx.t('prompt.kb.title'), { required: true });
    for (const f of [...TEXTS, ...SHORTS]) {
      if (opts[f] === undefined) asked[f] = (await p.text(`${ctx.t(`prompt.kb.${f}`)} ${ctx.t('prompt.skip')}`)) || undefined;
    }
  }
  if (title === undefined) throw usageError('error.missingValue', { what: ctx.t('prompt.kb.title'), flag: '--title' });
  const value = (f: (typeof TEXTS)[number] | (typeof SHORTS)[number]) => opts[f] ?? asked[f];
  const input: KnowledgeInput = {
    title: cleanText(title, '--title', 'title'),
    symptoms: long(value('symptoms'), '--symptoms'),
    cause: long(value('cause'), '--cause'),
    resolution: long(value('resolution'), '--resolution'),
    workaround: long(value('workaround'), '--workaround'),
    category: short(value('category'), '--category'),
    service: short(value('service'), '--service'),
    tags: normaliseTags(opts.tag ?? []),
    // A new entry is a draft or published; retiring is for entries that were in use.
    status: opts.status === undefined ? 'draft' : parseChoice(opts.status, 'status', ['draft', 'published'] as const),
  };
  printEntry(ctx, await addKnowledge(await ctx.change(), input), 'kb.added');
}

export interface KbEditOptions extends KbFieldOptions {
  expectVersion?: string;
}

/** In an edit, an empty value clears an optional field. */
const clearable = (v: string | undefined, flag: string, kind: 'short' | 'text') => (v === undefined ? undefined : v.trim() === '' ? null : cleanText(v, flag, kind));

export async function runKbEdit(ctx: Context, opts: KbEditOptions, id: string): Promise<void> {
  const n = kbId(id);
  const expected = opts.expectVersion === undefined ? undefined : parseInteger(opts.expectVersion, 'expect-version', 1, Number.MAX_SAFE_INTEGER);
  const patch: KnowledgePatch = {};
  if (opts.title !== undefined) patch.title = cleanText(opts.title, '--title', 'title');
  for (const f of TEXTS) {
    const v = clearable(opts[f], `--${f}`, 'text');
    if (v !== undefined) patch[f] = v;
  }
  for (const f of SHORTS) {
    const v = clearable(opts[f], `--${f}`, 'short');
    if (v !== undefined) patch[f] = v;
  }
  if (opts.tag) patch.tags = opts.tag.every((t) => !t.trim()) ? [] : normaliseTags(opts.tag);
  if (opts.status !== undefined) patch.status = kbStatus(opts.status);

  let version = expected;
  if (!Object.keys(patch).length) {
    if (!ctx.canPrompt) throw usageError('kb.nothingToChange');
    // Interactive: show the current values; the version read now guards the write.
    const current = await loadKnowledge(await ctx.change(), n);
    version ??= current.version;
    const p = await ctx.prompter();
    const keep = ctx.t('prompt.kb.keep');
    const title = await p.text(ctx.t('prompt.kb.title'), { required: true, default: current.title });
    if (title !== current.title) patch.title = cleanText(title, '--title', 'title');
    for (const f of [...TEXTS, ...SHORTS]) {
      const answer = await p.text(`${ctx.t(`prompt.kb.${f}`)} ${keep}`, { default: current[f] ?? undefined });
      const next = answer === '-' ? null : answer === '' ? current[f] : answer;
      if (next !== current[f]) patch[f] = next === null ? null : cleanText(next, `--${f}`, f === 'category' || f === 'service' ? 'short' : 'text');
    }
    if (!Object.keys(patch).length) return printEntry(ctx, current, 'kb.edited');
  }
  printEntry(ctx, await editKnowledge(await ctx.change(), n, version, patch), 'kb.edited');
}

export interface KbListOptions {
  status?: string[];
  all?: boolean;
  category?: string;
  service?: string;
  sort?: string;
  limit?: string;
}

export async function runKbList(ctx: Context, opts: KbListOptions): Promise<void> {
  const format = ctx.format();
  const statuses = listStatuses(opts.status, opts.all, KNOWLEDGE_STATUSES, ['draft', 'published']);
  const found = await listKnowledge(await ctx.store(), {
    statuses,
    category: short(opts.category, '--category'),
    service: short(opts.service, '--service'),
    sort: opts.sort === undefined ? undefined : parseChoice(opts.sort, 'sort', ['updated', 'uses', 'id'] as const),
    limit: listLimit(opts.limit),
  });
  const { rows, leftOut } = cutToLimit(found, opts.limit);
  if (ctx.quiet && format !== 'json') return rows.length ? ctx.print(rows.map((r) => r.ref).join('\n')) : undefined;
  if (format === 'table' && !rows.length) return ctx.info('kb.empty');
  ctx.rt.stdout.write(renderRows(knowledgeColumns(ctx.t), rows, { format, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t, json: (k) => k }));
  if (leftOut) ctx.hint('kb.more', { shown: DEFAULT_LIST_LIMIT });
}

export async function runKbShow(ctx: Context, id: string): Promise<void> {
  const format = ctx.format(['table', 'json']);
  const kb = kbId(id);
  const c = await ctx.change();
  const entry = await loadKnowledge(c, kb);
  const links = await knowledgeLinks(c.store, entry.id);
  if (ctx.quiet && format !== 'json') return ctx.print(entry.ref);
  if (format === 'json') return ctx.printJson({ ...entry, incidents: links });
  ctx.rt.stdout.write(renderKnowledgeDetail(entry, links, { t: ctx.t, chalk: ctx.out }));
}

export async function runKbRetire(ctx: Context, id: string): Promise<void> {
  const kb = kbId(id);
  printEntry(ctx, await retireKnowledge(await ctx.change(), kb), 'kb.retired');
}

export async function runKbLink(ctx: Context, kb: string, incident: string): Promise<void> {
  const entry = kbId(kb);
  const r = await linkKnowledge(await ctx.change(), entry, await incidentId(ctx, incident));
  if (ctx.quiet) return ctx.print(r.entry.ref);
  if (ctx.json) return ctx.printJson({ ...r.entry, incident: r.incident, linked: r.added });
  ctx.print(ctx.t(r.added ? 'kb.linked' : 'kb.alreadyLinked', { kb: r.entry.ref, incident: r.incident, uses: r.entry.uses }));
}

/** The starter pack shipped with the package (data/starter-kb.jsonl). */
export function starterPath(): string {
  const here = fileURLToPath(import.meta.url);
  for (const up of ['../data/starter-kb.jsonl', '../../data/starter-kb.jsonl', '../../../data/starter-kb.jsonl']) {
    const p = fileURLToPath(new URL(up, `file://${here}`));
    if (existsSync(p)) return p;
  }
  throw usageError('kb.starterMissing', { path: 'data/starter-kb.jsonl' });
}

/** Reads and checks every line before anything is written: one bad line, nothing imported (exit 2). */
export function parseKnowledgeLines(text: string, path: string, t: Translate): KnowledgeInput[] {
  const out: KnowledgeInput[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const bad = (reason: string) => usageError('kb.importBadLine', { path, line: i + 1, reason });
    const badField = (field: string) => bad(t('kb.importBadField', { field }));
    let o: Record<string, unknown>;
    try {
      o = JSON.parse(line);
    } catch {
      throw bad(t('kb.importBadJson'));
    }
    if (!o || typeof o !== 'object' || Array.isArray(o)) throw bad(t('kb.importBadJson'));
    const text = (f: string, kind: 'title' | 'short' | 'text') => {
      const v = o[f];
      if (v === undefined || v === null || v === '') return null;
      if (typeof v !== 'string') throw badField(f);
      try {
        return cleanText(v, f, kind);
      } catch {
        throw badField(f);
      }
    };
    const title = text('title', 'title');
    if (!title) throw bad(t('kb.importNoTitle'));
    const tags = o.tags === undefined || o.tags === null ? [] : Array.isArray(o.tags) ? o.tags.map(String) : typeof o.tags === 'string' ? [o.tags] : null;
    if (!tags) throw badField('tags');
    const status = o.status === undefined || o.status === null ? undefined : String(o.status);
    if (status !== undefined && !(KNOWLEDGE_STATUSES as readonly string[]).includes(status)) throw bad(t('kb.importBadStatus'));
    out.push({
      title,
      symptoms: text('symptoms', 'text'),
      cause: text('cause', 'text'),
      resolution: text('resolution', 'text'),
      workaround: text('workaround', 'text'),
      category: text('category', 'short'),
      service: text('service', 'short'),
      tags: normaliseTags(tags.filter((t) => t.trim())),
      status: status as KnowledgeStatus | undefined,
    });
  });
  return out;
}

export async function runKbImport(ctx: Context, opts: { starter?: boolean }, file?: string): Promise<void> {
  if (!file && !opts.starter) throw usageError('kb.importNeedFile');
  const path = opts.starter && !file ? starterPath() : (file as string);
  let bytes: Buffer;
  try {
    bytes = path === '-' ? await readAllBytes(ctx.rt.stdin) : readFileSync(path);
  } catch (e) {
    throw usageError('error.readFile', { path, reason: readFailure(e) });
  }
  const decoded = utf8Lines(bytes);
  if ('badLine' in decoded) throw usageError('kb.importBadLine', { path, line: decoded.badLine, reason: ctx.t('kb.importBadUtf8') });
  // A byte-order mark (Windows Notepad) is not part of the first record, as in import and ingest.
  const text = withoutBom(decoded.text);
  const r = await importKnowledge(await ctx.change(), parseKnowledgeLines(text, path, ctx.t));
  if (ctx.quiet) return r.added.length ? ctx.print(r.added.map((k) => k.ref).join('\n')) : undefined;
  if (ctx.json) return ctx.printJson({ added: r.added.map((k) => k.ref), skipped: r.skipped });
  ctx.print(ctx.t('kb.imported', { added: r.added.length, skipped: r.skipped }));
}

function fieldOptions(cmd: Command): Command {
  return cmd
    .option('--title <text>', 'the symptom in one line, as people would search for it')
    .option('--symptoms <text>', 'what users see, error messages')
    .option('--cause <text>', 'why it happens')
    .option('--resolution <text>', 'how to fix it')
    .option('--workaround <text>', 'how to keep working meanwhile')
    .option('-c, --category <name>', 'category')
    .option('-s, --service <name>', 'service')
    .option('--tag <tag>', 'tag (repeatable, or comma-separated)', collect);
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['kb'];

export function register(program: Command, rt: Runtime): void {
  const kb = program
    .command('kb')
    .summary('knowledge entries: add, list, show, edit, retire, link, import (ナレッジ)')
    .description('Knowledge entries (KB-n): what to do when a symptom comes back. Draft → published → retired.');

  fieldOptions(kb.command('add').summary('add a knowledge entry (prompts on a terminal)'))
    .option('--status <status>', 'draft | published (default draft)')
    .addHelpText('after', '\nExamples:\n  $ incident kb add\n  $ incident kb add --title "VPN に接続できない" --cause "証明書の期限切れ" --resolution "証明書を再発行" --status published')
    .action(action<KbFieldOptions>(rt, (ctx, opts) => runKbAdd(ctx, opts)));

  kb.command('list')
    .alias('ls')
    .summary('list knowledge entries (default: draft and published)')
    .option('--status <status>', 'draft | published | retired (repeatable)', collect)
    .option('--all', 'every status')
    .option('-c, --category <name>', 'category')
    .option('-s, --service <name>', 'service')
    .option('--sort <key>', 'id | updated | uses (default id, newest first)')
    .option('-n, --limit <n>', 'at most n rows (default 50; 0 = no limit)')
    .addHelpText('after', '\nExamples:\n  $ incident kb list\n  $ incident kb list --sort uses --limit 10\n  $ incident kb list --status retired --format csv > retired-kb.csv')
    .action(action<KbListOptions>(rt, (ctx, opts) => runKbList(ctx, opts), 'rows'));

  kb.command('show')
    .summary('all fields of an entry and the incidents it served')
    .argument('<id>', 'entry, e.g. KB-3 or 3')
    .addHelpText('after', '\nExamples:\n  $ incident kb show KB-3\n  $ incident kb show 3 --json')
    .action(action<object>(rt, (ctx, _o, args) => runKbShow(ctx, args[0]), 'rows'));

  fieldOptions(
    kb
      .command('edit')
      .summary('change an entry (prompts on a terminal; refused if someone changed it meanwhile)')
      .description(
        'Change a knowledge entry. An empty value clears a field (--cause ""). On a terminal with no field given it asks for each ' +
          'in turn, showing the current value; if someone changed the entry meanwhile, the change is refused (exit 4), not overwritten.',
      ),
  )
    .argument('<id>', 'entry, e.g. KB-3')
    .option('--status <status>', 'draft | published | retired')
    .option('--expect-version <n>', 'refuse (exit 4) unless the entry is still at this version')
    .addHelpText('after', '\nExamples:\n  $ incident kb edit KB-3\n  $ incident kb edit KB-3 --status published\n  $ incident kb edit KB-3 --workaround "Web メールを使う" --expect-version 2')
    .action(action<KbEditOptions>(rt, (ctx, opts, args) => runKbEdit(ctx, opts, args[0])));

  kb.command('retire')
    .summary('retire an entry that no longer applies (hidden from search unless --all)')
    .argument('<id>', 'entry, e.g. KB-3')
    .addHelpText('after', '\nExamples:\n  $ incident kb retire KB-3')
    .action(action<object>(rt, (ctx, _o, args) => runKbRetire(ctx, args[0])));

  kb.command('link')
    .summary('record that an entry served an incident (raises its uses)')
    .argument('<kb>', 'entry, e.g. KB-3')
    .argument('<incident>', 'incident, e.g. INC-12')
    .addHelpText('after', '\nExamples:\n  $ incident kb link KB-3 INC-12')
    .action(action<object>(rt, (ctx, _o, args) => runKbLink(ctx, args[0], args[1])));

  kb.command('import')
    .summary('import entries from JSON Lines, or the bundled starter pack (--starter)')
    .description(
      'Import knowledge entries from a JSON Lines file, or the bundled starter pack. Entries whose title is already in the ' +
        'knowledge base are skipped; status defaults to published. Every line is checked first: one bad line, nothing imported (exit 2).',
    )
    .argument('[file]', 'JSON Lines file (- for stdin): one {"title", "symptoms", "cause", "resolution", "workaround", "category", "service", "tags", "status"} a line')
    .option('--starter', 'load the bundled starter pack of common IT incidents (Japanese and English)')
    .addHelpText('after', '\nExamples:\n  $ incident kb import --starter\n  $ incident kb import team-kb.jsonl')
    .action(action<{ starter?: boolean }>(rt, (ctx, opts, args) => runKbImport(ctx, opts, args[0])));
}

export const helpJa: HelpTable = {
  kb: 'ナレッジの追加・一覧・表示・編集・廃止・紐付け・取り込み',
  'kb:description': 'ナレッジ(KB-n): 同じ症状がまた起きたときにどうすればよいかの記録です。下書き(draft)→ 公開(published)→ 廃止(retired)。',
  'kb add': 'ナレッジを追加する(端末では質問形式で入力)',
  'kb add --title': '症状を一行で(検索されそうな言葉で)',
  'kb add --symptoms': '利用者に見えている症状、エラーメッセージ',
  'kb add --cause': '原因',
  'kb add --resolution': '解決手順',
  'kb add --workaround': '解決までの回避策(業務を続ける方法)',
  'kb add --category': 'カテゴリ',
  'kb add --service': 'サービス',
  'kb add --tag': 'タグ(繰り返し指定、またはカンマ区切り)',
  'kb add --status': 'draft | published(既定 draft)',
  'kb list': 'ナレッジの一覧(既定: 下書きと公開中)',
  'kb list --status': 'draft | published | retired(繰り返し指定可)',
  'kb list --all': 'すべての状態',
  'kb list --category': 'カテゴリ',
  'kb list --service': 'サービス',
  'kb list --sort': 'id | updated | uses(既定 id、新しい順)',
  'kb list --limit': '最大 n 行(既定 50、0 で無制限)',
  'kb show': 'ナレッジの全項目と、それが役立ったインシデント',
  'kb show <id>': 'ナレッジ(例: KB-3 または 3)',
  'kb edit': 'ナレッジを変更する(端末では質問形式。その間に他の人が変更していれば拒否)',
  'kb edit:description':
    'ナレッジを変更します。空の値を指定するとその項目を消去します(--cause "")。端末で項目を何も指定しないと、現在の値を示しながら' +
    '順に質問します。その間に他の人がナレッジを変更していた場合は、上書きせずに拒否します(終了コード 4)。',
  'kb edit <id>': 'ナレッジ(例: KB-3)',
  'kb edit --title': '症状を一行で(検索されそうな言葉で)',
  'kb edit --symptoms': '利用者に見えている症状、エラーメッセージ',
  'kb edit --cause': '原因',
  'kb edit --resolution': '解決手順',
  'kb edit --workaround': '解決までの回避策(業務を続ける方法)',
  'kb edit --category': 'カテゴリ',
  'kb edit --service': 'サービス',
  'kb edit --tag': 'タグ(繰り返し指定、またはカンマ区切り)',
  'kb edit --status': 'draft | published | retired',
  'kb edit --expect-version': 'ナレッジがこの版のままでなければ拒否する(終了コード 4)',
  'kb retire': '当てはまらなくなったナレッジを廃止する(検索には --all のときだけ出る)',
  'kb retire <id>': 'ナレッジ(例: KB-3)',
  'kb link': 'ナレッジがインシデントの解消に役立ったことを記録する(利用回数が増える)',
  'kb link <kb>': 'ナレッジ(例: KB-3)',
  'kb link <incident>': 'インシデント(例: INC-12)',
  'kb import': 'JSON Lines からナレッジを取り込む(--starter で同梱のスターターパック)',
  'kb import:description':
    'ナレッジを JSON Lines ファイルまたは同梱のスターターパックから取り込みます。同じタイトルのナレッジが既にあれば省略し、' +
    '状態の既定は published です。先に全行を確認し、読めない行が 1 行でもあれば何も取り込みません(終了コード 2)。',
  'kb import <file>':
    'JSON Lines ファイル(- で標準入力)。1 行に 1 件: {"title", "symptoms", "cause", "resolution", "workaround", "category", "service", "tags", "status"}',
  'kb import --starter': 'よくある IT 障害のスターターパック(日本語・英語)を読み込む',
};
