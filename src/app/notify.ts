import { loadBuiltin } from '../io/builtin.js';
import type { ChangeContext } from './change.js';
import { Config, NOTIFY_EVENTS, type NotifyEvent, type NotifyRule } from '../core/config.js';
import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import { PRIORITIES } from '../core/priority.js';
import type { Store } from '../store/index.js';
import type { Notification, OutboxStatus } from '../store/outbox.js';

export type { Notification, OutboxStatus };
import { redactText, redactUrl } from '../core/secrets.js';

/**
 * Notifications (SPEC §8). A change that matches a rule writes an outbox row in the change's own
 * transaction; delivery happens after the commit, so a dead or slow endpoint can never undo or hold
 * the change. A row is claimed before each attempt and marked delivered after it, so it is sent once.
 *
 * A webhook's URL is a secret (SPEC §15): its outbox row holds the rule and the URL's origin, never
 * the URL, and delivery reads the rule's current URL. On a server only admins may read it, so an
 * agent's command queues the row from what every role may know (settings.webhookOrigins) and an
 * admin's `notify` sends it.
 */

export interface NotificationPayload {
  /** One line for chat tools (Slack, Teams, Mattermost incoming webhooks read `text`). */
  text: string;
  event: NotifyEvent;
  ref: string;
  title: string;
  priority: string | null;
  status: string;
  assignee: string | null;
  team: string | null;
  major: boolean;
  at: string;
  actor: string;
  note: string | null;
  data: Record<string, unknown> | null;
}

export function matches(rule: NotifyRule, event: NotifyEvent, incident: Pick<IncidentRecord, 'priority' | 'major'>): boolean {
  if (!rule.on.includes(event)) return false;
  if (rule.majorOnly && !incident.major) return false;
  if (rule.priority === null || incident.major) return true;
  return incident.priority !== null && PRIORITIES.indexOf(incident.priority) <= PRIORITIES.indexOf(rule.priority);
}

export function summary(incident: IncidentRecord, event: TimelineEvent): string {
  const head = `[${incident.priority ?? '—'}]${incident.major ? ' [MAJOR]' : ''} ${incident.ref}`;
  const what =
    event.kind === 'breach'
      ? `SLA breach (${String(event.data?.due ?? '')} due ${String(event.data?.dueAt ?? '')})`
      : event.kind;
  const who = incident.assignee ? `, assignee ${incident.assignee}` : ', unassigned';
  const note = event.note && event.kind !== 'opened' ? ` — ${event.note.replace(/\s+/g, ' ').slice(0, 200)}` : '';
  return `${head} ${what}: ${incident.title} (status ${incident.status}${who})${note}`;
}

/** Slack reads `<`, `>` and `&` in `text` as markup: escape them (the other fields stay as they are). */
const slackText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

export function payload(incident: IncidentRecord, event: TimelineEvent): NotificationPayload {
  return {
    text: slackText(summary(incident, event)),
    event: event.kind as NotifyEvent,
    ref: incident.ref,
    title: incident.title,
    priority: incident.priority,
    status: incident.status,
    assignee: incident.assignee,
    team: incident.team,
    major: incident.major,
    at: event.at,
    actor: event.actor,
    note: event.note,
    data: event.data,
  };
}

/** Rules read once per change context (a command that changes many incidents reads them once). */
const rulesOf = new WeakMap<ChangeContext, NotifyRule[]>();

/**
 * Writes the notifications an event calls for, inside the caller's transaction. Called wherever a
 * notifiable event (opened, escalated, breach, resolved, closed) is appended.
 */
export async function enqueueNotifications(c: ChangeContext, incident: IncidentRecord, event: TimelineEvent): Promise<void> {
  if (!(NOTIFY_EVENTS as readonly string[]).includes(event.kind)) return;
  let rules = rulesOf.get(c);
  if (!rules) {
    const team = (c.config ?? new Config(await c.store.settings.prefixed('notify.'))).raw;
    // Every rule with a webhook, whether or not this role may read its URL (on a server, only admins may).
    const webhooks = Object.entries(await c.store.settings.webhookOrigins()).map(([rule, origin]) => [`notify.${rule}.url`, origin]);
    // The user's own rules over the team's: a command target may only run from there (deliver).
    rulesOf.set(c, (rules = new Config({ ...team, ...Object.fromEntries(webhooks), ...c.ownRules?.() }).notifyRules()));
  }
  if (!rules.length) return;
  const body = payload(incident, event);
  for (const rule of rules) {
    if (!matches(rule, event.kind as NotifyEvent, incident)) continue;
    const targets = [
      // The origin only: `notify` reads the URL by rule when it sends.
      ...(rule.url ? [{ kind: 'webhook' as const, target: redactUrl(rule.url) }] : []),
      ...(rule.command ? [{ kind: 'command' as const, target: rule.command }] : []),
    ];
    for (const t of targets) {
      const id = await c.store.outbox.add({
        incidentId: incident.id,
        event: event.kind,
        rule: rule.name,
        targetKind: t.kind,
        target: t.target,
        payload: body,
        createdAt: event.at,
      });
      c.outbox?.push(id);
    }
  }
}

