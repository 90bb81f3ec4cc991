import type { Command } from 'commander';
import { deliver, deliveryOptions, dueNotifications, retryFailed, type DeliveryResult } from '../../app/notify.js';
import type { Runtime } from '../../io/runtime.js';
import { redactText, redactUrl } from '../../core/secrets.js';
import { localTime } from '../../render/incident.js';
import { renderRows, type Column } from '../../render/rows.js';
import type { Notification, OutboxStatus } from '../../app/notify.js';
import { listNotifications } from '../../app/read.js';
import type { Context } from '../context.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface NotifyOptions {
  list?: boolean;
  all?: boolean;
  now?: boolean;
  retryFailed?: boolean;
}

/** A webhook URL holds its secret in the user, path or query (Slack, Teams): show only where it goes; so for a URL in a command or an error. */
const shownTarget = (n: Notification) => (n.targetKind === 'webhook' ? redactUrl(n.target) : redactText(n.target));
const shownError = (n: Notification) => (n.lastError === null ? null : redactText(n.lastError));

const listJson = (n: Notification) => ({
  id: n.id,
  status: n.status,
  event: n.event,
  ref: n.incidentId ? `INC-${n.incidentId}` : null,
  rule: n.rule,
  targetKind: n.targetKind,
  target: shownTarget(n),
  attempts: n.attempts,
  createdAt: n.createdAt,
  nextAttemptAt: n.status === 'pending' ? n.nextAttemptAt : null,
  lastAttemptAt: n.lastAttemptAt,
  deliveredAt: n.deliveredAt,
  lastError: shownError(n),
});

async function runList(ctx: Context, all: boolean): Promise<void> {
  const statuses: OutboxStatus[] = all ? ['pending', 'failed', 'delivered'] : ['pending', 'failed'];
  const rows = await listNotifications(await ctx.store(), statuses, all ? 200 : 0);
  const format = ctx.format();
  if (format === 'table' && !rows.length) return ctx.info('notify.empty');
  const columns: Column<Notification>[] = [
    { key: 'id', heading: '#', value: (n) => n.id },
    { key: 'status', heading: ctx.t('col.status'), value: (n) => n.status, style: (s, n, c) => (n.status === 'failed' ? c.red.bold(s) : n.status === 'pending' ? c.yellow(s) : s) },
    { key: 'event', heading: ctx.t('notify.col.event'), value: (n) => n.event },
    { key: 'ref', heading: ctx.t('col.ref'), value: (n) => (n.incidentId ? `INC-${n.incidentId}` : '') },
    { key: 'rule', heading: ctx.t('notify.col.rule'), value: (n) => n.rule, dropOrder: 3 },
    { key: 'target', heading: ctx.t('notify.col.target'), value: shownTarget, flexible: true, dropOrder: 4 },
    { key: 'attempts', heading: ctx.t('notify.col.attempts'), value: (n) => n.attempts },
    { key: 'nextAttemptAt', heading: ctx.t('notify.col.next'), value: (n) => (n.status === 'pending' ? localTime(n.nextAttemptAt) : ''), dropOrder: 2 },
    { key: 'lastError', heading: ctx.t('notify.col.error'), value: (n) => shownError(n) ?? '', flexible: true, dropOrder: 1 },
  ];
  ctx.rt.stdout.write(renderRows(columns, rows, { format, width: ctx.width, chalk: ctx.out, color: ctx.colorOut, t: ctx.t, json: listJson }));
}

export async function runNotify(ctx: Context, opts: NotifyOptions): Promise<void> {
  if (opts.list) return runList(ctx, !!opts.all);
  const store = await ctx.store();
  const now = ctx.now().toISOString();
  if (opts.retryFailed) {
    const n = await retryFailed(store, now);
    if (n) ctx.info('notify.requeued', { count: n });
  }
  const o = { ...deliveryOptions(await ctx.config(), ctx.now()), refuseCommand: ctx.commandRefusal(), ownRules: () => ctx.ownConfig().values };
  const results: DeliveryResult[] = [];
  // In batches, oldest first, until nothing due is left (each row is tried at most once per run).
  for (let after = 0; ; ) {
    const due = await dueNotifications(store, now, !!opts.now || !!opts.retryFailed, 100, after);
    if (!due.length) break;
    after = due[due.length - 1].id;
    results.push(...(await deliver(store, due, o)));
  }
  // A command target this user may not run stays pending: one line each, even under --json or -q.
  for (const r of results) if (r.outcome === 'refused') ctx.warn('notify.refused', { ref: r.ref ?? '', event: r.event, rule: r.rule, why: r.error ?? '' });
  // Webhooks whose URL this role may not read (an agent's cron on a server): one line for them all.
  const held = results.filter((r) => r.outcome === 'needsAdmin').length;
  if (held) ctx.warn('notify.needsAdmin', { count: held });
  if (ctx.json) return ctx.printJson(results);
  // Quiet when all went out (cron mails nothing); each failure is one line on stderr.
  for (const r of results) {
    if (r.outcome === 'retry') ctx.info('notify.willRetry', { ref: r.ref ?? '', event: r.event, rule: r.rule, error: r.error ?? '', next: localTime(r.nextAttemptAt) });
    if (r.outcome === 'failed') ctx.info('notify.gaveUp', { ref: r.ref ?? '', event: r.event, rule: r.rule, error: r.error ?? '', attempts: r.attempts });
  }
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['notify'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('notify')
    .summary('deliver pending notifications, with back-off (通知)')
    .description(
      'Every notification goes through an outbox written with the change. Commands try once right after their change; this delivers what is still pending, with exponential back-off and at most notify.maxAttempts tries. A delivered notification is never sent again.',
    )
    .option('--list', 'show pending and failed notifications instead of delivering')
    .option('--all', 'with --list: delivered ones too (the latest 200)')
    .option('--now', 'do not wait for the back-off: try every pending notification now')
    .option('--retry-failed', 'put notifications that ran out of tries back in the queue and try them now')
    .addHelpText('after', '\nExamples:\n  $ incident notify\n  $ incident notify --list\n  $ incident notify --retry-failed')
    .action(action<NotifyOptions>(rt, (ctx, opts) => runNotify(ctx, opts), 'rows'));
}

export const helpJa: HelpTable = {
  notify: '送信待ちの通知を送る(失敗したら間隔をあけて再送)',
  'notify:description':
    '通知はすべて、変更と同じトランザクションで書き込まれる送信キュー(outbox)を通ります。各コマンドは変更の直後に一度送信を試み、' +
    'このコマンドはまだ送れていない通知を送ります。失敗したら間隔を倍々に延ばして再送し、最大 notify.maxAttempts 回まで試します。' +
    '送信済みの通知を再び送ることはありません。',
  'notify --list': '送信せずに、送信待ちと失敗した通知を表示する',
  'notify --all': '--list と併せて: 送信済みの通知も表示する(最新 200 件)',
  'notify --now': '再送の待ち時間を待たず、送信待ちの通知をすべて今すぐ送る',
  'notify --retry-failed': '試行回数を使い切った通知を送信待ちに戻し、今すぐ送る',
};
