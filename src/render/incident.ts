import type { ChalkInstance } from 'chalk';
import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import { isOverdue } from '../core/sla.js';
import type { Lang, Translate } from '../i18n/index.js';
import { duration } from './time.js';
import { toPublic } from '../store/incidents.js';
import { displayWidth, padEnd, stripControls } from './text.js';
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
    { key: 'title', heading: t('col.title'), value: (i) => (i.major ? `[MAJOR] ${i.title}` : i.title), flexible: true },
    { key: 'assignee', heading: t('col.assignee'), value: (i) => i.assignee ?? '', dropOrder: 4 },
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
  ];
}

/**
 * The due time still running that comes first: the response's until the incident is classified, the
 * resolution's until it is resolved; none once resolved, closed or cancelled (store/incidents.ts
 * sorts `list --sort due` by the same rule).
 */
export function nextDue(i: IncidentRecord): string | null {
  if (!['open', 'classified', 'escalated', 'on_hold'].includes(i.status)) return null;
  const response = i.classifiedAt ? null : i.responseDueAt;
  return response && (!i.resolveDueAt || response < i.resolveDueAt) ? response : i.resolveDueAt;
}

/** `show` for people: fields, then the timeline, oldest first. */
export function renderIncidentDetail(
  i: IncidentRecord,
  timeline: TimelineEvent[],
  opts: { t: Translate; chalk: ChalkInstance; now: Date; lang?: Lang },
): string {
  const { t, chalk: c } = opts;
  const pub = toPublic(i);
  const lines: string[] = [];
  // `2026-11-23 15:55 (due in 3h 12m)` / `(あと3時間12分)`; on hold the clock is stopped.
  const withCountdown = (at: string): string => {
    if (!opts.lang || i.status === 'on_hold' || i.status === 'closed' || i.status === 'cancelled') return localTime(at);
    const seconds = (Date.parse(at) - opts.now.getTime()) / 1000;
    const left = seconds < 0 ? t('overview.overdueBy', { duration: duration(-seconds, opts.lang) }) : t('overview.dueIn', { duration: duration(seconds, opts.lang) });
    return `${localTime(at)} (${left})`;
  };
  const head = `${c.bold(i.ref)}  ${priorityStyle(i.priority ?? '—', i.priority, c)}  ${i.status}${i.major ? c.red.bold('  MAJOR') : ''}`;
  lines.push(head, c.bold(stripControls(i.title)), '');
  const fields: [string, string | null][] = [
    [t('field.impactUrgency'), i.impact || i.urgency ? `${i.impact ?? '—'} × ${i.urgency ?? '—'}` : null],
    [t('field.category'), i.category],
    [t('field.service'), i.service],
    [t('field.source'), i.source],
    [t('field.reporter'), i.reporter],
    [t('field.assignee'), [i.assignee, i.team && `(${i.team})`].filter(Boolean).join(' ') || null],
    [t('field.escalation'), i.escalationLevel ? String(i.escalationLevel) : null],
    [t('field.scope'), i.scope],
    [t('field.tags'), i.tags.length ? i.tags.join(', ') : null],
    [t('field.detected'), localTime(i.detectedAt)],
    [t('field.opened'), localTime(i.openedAt)],
    [t('field.responseDue'), i.responseDueAt && !i.classifiedAt ? withCountdown(i.responseDueAt) : null],
    [t('field.resolveDue'), i.resolveDueAt && !i.resolvedAt ? withCountdown(i.resolveDueAt) : null],
    [t('field.occurrences'), i.occurrences > 1 ? String(i.occurrences) : null],
    [t('field.dedupKey'), i.dedupKey],
    [t('field.related'), i.related.length ? i.related.join(', ') : null],
    [t('field.knowledge'), pub.knowledge.length ? pub.knowledge.join(', ') : null],
    [t('field.problem'), i.problem ?? i.problemHandoff],
    [t('field.externalRef'), i.externalRef],
    [t('field.resolution'), i.resolution ? `${i.resolution}${i.resolutionCode ? ` [${i.resolutionCode}]` : ''}` : null],
  ];
  if (isOverdue(i, opts.now)) fields.unshift([t('field.sla'), c.red.bold(t('list.overdue'))]);
  const labelWidth = Math.max(...fields.filter(([, v]) => v).map(([k]) => displayWidth(k)));
  for (const [k, v] of fields) if (v) lines.push(`${c.dim(padEnd(k, labelWidth))}  ${stripControls(v)}`);
  if (i.description) lines.push('', stripControls(i.description));
  lines.push('', c.bold(t('show.timeline')));
  for (const e of timeline) lines.push(`  ${formatEvent(e, c)}`);
  return lines.join('\n') + '\n';
}

export function formatEvent(e: TimelineEvent, c: ChalkInstance): string {
  const move = e.from || e.to ? ` ${e.from ?? ''}→${e.to ?? ''}` : '';
  const note = e.note ? `  ${stripControls(e.note.replace(/\s*\n\s*/g, ' / '))}` : '';
  return `${c.dim(localTime(e.at))}  ${e.kind}${move}  ${c.dim(e.actor)}${note}`;
}