// ---- delivery ------------------------------------------------------------------------------------

export interface DeliveryOptions {
  now: Date;
  /** Per attempt, ms. */
  timeoutMs: number;
  maxAttempts: number;
  backoffSeconds: number;
  /**
   * Why a command target may not run for this user, or undefined when it may (SPEC §12: only from a
   * place the user alone can write). Absent: no command runs. May throw (the user's config file is
   * refused): the whole delivery stops before anything is claimed.
   */
  refuseCommand?: (target: string) => string | undefined;
  /** The user's own notification rules (their config file): a webhook URL there is read before the team's. */
  ownRules?: () => Record<string, string>;
}

export interface DeliveryResult {
  id: number;
  ref: string | null;
  event: string;
  rule: string;
  /**
   * `refused`: a command target this user may not run; `needsAdmin`: a webhook whose URL this role
   * may not read (on a server, SPEC §15). Both left pending, untouched, for one who may.
   */
  outcome: 'delivered' | 'retry' | 'failed' | 'skipped' | 'refused' | 'needsAdmin';
  attempts: number;
  error: string | null;
  nextAttemptAt: string | null;
}

/** Exponential back-off: base, 2×, 4×… capped at a day. */
export function nextAttempt(now: Date, attempts: number, o: { maxAttempts: number; backoffSeconds: number }): string | null {
  if (attempts >= o.maxAttempts) return null;
  const seconds = Math.min(o.backoffSeconds * 2 ** Math.max(0, attempts - 1), 86400);
  return new Date(now.getTime() + seconds * 1000).toISOString();
}

export function deliveryOptions(config: Config, now: Date): DeliveryOptions {
  return {
    now,
    timeoutMs: (config.duration('notify.timeout') ?? 2) * 1000,
    maxAttempts: config.integer('notify.maxAttempts'),
    backoffSeconds: config.duration('notify.backoff') ?? 60,
  };
}

/** The error as stored and shown: a URL in it (fetch quotes the whole URL) down to its origin. */
const errorText = (e: unknown): string => {
  const err = e as { name?: string; message?: string; cause?: { code?: string; message?: string } };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return 'timed out';
  return redactText(String(err?.cause?.code ?? err?.cause?.message ?? err?.message ?? e));
};

