import type { Command } from 'commander';
import { parseMail, planMail, takeMail, type MailPlan, type MailResult } from '../../app/mail.js';
import { formatSize } from '../../core/config.js';
import { usageError } from '../../core/errors.js';
import { toPublic } from '../../core/incident.js';
import type { Runtime } from '../../io/runtime.js';
import { attachmentJson } from '../../render/attachment.js';
import type { Context } from '../context.js';
import type { HelpTable } from '../help.js';
import { action } from '../program.js';

export interface MailOptions {
  dryRun?: boolean;
}

/** Far above what mail servers pass (25–50 MB is usual); a stuck pipe is not a message. */
export const MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

async function readMessage(ctx: Context): Promise<Buffer> {
  // SPEC §6: never wait on a terminal nobody told us to read.
  if (ctx.rt.stdin.isTTY) throw usageError('mail.noInput');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const c of ctx.rt.stdin) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    size += b.length;
    if (size > MAX_MESSAGE_BYTES) throw usageError('mail.tooLarge', { size, max: MAX_MESSAGE_BYTES });
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

const whyText = (ctx: Context, plan: Extract<MailPlan, { action: 'ignored' }>) => ctx.t(`mail.why.${plan.why}`);

export async function runMail(ctx: Context, opts: MailOptions): Promise<void> {
  const mail = await parseMail(await readMessage(ctx));
  const store = await ctx.store();
  const config = await ctx.config();
  const o = { maxSize: config.bytes('attachment.maxSize'), noSubject: ctx.t('mail.noSubject') };
  if (opts.dryRun) {
    const plan = await planMail({ store }, mail, o);
    if (ctx.json) return ctx.printJson({ dryRun: true, messageId: mail.messageId, ...planJson(plan), files: mail.files.map((f) => ({ name: f.name, size: f.data.byteLength, mediaType: f.mediaType })) });
    const p = { messageId: mail.messageId };
    if (plan.action === 'duplicate') ctx.print(ctx.t('mail.would.duplicate', p));
    else if (plan.action === 'ignored') ctx.print(ctx.t('mail.would.ignored', { ...p, why: whyText(ctx, plan) }));
    else if (plan.action === 'noted') ctx.print(ctx.t('mail.would.noted', { ref: plan.incident.ref }));
    else if (plan.related) ctx.print(ctx.t('mail.would.reopenedAsNew', { title: plan.title, related: plan.related.ref, status: plan.related.status }));
    else ctx.print(ctx.t('mail.would.opened', { title: plan.title }));
    if (plan.action === 'opened' || plan.action === 'noted') {
      for (const f of mail.files) ctx.print(ctx.t('mail.would.attach', { name: f.name, size: formatSize(f.data.byteLength) }));
    }
    return ctx.info('mail.dryRun');
  }
  // Mail acts, unless someone says explicitly who does (an explicit --actor), as ingest's monitoring does.
  const change = { ...(await ctx.change()), actor: ctx.opts.actor?.trim() || 'mail' };
  const result = await takeMail(change, mail, o);
  for (const f of result.tooLarge) ctx.warn('attach.tooLarge', { name: f.name, size: f.size, max: o.maxSize });
  if (ctx.json) return ctx.printJson(resultJson(result));
  const { plan, incident } = result;
  // -q: the incident the message is about, also when it was taken before (a script reads one ref).
  const about = incident?.ref ?? (plan.action === 'duplicate' ? plan.previous.ref : undefined);
  if (ctx.quiet) return about ? ctx.print(about) : undefined;
  const p = { messageId: result.messageId, ref: incident?.ref ?? '', title: incident?.title ?? '' };
  if (plan.action === 'duplicate') return ctx.info('mail.duplicate', { ...p, action: plan.previous.action, ref: plan.previous.ref ? ` ${plan.previous.ref}` : '' });
  if (plan.action === 'ignored') return ctx.info('mail.ignored', { ...p, why: whyText(ctx, plan) });
  if (plan.action === 'noted') ctx.print(ctx.t('mail.noted', p));
  else if (plan.related) ctx.print(ctx.t('mail.reopenedAsNew', { ...p, related: plan.related.ref, status: plan.related.status }));
  else ctx.print(ctx.t('mail.opened', p));
  for (const f of result.attached) {
    if (f.added) ctx.print(ctx.t('attach.done', { ref: incident!.ref, name: f.name, size: formatSize(f.size), sha: f.sha256.slice(0, 12) }));
  }
}

function planJson(plan: MailPlan) {
  switch (plan.action) {
    case 'duplicate':
      return { action: 'duplicate', previous: plan.previous };
    case 'ignored':
      return { action: 'ignored', why: plan.why };
    case 'noted':
      return { action: 'noted', ref: plan.incident.ref };
    default:
      return { action: 'opened', title: plan.title, related: plan.related?.ref ?? null };
  }
}

/** `--json`: what became of the message, and the incident it opened or noted (§3 fields). */
function resultJson(r: MailResult) {
  return {
    messageId: r.messageId,
    ...planJson(r.plan),
    incident: r.incident ? toPublic(r.incident) : null,
    attachments: r.attached.map((f) => ({ ...attachmentJson(f), added: f.added })),
    leftOut: r.tooLarge,
  };
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['mail'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('mail')
    .summary('take one e-mail from standard input: open an incident, or add a reply as a note')
    .description(
      'Read one RFC 5322 message on standard input (from a mail alias "|incident mail", procmail or fetchmail). A new message opens ' +
        'an incident (subject → title, text → description, From → reporter, attachments attached, source mail); a reply ([INC-n] in the ' +
        'subject, or In-Reply-To/References naming a message taken before) adds a note and its attachments; the same message again ' +
        'adds nothing; auto-replies, bounces and bulk mail are recorded and open nothing. See docs/mail.md.',
    )
    .option('--dry-run', 'say what would happen; write nothing')
    .addHelpText('after', '\nExamples:\n  $ incident mail < message.eml\n  $ incident mail --dry-run < message.eml\n  /etc/aliases:  helpdesk: "|/usr/local/bin/incident mail"')
    .action(action<MailOptions>(rt, (ctx, opts) => runMail(ctx, opts)));
}

export const helpJa: HelpTable = {
  mail: '標準入力のメール 1 通を取り込む: インシデントを起票、返信ならメモとして追加',
  'mail:description':
    'RFC 5322 のメッセージを 1 通、標準入力から読みます(メールエイリアス "|incident mail"、procmail、fetchmail から)。新しいメールは' +
    'インシデントを起票します(件名→タイトル、本文→説明、From→報告者、添付ファイルは添付、起票元 mail)。返信(件名に [INC-n]、または' +
    ' In-Reply-To/References が取り込み済みのメールを指す)はメモと添付ファイルを追加します。同じメールが再び届いても何も追加しません。' +
    '自動応答・配送エラー・一斉配信は記録だけして起票しません。docs/mail.md を参照してください。',
  'mail --dry-run': '何が起きるかを表示するだけで、何も書き込まない',
};
