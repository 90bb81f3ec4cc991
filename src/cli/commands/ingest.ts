import type { Command } from 'commander';
import { readFileSync, statSync } from 'node:fs';
import { ingestPayload, type IngestAction, type IngestResult } from '../../app/ingest.js';
import { ALERT_FORMATS, parsePayload, type AlertFormat } from '../../core/alerts/parse.js';
import { usageError } from '../../core/errors.js';
import type { IncidentRecord } from '../../core/incident.js';
import { readAll, type Runtime } from '../../io/runtime.js';
import { priorityStyle } from '../../render/incident.js';
import { renderRows, type Column } from '../../render/rows.js';
import { toPublic } from '../../core/incident.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';
import { readFailure } from '../../io/read-failure.js';

export interface IngestOptions {
  format?: string;
}

/** Far above any real webhook body (Alertmanager caps a group's alerts); a stuck pipe is not a payload. */
export const MAX_PAYLOAD_BYTES = 64 * 1024 * 1024;

/** The payload text: FILE, or stdin when told (`-`, or no FILE and stdin is not a terminal). */
async function readPayload(ctx: Context, file: string | undefined): Promise<string> {
  const tooLarge = (size: number) => usageError('ingest.tooLarge', { size, max: MAX_PAYLOAD_BYTES }, 'ingest.nothingWritten');
  if (file === undefined || file === '-') {
    // SPEC §6: never wait on a terminal nobody told us to read.
    if (file === undefined && ctx.rt.stdin.isTTY) throw usageError('ingest.noInput', {}, 'ingest.noInputHint');
    const text = await readAll(ctx.rt.stdin);
    if (Buffer.byteLength(text) > MAX_PAYLOAD_BYTES) throw tooLarge(Buffer.byteLength(text));
    return text;
  }
  try {
    const size = statSync(file).size;
    if (size > MAX_PAYLOAD_BYTES) throw tooLarge(size);
    return readFileSync(file, 'utf8');
  } catch (e) {
    if (e && typeof e === 'object' && 'exitCode' in e) throw e;
    throw usageError('error.readFile', { path: file, reason: readFailure(e) });
  }
}

function columns(ctx: Context): Column<{ action: IngestAction; incident: IncidentRecord }>[] {
  return [
    { key: 'action', heading: ctx.t('ingest.col.action'), value: (r) => r.action, style: (s, r, c) => (r.action === 'opened' ? c.bold(s) : s) },
    { key: 'ref', heading: ctx.t('col.ref'), value: (r) => r.incident.ref },
    { key: 'priority', heading: ctx.t('col.priority'), value: (r) => r.incident.priority, style: (s, r, c) => priorityStyle(s, r.incident.priority, c) },
    { key: 'status', heading: ctx.t('col.status'), value: (r) => r.incident.status },
    { key: 'occurrences', heading: ctx.t('ingest.col.occurrences'), value: (r) => r.incident.occurrences },
    { key: 'title', heading: ctx.t('col.title'), value: (r) => r.incident.title, flexible: true },
    { key: 'dedupKey', heading: ctx.t('ingest.col.dedupKey'), value: (r) => r.incident.dedupKey, dropOrder: 1 },
  ];
}

/** `--json`: what was opened, updated and resolved, as §3 incidents; and what was left alone. */
export function ingestJson(result: IngestResult) {
  return {
    format: result.format,
    alerts: result.alerts,
    opened: result.opened.map(toPublic),
    updated: result.updated.map(toPublic),
    resolved: result.resolved.map(toPublic),
    ignored: result.ignored,
  };
}

export async function runIngest(ctx: Context, opts: IngestOptions, file?: string): Promise<void> {
  // The global --format names the output; for ingest it may name the payload instead.
  let format: AlertFormat | undefined;
  if (opts.format !== undefined && (ALERT_FORMATS as readonly string[]).includes(opts.format)) {
    format = opts.format as AlertFormat;
    ctx.opts.format = undefined;
  }
  const output = ctx.format();
  const payload = parsePayload(await readPayload(ctx, file), format);
  // Monitoring acts, unless someone says explicitly who does (an explicit --actor).
  const change = { ...await ctx.change(), actor: ctx.opts.actor?.trim() || 'monitoring' };
  const result = await ingestPayload(change, payload, {
    resolution: (endsAt, title) => ctx.t('ingest.resolution', { endsAt, title }),
    cleared: (endsAt, title) => ctx.t('ingest.cleared', { endsAt, title }),
  });

  if (output === 'json') return ctx.printJson(ingestJson(result));
  if (ctx.quiet) {
    if (result.rows.length) ctx.print(result.rows.map((r) => r.incident.ref).join('\n'));
    return;
  }
  if (!result.alerts) return ctx.info('ingest.nothing');
  if (result.rows.length) {
    ctx.rt.stdout.write(renderRows(columns(ctx), result.rows, { format: output, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t }));
  }
  ctx.info('ingest.summary', {
    alerts: result.alerts,
    format: result.format,
    opened: result.opened.length,
    updated: result.updated.length,
    resolved: result.resolved.length,
    ignored: result.ignored.length,
  });
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['ingest'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('ingest')
    .summary('open, update or resolve incidents from monitoring alerts (Alertmanager, Grafana, JSON)')
    .description(
      'Read a monitoring payload and open, update or resolve incidents: one incident per alert fingerprint (dedup key); repeats raise ' +
        'occurrences; a resolved alert resolves its incident (with ingest.autoResolve off, it only adds an event). The whole payload is ' +
        'checked first: a bad one is refused with exit 2 and nothing written. --format alertmanager | grafana | generic names the ' +
        "payload's format (default: from its shape).",
    )
    .argument('[file]', 'payload file, or - for standard input (default: standard input when it is not a terminal)')
    .addHelpText(
      'after',
      `
Examples:
  $ incident ingest alertmanager.json
  $ curl -s https://monitor.example/alerts.json | incident ingest --format generic -
  $ echo '{"title":"Disk full on mail01","severity":"critical","dedupKey":"mail01-disk"}' | incident ingest -`,
    )
    .action(action<IngestOptions>(rt, (ctx, opts, args) => runIngest(ctx, opts, args[0]), 'input'));
}

export const helpJa: HelpTable = {
  ingest: '監視のアラートを取り込み、インシデントを起票・更新・解消する(Alertmanager、Grafana、JSON)',
  'ingest:description':
    '監視ツールのペイロードを取り込み、インシデントを起票・更新・解消します。アラートのフィンガープリント(重複防止キー)ごとに' +
    'インシデントは 1 件で、同じアラートが繰り返し届くと発生回数が増えます。解消したアラートはそのインシデントを解消します' +
    '(設定 ingest.autoResolve が無効ならイベントを記録するだけ)。先にペイロード全体を確認し、不正なら何も書き込まずに' +
    '終了コード 2 で拒否します。--format alertmanager | grafana | generic でペイロードの形式を指定できます(既定: 内容から判定)。',
  'ingest <file>': 'ペイロードのファイル、または - で標準入力(省略時: 標準入力が端末でなければ標準入力)',
};
