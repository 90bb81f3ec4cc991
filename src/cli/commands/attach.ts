import type { Command } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { assertSizes, attachFiles, attachmentBytes, findAttachment, type NewFile } from '../../app/attachments.js';
import { loadIncident } from '../../app/records.js';
import { formatSize } from '../../core/config.js';
import { mediaTypeOf } from '../../core/attachment.js';
import { usageError } from '../../core/errors.js';
import { cleanText } from '../../core/validate.js';
import { openOutputFile } from '../../io/output-file.js';
import type { Runtime } from '../../io/runtime.js';
import { renderRows, type Column } from '../../render/rows.js';
import type { Attachment } from '../../core/attachment.js';
import { attachmentJson } from '../../render/attachment.js';
import type { Context } from '../context.js';
import type { HelpTable } from '../help.js';
import { incidentId } from '../inputs.js';
import { action } from '../program.js';
import { readFailure } from '../../io/read-failure.js';

/**
 * Every FILE read before anything is written: a missing or unreadable one, a directory, or one over
 * attachment.maxSize is exit 2 with one line naming it, and nothing is attached.
 */
function readFiles(paths: readonly string[], maxSize: number): NewFile[] {
  const sizes = paths.map((path) => {
    try {
      const st = statSync(path);
      if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
      return { path, name: basename(path), size: st.size };
    } catch (e) {
      throw unreadable(path, e);
    }
  });
  // Sizes first, from the file system: a 4 GB file is refused without reading it.
  assertSizes(sizes, maxSize);
  return sizes.map(({ path }) => {
    let data: Buffer;
    try {
      data = readFileSync(path);
    } catch (e) {
      throw unreadable(path, e);
    }
    const name = cleanText(basename(path), 'FILE');
    return { name, data, mediaType: mediaTypeOf(name, data) };
  });
}

function unreadable(path: string, e: unknown) {
  return usageError('error.readFile', { path, reason: readFailure(e) }, 'attach.nothingWritten');
}

export async function runAttach(ctx: Context, id: string, files: string[]): Promise<void> {
  const change = await ctx.change();
  const maxSize = change.config!.bytes('attachment.maxSize');
  const incident = await incidentId(ctx, id);
  const result = await attachFiles(change, incident, readFiles(files, maxSize), maxSize);
  if (ctx.json) return ctx.printJson({ ref: result.incident.ref, attachments: result.files.map((f) => ({ ...attachmentJson(f), added: f.added })) });
  if (ctx.quiet) return ctx.print(result.incident.ref);
  for (const f of result.files) {
    ctx.print(ctx.t(f.added ? 'attach.done' : 'attach.already', { ref: result.incident.ref, name: f.name, size: formatSize(f.size), sha: f.sha256.slice(0, 12) }));
  }
}

function columns(ctx: Context): Column<Attachment>[] {
  return [
    { key: 'name', heading: ctx.t('attachment.col.name'), value: (a) => a.name, flexible: true },
    { key: 'size', heading: ctx.t('attachment.col.size'), value: (a) => a.size },
    { key: 'mediaType', heading: ctx.t('attachment.col.mediaType'), value: (a) => a.mediaType, dropOrder: 2 },
    { key: 'sha256', heading: 'SHA-256', value: (a) => a.sha256, dropOrder: 1 },
    { key: 'attachedBy', heading: ctx.t('attachment.col.attachedBy'), value: (a) => a.attachedBy, dropOrder: 3 },
    { key: 'attachedAt', heading: ctx.t('attachment.col.attachedAt'), value: (a) => a.attachedAt, dropOrder: 4 },
  ];
}

export async function runAttachmentList(ctx: Context, id: string): Promise<void> {
  const format = ctx.format();
  const c = { store: await ctx.store() };
  const incident = await loadIncident(c, await incidentId(ctx, id));
  const all = await c.store.attachments.list(incident.id);
  if (format === 'json') return ctx.printJson(all.map(attachmentJson));
  if (ctx.quiet) return all.length ? ctx.print(all.map((a) => a.name).join('\n')) : undefined;
  if (!all.length) return ctx.info('attachment.none', { ref: incident.ref });
  ctx.rt.stdout.write(renderRows(columns(ctx), all, { format, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t }));
}

