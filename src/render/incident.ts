import type { ChalkInstance } from 'chalk';
import type { IncidentLinks, IncidentRecord, TimelineEvent } from '../core/incident.js';
import { isActive } from '../core/lifecycle.js';
import { isOverdue, respondedAt, slaStanding } from '../core/sla.js';
import type { Calendar } from '../core/calendar.js';
import type { Lang, Translate } from '../i18n/index.js';
import { duration } from './time.js';
import { toPublic } from '../core/incident.js';
import { displayWidth, padEnd, truncate, wrap } from './text.js';
import { inert, styled, Styled } from '../core/controls.js';
import type { Column } from './rows.js';

export function priorityStyle(text: string, priority: string | null, c: ChalkInstance): string {
  switch (priority) {
    case 'P1':
      return c.bold.red(text);
    case 'P2':
      return c.red(text);
    case 'P3':
      return c.yellow(text);
    default:
      return text;
  }
}

const localTime = (isoTime: string | null): string => {
  if (!isoTime) return '';
  const d = new Date(isoTime);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())}`;
};
export { localTime };

/** The columns of `incident list` (narrow terminals drop dropOrder 1 first: opened, team, category, assignee, due). */
export function incidentColumns(t: Translate, now: Date): Column<IncidentRecord>[] {
  const overdue = (i: IncidentRecord) => isOverdue(i, now);
  return [
    { key: 'ref', heading: t('col.ref'), value: (i) => i.ref, style: (s, i, c) => (overdue(i) ? c.inverse(s) : c.cyan(s)) },
    { key: 'priority', heading: t('col.priority'), value: (i) => i.priority ?? '', style: (s, i, c) => priorityStyle(s, i.priority, c) },
    {
      key: 'status',
      heading: t('col.status'),
      value: (i) => i.status,
      style: (s, i, c) => (overdue(i) ? c.red.bold(s) : s),
    },
    { key: 'title', heading: t('col.title'), value: (i) => (i.major ? `${t('col.majorTag')} ${i.title}` : i.title), raw: (i) => (i.major ? `[MAJOR] ${i.title}` : i.title), flexible: true },
    // The owner, and whom it is escalated to while it is still being worked (`tanaka → vendor`).
    { key: 'assignee', heading: t('col.assignee'), value: (i) => ownerCell(i), raw: (i) => i.assignee ?? '', dropOrder: 4 },
    { key: 'team', heading: t('col.team'), value: (i) => i.team ?? '', dropOrder: 2 },
    { key: 'category', heading: t('col.category'), value: (i) => i.category ?? '', dropOrder: 3 },
    { key: 'openedAt', heading: t('col.opened'), value: (i) => localTime(i.openedAt), raw: (i) => i.openedAt, dropOrder: 1 },
    {
      key: 'dueAt',
      heading: t('col.due'),
      value: (i) => (overdue(i) ? t('list.overdue') : localTime(nextDue(i))),
      raw: (i) => nextDue(i),
      style: (s, i, c) => (overdue(i) ? c.red.bold(s) : s),
      dropOrder: 5,
    },
    { key: 'overdue', heading: t('list.overdue'), value: (i) => overdue(i), machineOnly: true },
    // Last, so that scripts cutting the columns before it keep working.
    { key: 'escalatedTo', heading: t('field.escalatedTo'), value: (i) => i.escalatedTo ?? '', machineOnly: true },
  ];
}

function ownerCell(i: IncidentRecord): string {
  if (!i.escalatedTo || !isActive(i.status)) return i.assignee ?? '';
  return `${i.assignee ?? '—'} → ${i.escalatedTo}`;
}

/**
 * The due time still running that comes first: the response's until the incident is classified, the
 * resolution's until it is resolved; none once resolved, closed or cancelled (store/incidents.ts
 * sorts `list --sort due` by the same rule).
 */
export function nextDue(i: IncidentRecord): string | null {
  if (!isActive(i.status)) return null;
  const response = i.classifiedAt ? null : i.responseDueAt;
  return response && (!i.resolveDueAt || response < i.resolveDueAt) ? response : i.resolveDueAt;
}

/** `show` for people: fields, then the timeline, oldest first, wrapped to `width` with hanging indents. */
export function renderIncidentDetail(
  i: IncidentRecord,
  timeline: TimelineEvent[],
  opts: {
    t: Translate;
    chalk: ChalkInstance;
    now: Date;
    lang: Lang;
    width?: number;
    /** The calendars the response and resolution targets count in: durations in working time, unless around the clock. */
    calendars?: { response: Calendar; resolve: Calendar };
    /** Its links both ways (SPEC §16); without them, `related` alone. */
    links?: IncidentLinks;
    /** Files attached to the incident (SPEC §16), in the order they came. */
    attachments?: readonly { name: string; size: number; mediaType: string; sha256: string }[];
  },
): string {
  const { t, chalk: c, lang } = opts;
  const width = Math.max(opts.width ?? 100, 30);
  const pub = toPublic(i);
  const lines: string[] = [];
  const active = isActive(i.status);
  // The recovery ETA: `2026-11-23 15:55 (in 3h 12m)` / `(あと3時間12分)`, `(passed 20m ago)` while active.
  const countdown = (at: string): string => {
    if (!active) return localTime(at);
    const seconds = (Date.parse(at) - opts.now.getTime()) / 1000;
    const left = seconds < 0 ? t('show.etaPassed', { duration: duration(-seconds, lang) }) : t('show.etaIn', { duration: duration(seconds, lang) });
    // Japanese puts no space before a full parenthesis, as the SLA lines below (期限 …(あと…)).
    return t('show.etaAt', { at: localTime(at), left });
  };
  // Each SLA target: met / missed by how much once done, due in / overdue by while running.
  const sla = (due: string | null, done: string | null, cal?: Calendar): string | Styled | null => {
    if (!due) return null;
    // In business hours, how long is counted in working time, and the calendar named (SPEC §8).
    const o = slaStanding(due, done, i.status, opts.now, cal);
    const d = o.business ? t('calendar.workingTime', { duration: duration(o.seconds, lang), name: o.business.name }) : duration(o.seconds, lang);
    const text =
      o.state === 'met' ? t('show.slaMet', { due: localTime(due) })
      : o.state === 'missed' ? t('show.slaMissed', { duration: d, due: localTime(due) })
      // In working time the countdown is said whole (Japanese: 営業時間であと2時間, not あとbusiness の営業時間で2時間).
      : o.state === 'running' && o.business ? t('show.slaDueInWorking', { duration: duration(o.seconds, lang), name: o.business.name, due: localTime(due) })
      : o.state === 'running' ? t('show.slaDueIn', { duration: d, due: localTime(due) })
      : o.state === 'overdue' ? t('show.slaOverdue', { duration: d, due: localTime(due) })
      : t('show.slaStopped', { due: localTime(due), status: i.status });
    return o.state === 'missed' || o.state === 'overdue' ? styled(c.red(text)) : text;
  };
  const head = `${c.bold(i.ref)}  ${priorityStyle(i.priority ?? '—', i.priority, c)}  ${i.status}${i.major ? c.red.bold(`  ${t('show.major')}`) : ''}`;
  lines.push(head, ...wrap(inert(i.title), width).split('\n').map((l) => c.bold(l)), '');
  const fields: [string, string | Styled | null][] = [
    [t('field.impactUrgency'), i.impact || i.urgency ? `${i.impact ?? '—'} × ${i.urgency ?? '—'}` : null],
    [t('field.category'), i.category],
    [t('field.service'), i.service],
    [t('field.source'), i.source],
    [t('field.reporter'), i.reporter],
    [t('field.assignee'), [i.assignee, i.team && `(${i.team})`].filter(Boolean).join(' ') || null],
    [t('field.escalatedTo'), i.escalatedTo],
    [t('field.escalation'), i.escalationLevel ? `${i.escalationLevel}${i.escalatedAt ? ` (${localTime(i.escalatedAt)})` : ''}` : null],
    [t('field.escalationEta'), i.escalationEta && countdown(i.escalationEta)],
    [t('field.scope'), i.scope],
    [t('field.tags'), i.tags.length ? i.tags.join(', ') : null],
    [t('field.detected'), localTime(i.detectedAt)],
    [t('field.opened'), localTime(i.openedAt)],
    [t('field.classified'), localTime(i.classifiedAt) || null],
    [t('field.resolved'), localTime(i.resolvedAt) || null],
    [t('field.closed'), localTime(i.closedAt) || null],
    [t('field.responseSla'), sla(i.responseDueAt, respondedAt(i), opts.calendars?.response)],
    [t('field.resolveSla'), sla(i.resolveDueAt, i.resolvedAt, opts.calendars?.resolve)],
    [t('field.occurrences'), i.occurrences > 1 ? String(i.occurrences) : null],
    [t('field.dedupKey'), i.dedupKey],
    [t('field.related'), i.related.length ? i.related.join(', ') : null],
    [t('link.field.duplicateOf'), opts.links?.duplicateOf ?? null],
    [t('link.field.duplicates'), opts.links?.duplicates.length ? opts.links.duplicates.join(', ') : null],
    [t('link.field.parent'), opts.links?.parent ?? null],
    [t('link.field.children'), opts.links?.children.length ? opts.links.children.join(', ') : null],
    [t('field.knowledge'), pub.knowledge.length ? pub.knowledge.join(', ') : null],
    [t('field.problem'), i.problem ?? i.problemHandoff],
    [t('field.externalRef'), i.externalRef],
    [t('field.resolution'), i.resolution ? `${i.resolution}${i.resolutionCode ? ` [${i.resolutionCode}]` : ''}` : null],
  ];
  if (isOverdue(i, opts.now)) fields.unshift([t('field.sla'), styled(c.red.bold(t('list.overdue')))]);
  const labelWidth = Math.max(...fields.filter(([, v]) => v).map(([k]) => displayWidth(k)));
  // Values are data, shown inert; a Styled one is ours (coloured SLA lines, the overdue mark).
  for (const [k, v] of fields) {
    if (v) lines.push(...hanging(`${c.dim(padEnd(k, labelWidth))}  `, labelWidth + 2, v instanceof Styled ? v.text : inert(v), width));
  }
  if (i.description) lines.push('', wrap(inert(i.description, true), width));
  if (opts.attachments?.length) {
    lines.push('', c.bold(t('attachment.heading')));
    for (const a of opts.attachments) lines.push(...hanging('  ', 2, `${inert(a.name)}  ${c.dim(`${a.size} B, ${a.mediaType}, sha256 ${a.sha256.slice(0, 12)}…`)}`, width));
  }
  lines.push('', c.bold(t('show.timeline')));
  lines.push(...timelineLines(timeline, { t, chalk: c, lang, width }));
  return lines.join('\n') + '\n';
}

/**
 * `prefix` then `text` wrapped to what is left of `width`, continuation lines indented by `indent`
 * cells so they line up under the text. Line breaks in the text are kept.
 */
function hanging(prefix: string, indent: number, text: string, width: number): string[] {
  const room = Math.max(width - indent, 12);
  const wrapped = wrap(text, room).split('\n');
  return wrapped.map((l, n) => (n === 0 ? prefix : ' '.repeat(indent)) + l);
}

/**
 * The timeline as aligned columns — time, who, what changed — each event's text wrapped under its
 * own column. When that column would be too narrow (a 40-column terminal), the text goes on the
 * lines below, indented under the time.
 */
function timelineLines(events: TimelineEvent[], o: { t: Translate; chalk: ChalkInstance; lang: Lang; width: number }): string[] {
  const c = o.chalk;
  const actorWidth = Math.min(Math.max(0, ...events.map((e) => displayWidth(inert(e.actor)))), 16);
  const textAt = 2 + 16 + 2 + actorWidth + 2;
  const beside = o.width - textAt >= 24;
  const out: string[] = [];
  for (const e of events) {
    const actor = truncate(inert(e.actor), actorWidth);
    const head = `  ${c.dim(localTime(e.at))}  ${c.dim(padEnd(actor, actorWidth))}`;
    const text = inert(describeEvent(e, o.t, o.lang).replace(/\s*\n\s*/g, ' / ') + actedFor(e, o.t, o.lang));
    if (beside) out.push(...hanging(`${head}  `, textAt, text, o.width));
    else out.push(head.trimEnd(), ...hanging('    ', 4, text, o.width));
  }
  return out;
}

/**
 * Who else the record names beside the actor (docs/team.md "Who did it"): the name given with
 * --actor on a team database, or the OS account on a file when its login is not the actor's name.
 */
export function actedFor(e: TimelineEvent, t: Translate, lang: Lang): string {
  const parts: string[] = [];
  if (e.onBehalfOf) parts.push(t('show.onBehalfOf', { name: e.onBehalfOf }));
  if (e.osUser) {
    const at = e.osUser.lastIndexOf(':');
    const [login, uid] = at < 0 ? [e.osUser, '?'] : [e.osUser.slice(0, at), e.osUser.slice(at + 1)];
    if (login !== e.actor) parts.push(t('show.osUser', { login, uid }));
  }
  if (!parts.length) return '';
  return lang === 'ja' ? `(${parts.join('、')})` : ` (${parts.join(', ')})`;
}

const levelText = (v: unknown): string => (v === null || v === undefined || v === '' ? '—' : String(v));

/**
 * What an event changed, for people: `classified P3 → P1`, `assigned sato → tanaka`, `escalated to
 * vendor-support (level 1), ETA …`, then its note. The kind stays the data word (SPEC §6); the
 * connecting words are translated.
 */
export function describeEvent(e: TimelineEvent, t: Translate, lang: Lang): string {
  const data = (e.data ?? {}) as Record<string, unknown>;
  const changes = (data.changes ?? {}) as Record<string, [unknown, unknown]>;
  const change = (field: string, [from, to]: [unknown, unknown]) => (field === 'priority' ? '' : `${field} `) + `${levelText(from)} → ${levelText(to)}`;
  const parts: string[] = [e.kind];
  switch (e.kind) {
    case 'opened':
      if (data.priority) parts.push(String(data.priority));
      break;
    case 'classified': {
      const p = changes.priority;
      parts.push(p ? change('priority', p) : levelText(data.priority));
      for (const [field, v] of Object.entries(changes)) if (field !== 'priority' && field !== 'impact' && field !== 'urgency') parts.push(change(field, v));
      break;
    }
    case 'assigned':
    case 'repeated':
      parts.push(`${levelText(e.from)} → ${levelText(e.to)}`);
      break;
    case 'escalated':
      if (data.to) parts.push(t('show.escalatedTo', { who: String(data.to) }));
      if (data.level) parts.push(t('show.level', { n: String(data.level) }));
      if (data.eta) parts.push(t('show.eta', { at: localTime(String(data.eta)) }));
      // The departments told (--notify): who knows of it is part of the record, as in the completion report.
      if (Array.isArray(data.notify) && data.notify.length) parts.push(t('show.notified', { depts: data.notify.map(String).join(lang === 'ja' ? '・' : ', ') }));
      for (const [field, v] of Object.entries(changes)) parts.push(change(field, v));
      break;
    case 'resolved':
      if (data.code) parts.push(`[${String(data.code)}]`);
      if (data.parent) parts.push(t('link.withParent', { ref: String(data.parent) }));
      break;
    case 'linked':
    case 'unlinked':
      if (data.link && data.incident) parts.push(t(`link.role.${String(data.link) as 'related'}`, { ref: String(data.incident) }));
      break;
    case 'closed':
      parts.push(`${levelText(e.from)} → ${levelText(e.to)}`);
      if (data.duplicateOf) parts.push(t('link.role.original', { ref: String(data.duplicateOf) }));
      break;
    case 'edited': {
      const field = String(data.field ?? '');
      // Long text would fill the timeline: its field is named, its text is in `show --json`.
      parts.push(field === 'description' || field === 'scope' ? field : `${field} ${levelText(e.from)} → ${levelText(e.to)}`);
      break;
    }
    case 'attached':
      parts.push(`${String(data.name ?? e.to ?? '')} (${String(data.size ?? '?')} B)`);
      break;
    case 'due_recomputed':
      for (const field of ['responseDueAt', 'resolveDueAt']) {
        const [from, to] = (data[field] ?? []) as [string | null, string | null];
        if (from !== to) parts.push(`${field} ${from ? localTime(from) : '—'} → ${to ? localTime(to) : '—'}`);
      }
      break;
    default:
      if ((e.from || e.to) && e.from !== e.to) parts.push(`${e.from ?? '—'} → ${e.to ?? '—'}`);
  }
  const [kind, ...rest] = parts.filter(Boolean);
  const what = rest.length ? `${kind} ${rest.join(lang === 'ja' ? '、' : ', ')}` : kind;
  // The opening event's note is the title, shown above already.
  return e.note && e.kind !== 'opened' ? `${what}: ${e.note}` : what;
}

export function formatEvent(e: TimelineEvent, c: ChalkInstance): string {
  // from/to are statuses, but also names (an assignee, a team): data, shown inert.
  const move = e.from || e.to ? ` ${inert(e.from ?? '')}→${inert(e.to ?? '')}` : '';
  const note = e.note ? `  ${inert(e.note.replace(/\s*\n\s*/g, ' / '))}` : '';
  return `${c.dim(localTime(e.at))}  ${e.kind}${move}  ${c.dim(inert(e.actor))}${note}`;
}
