import type { Command } from 'commander';
import { linkIncidents, unlinkIncidents } from '../../app/links.js';
import { incidentLinks } from '../../app/read.js';
import { styled } from '../../core/controls.js';
import { toPublic, type IncidentRecord, type LinkKind } from '../../core/incident.js';
import { parseIncidentRef } from '../../core/refs.js';
import { parseChoice } from '../../core/validate.js';
import type { Runtime } from '../../io/runtime.js';
import type { Context } from '../context.js';
import { incidentId } from '../inputs.js';
import { action } from '../program.js';
import type { HelpTable } from '../help.js';

export interface LinkOptions {
  as?: string;
}

/** `--json`: the first incident, its links both ways, and what this command did. */
async function printJson(ctx: Context, incident: IncidentRecord, extra: Record<string, unknown>): Promise<void> {
  ctx.printJson({ ...toPublic(incident), ...(await incidentLinks(await ctx.store(), incident)), ...extra });
}

/** What `--as` may say: what the first incident is to the second. `parent` and `child` are one link read from either end. */
export const LINK_AS = ['related', 'duplicate', 'parent', 'child'] as const;
type LinkAs = (typeof LINK_AS)[number];

export async function runLink(ctx: Context, opts: LinkOptions, a: string, b: string): Promise<void> {
  const as: LinkAs = opts.as === undefined ? 'related' : parseChoice(opts.as, 'as', LINK_AS);
  // Malformed ids are usage errors before the database is looked for.
  parseIncidentRef(a);
  parseIncidentRef(b);
  const first = await incidentId(ctx, a);
  const second = await incidentId(ctx, b);
  // Stored one way: the duplicate → its original, the child → its parent.
  const kind: LinkKind = as === 'child' ? 'parent' : as;
  const [from, to] = as === 'parent' ? [second, first] : [first, second];
  const r = await linkIncidents(await ctx.change(), from, to, kind);
  const [incident, other] = as === 'parent' ? [r.other, r.incident] : [r.incident, r.other];
  if (!r.added) ctx.info('link.already', { a: incident.ref, b: other.ref, kind: as });
  if (ctx.json) return printJson(ctx, incident, { linked: { as, incident: other.ref, added: r.added } });
  if (ctx.quiet) return ctx.print(incident.ref);
  if (r.added) ctx.print(ctx.t(`link.done.${as}`, { a: styled(ctx.out.bold(incident.ref)), b: styled(ctx.out.bold(other.ref)) }));
}

export async function runUnlink(ctx: Context, a: string, b: string): Promise<void> {
  parseIncidentRef(a);
  parseIncidentRef(b);
  const r = await unlinkIncidents(await ctx.change(), await incidentId(ctx, a), await incidentId(ctx, b));
  const unlinked = r.removed.map((l) => ({ incident: l.from === r.incident.id ? r.incident.ref : r.other.ref, as: l.kind, of: l.to === r.other.id ? r.other.ref : r.incident.ref }));
  if (ctx.json) return printJson(ctx, r.incident, { unlinked });
  if (ctx.quiet) return ctx.print(r.incident.ref);
  ctx.print(ctx.t('link.unlinked', { a: styled(ctx.out.bold(r.incident.ref)), b: styled(ctx.out.bold(r.other.ref)), kind: [...new Set(r.removed.map((l) => l.kind))].join(', ') }));
  if (r.removed.some((l) => l.kind === 'duplicate')) ctx.hint('link.duplicateStaysClosed');
}

/** The command words this module registers (cli/commands/names.ts builds only the one a run names). */
export const names: readonly string[] = ['link', 'unlink'];

export function register(program: Command, rt: Runtime): void {
  program
    .command('link')
    .summary('link two incidents: related, a duplicate (closes it), parent and child')
    .description(
      'Link INC-A to INC-B; --as says what A is to B: related (the default; both ways), duplicate (A is a duplicate of B, ' +
        'the original: A is closed with resolution code duplicate), parent (A is the parent of B) or child (A is a child of B). ' +
        'Resolving a parent resolves its children still being worked on, with the same resolution. Two incidents have one link ' +
        'at most; a child has one parent; no cycles.',
    )
    .argument('<inc-a>', 'the incident --as describes')
    .argument('<inc-b>', 'the incident it is linked to')
    .option('--as <kind>', 'what A is to B: related | duplicate | parent | child (default related)')
    .addHelpText(
      'after',
      `
Examples:
  $ incident link INC-15 INC-12 --as duplicate    # INC-15 is a duplicate of INC-12: INC-15 is closed
  $ incident link INC-12 INC-16 --as parent       # INC-12 (the outage) is the parent of INC-16 (a report)
  $ incident link INC-17 INC-12 --as child        # the same, read from the child; list --parent INC-12 lists them`,
    )
    .action(action<LinkOptions>(rt, (ctx, opts, args) => runLink(ctx, opts, args[0], args[1])));

  program
    .command('unlink')
    .summary('remove the link between two incidents (either order)')
    .description('Remove the link between two incidents, whichever way and kind it was made. A duplicate that was closed stays closed.')
    .argument('<inc-a>', 'incident, e.g. INC-15')
    .argument('<inc-b>', 'the incident it is linked with')
    .addHelpText('after', '\nExamples:\n  $ incident unlink INC-15 INC-12')
    .action(action<object>(rt, (ctx, _opts, args) => runUnlink(ctx, args[0], args[1])));
}

export const helpJa: HelpTable = {
  link: '2 つのインシデントを関連付ける: 関連、重複(重複側を完了)、親子',
  'link:description':
    'INC-A を INC-B に関連付けます。--as は B から見た A を表します: related(既定。双方向)、duplicate(A は B の重複。A は解消区分 duplicate で' +
    '完了します)、parent(A が B の親)、child(A が B の子)。親を解消すると、対応中の子も同じ解消内容で解消します。' +
    '2 つの間の関連は 1 つまで、子の親は 1 つ、循環は不可。',
  'link <inc-a>': '--as が表すインシデント',
  'link <inc-b>': '関連付け先のインシデント',
  'link --as': 'A が B の何か: related | duplicate | parent | child(既定 related)',
  unlink: '2 つのインシデントの関連を外す(順序は問わない)',
  'unlink:description': '2 つのインシデントの関連を、向きや種類を問わず外します。重複として完了したものは完了のままです。',
  'unlink <inc-a>': 'インシデント(例: INC-15)',
  'unlink <inc-b>': '関連しているインシデント',
};