export interface GetOptions {
  output?: string;
}

export async function runAttachmentGet(ctx: Context, id: string, which: string, opts: GetOptions): Promise<void> {
  const c = { store: await ctx.store() };
  const incident = await loadIncident(c, await incidentId(ctx, id));
  const found = await findAttachment(c, incident, which);
  const data = await attachmentBytes(c, found);
  if (opts.output === undefined || opts.output === '-') {
    // Bytes on a terminal would be noise (or escape sequences): ask for -o.
    if (opts.output === undefined && ctx.rt.stdout.isTTY) throw usageError('attachment.toTerminal', { name: found.name }, 'attachment.toTerminalHint');
    // The bytes as they are (stdout takes them when piped, as a file would).
    (ctx.rt.stdout as unknown as { write(d: Uint8Array): unknown }).write(data);
    return;
  }
  const file = openOutputFile(opts.output);
  try {
    file.write(data);
    file.commit();
  } catch (e) {
    file.abandon();
    throw e;
  }
  ctx.info('attachment.written', { name: found.name, path: opts.output, size: formatSize(found.size) });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['attach', 'attachment'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('attach')
    .summary('attach evidence files (screenshots, logs) to an incident, stored in the database')
    .argument('<id>', 'incident, e.g. INC-12')
    .argument('<file...>', 'files to attach (each at most attachment.maxSize, default 20MiB)')
    .addHelpText('after', '\nExamples:\n  $ incident attach INC-12 screenshot.png vpn.log\n  $ incident attach INC-12 エラー画面.png')
    .action(action<object>(rt, (ctx, _opts, args) => runAttach(ctx, args[0], (args as unknown as [string, string[]])[1])));

  const attachment = program.command('attachment').summary("an incident's attachments: list, get");
  attachment
    .command('list')
    .alias('ls')
    .summary("list an incident's attachments")
    .argument('<id>', 'incident, e.g. INC-12')
    .addHelpText('after', '\nExamples:\n  $ incident attachment list INC-12\n  $ incident attachment list INC-12 --json')
    .action(action<object>(rt, (ctx, _opts, args) => runAttachmentList(ctx, args[0]), 'rows'));
  attachment
    .command('get')
    .summary('write an attachment out (to -o FILE, or standard output when it is not a terminal)')
    .argument('<id>', 'incident, e.g. INC-12')
    .argument('<name>', 'the file name, or its SHA-256 (8 hex digits or more)')
    .option('-o, --output <file>', 'write to this file (created 0600)')
    .addHelpText('after', '\nExamples:\n  $ incident attachment get INC-12 screenshot.png -o screenshot.png\n  $ incident attachment get INC-12 3fa9c2e1 > vpn.log')
    .action(action<GetOptions>(rt, (ctx, opts, args) => runAttachmentGet(ctx, args[0], args[1], opts)));
}

export const helpJa: HelpTable = {
  attach: '証拠のファイル(画面写真、ログ)をインシデントに添付し、データベースに保存する',
  'attach <id>': 'インシデント(例: INC-12)',
  'attach <file>': '添付するファイル(1 つあたり attachment.maxSize まで、既定 20MiB)',
  attachment: 'インシデントの添付ファイル: 一覧、取り出し',
  'attachment list': 'インシデントの添付ファイルの一覧',
  'attachment list <id>': 'インシデント(例: INC-12)',
  'attachment get': '添付ファイルを書き出す(-o FILE、または端末でない標準出力へ)',
  'attachment get <id>': 'インシデント(例: INC-12)',
  'attachment get <name>': 'ファイル名、または SHA-256(16 進 8 桁以上)',
  'attachment get --output': 'このファイルに書き出す(権限 0600 で作成)',
};