async function postWebhook(target: string, body: string, signal: AbortSignal): Promise<void> {
  // fetch refuses a URL with user:password in it: they go in a Basic Authorization header instead.
  const url = new URL(target);
  const headers: Record<string, string> = { 'content-type': 'application/json; charset=utf-8' };
  if (url.username || url.password) {
    const user = decodeURIComponent(url.username);
    const password = decodeURIComponent(url.password);
    headers.authorization = `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
    url.username = '';
    url.password = '';
  }
  const res = await fetch(url, { method: 'POST', headers, body, signal });
  // Read the answer so the connection is released; its content does not matter.
  await res.arrayBuffer().catch(() => undefined);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
}

/** Runs a command with the event JSON on stdin; exit 0 is delivered. Killed (with its children) at the timeout. */
function runCommand(command: string, body: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    // Loaded on use, not at start (it brings net, dgram and streams).
    const { spawn } = loadBuiltin<typeof import('node:child_process')>('node:child_process');
    const child = spawn(command, { shell: true, detached: true, stdio: ['pipe', 'ignore', 'pipe'] });
    let stderr = '';
    let settled = false;
    const finish = (error?: Error) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      child.stderr?.destroy();
      child.stdin?.destroy();
      child.unref();
      if (error) reject(error);
      else resolve();
    };
    const timer = setTimeout(() => {
      try {
        if (child.pid) process.kill(-child.pid, 'SIGKILL');
      } catch {
        // Already gone.
      }
      finish(Object.assign(new Error('timed out'), { name: 'TimeoutError' }));
    }, timeoutMs);
    child.stderr?.on('data', (d) => (stderr = (stderr + String(d)).slice(-300)));
    child.on('error', (e) => finish(e));
    child.on('exit', (code, signal) => {
      if (code === 0) finish();
      else finish(new Error(`exit ${code ?? signal}${stderr.trim() ? `: ${stderr.trim().split('\n').pop()}` : ''}`));
    });
    child.stdin?.on('error', () => {});
    child.stdin?.end(body);
  });
}

/** Where a webhook row goes now: its rule's current URL, one this role may not read, or none any more. */
type WebhookUrl = { url: string } | { hidden: true } | { gone: string };

/** The current URL of each rule's webhook, read once per delivery: a rotated URL is used at once. */
async function webhookUrls(store: Store, o: DeliveryOptions): Promise<(rule: string) => WebhookUrl> {
  const own = o.ownRules?.() ?? {};
  const team = await store.settings.prefixed('notify.');
  const known = await store.settings.webhookOrigins();
  return (rule) => {
    const key = `notify.${rule}.url`;
    const url = own[key] || team[key];
    if (url) return { url };
    // The database has one, but this role may not read it (the settings row is the admins').
    if (Object.hasOwn(known, rule)) return { hidden: true };
    return { gone: `no webhook URL: ${key} is not set` };
  };
}

async function send(n: Notification, url: string | undefined, timeoutMs: number): Promise<void> {
  if (n.targetKind === 'webhook') return postWebhook(url ?? '', n.payload, AbortSignal.timeout(timeoutMs));
  return runCommand(n.target, n.payload, timeoutMs);
}

/**
 * Attempts the given outbox rows once each, in parallel, within timeoutMs. Each row is claimed first
 * (skipped when another process holds it or it was delivered meanwhile) and its outcome recorded.
 */
export async function deliver(store: Store, rows: Notification[], o: DeliveryOptions): Promise<DeliveryResult[]> {
  const now = o.now.toISOString();
  // The lease outlives the attempt, so a process killed mid-send frees the row for a later retry.
  const lease = new Date(o.now.getTime() + o.timeoutMs + 60_000).toISOString();
  const refOf = (n: Notification) => (n.incidentId ? `INC-${n.incidentId}` : null);
  // Anything but a webhook runs a program: only from where this user alone writes (SPEC §12).
  // Decided for every row before any is claimed, so a refused config file stops the run cleanly.
  const refusals = rows.map((n) => (n.targetKind === 'webhook' ? undefined : o.refuseCommand ? o.refuseCommand(n.target) : 'no command may run here'));
  const urlOf = rows.some((n) => n.targetKind === 'webhook') ? await webhookUrls(store, o) : undefined;
  return Promise.all(
    rows.map(async (n, i): Promise<DeliveryResult> => {
      const base = { id: n.id, ref: refOf(n), event: n.event, rule: n.rule };
      const refused = refusals[i];
      if (refused !== undefined) return { ...base, outcome: 'refused', attempts: n.attempts, error: refused, nextAttemptAt: n.nextAttemptAt };
      const where = n.targetKind === 'webhook' ? urlOf?.(n.rule) : undefined;
      if (where && 'hidden' in where) return { ...base, outcome: 'needsAdmin', attempts: n.attempts, error: null, nextAttemptAt: n.nextAttemptAt };
      const claimed = await store.write(() => store.outbox.claim(n.id, now, lease));
      if (!claimed) return { ...base, outcome: 'skipped', attempts: n.attempts, error: null, nextAttemptAt: null };
      const attempts = n.attempts + 1;
      if (where && 'gone' in where) {
        // Its rule lost its URL: nothing to retry until an admin sets one (then --retry-failed).
        await store.write(() => store.outbox.attemptFailed(n.id, where.gone, null));
        return { ...base, outcome: 'failed', attempts, error: where.gone, nextAttemptAt: null };
      }
      try {
        await send(n, where && 'url' in where ? where.url : undefined, o.timeoutMs);
        await store.write(() => store.outbox.delivered(n.id, now));
        return { ...base, outcome: 'delivered', attempts, error: null, nextAttemptAt: null };
      } catch (e) {
        const error = errorText(e);
        const next = nextAttempt(o.now, attempts, o);
        await store.write(() => store.outbox.attemptFailed(n.id, error, next));
        return { ...base, outcome: next ? 'retry' : 'failed', attempts, error, nextAttemptAt: next };
      }
    }),
  );
}

/** Right after a command's commit: one quick attempt at what it queued. Never throws. */
export async function deliverQueued(store: Store, ids: readonly number[], o: DeliveryOptions): Promise<DeliveryResult[]> {
  try {
    const rows: Notification[] = [];
    for (const id of ids) {
      const n = await store.outbox.get(id);
      if (n?.status === 'pending') rows.push(n);
    }
    return await deliver(store, rows, o);
  } catch {
    // The change is committed; `incident notify` picks up whatever this left pending.
    return [];
  }
}

/** Puts given-up notifications back in the queue with a fresh count of tries (its own transaction). */
export function retryFailed(store: Store, now: string): Promise<number> {
  return store.write(() => store.outbox.retryFailed(now));
}

/** Pending notifications due now (or all of them with `ignoreBackoff`), oldest first, after row `afterId`. */
export function dueNotifications(store: Store, now: string, ignoreBackoff: boolean, limit: number, afterId: number): Promise<Notification[]> {
  return store.outbox.due(now, ignoreBackoff, limit, afterId);
}
