import type { ChalkInstance } from 'chalk';
import type { Problem, ProblemEvent, ProblemStatus } from '../core/problem.js';
import type { Lang, Translate } from '../i18n/index.js';
import type { LinkedIncident } from '../core/problem.js';
import { actedFor, formatEvent, localTime, priorityStyle } from './incident.js';
import type { Column } from './rows.js';
import { displayWidth, padEnd, truncate } from './text.js';
import { duration } from './time.js';
import { inert, styled, Styled } from '../core/controls.js';

/** Colour by how much a status still needs someone: unowned work stands out. */
export function problemStatusStyle(text: string, status: ProblemStatus, c: ChalkInstance): string {
  switch (status) {
    case 'open':
      return c.yellow(text);
    case 'analysing':
      return c.cyan(text);
    case 'known_error':
      return c.magenta(text);
    case 'fixed':
      return c.green(text);
    default:
      return c.dim(text);
  }
}

/** Seconds from opened to closed, or to now while still open. */
const ageSeconds = (p: Problem, now: Date) => Math.max(0, Math.round(((p.closedAt ? Date.parse(p.closedAt) : now.getTime()) - Date.parse(p.openedAt)) / 1000));

/** The columns of `incident problem list`. */
export function problemColumns(t: Translate, now: Date, lang: Lang): Column<Problem>[] {
  return [
    { key: 'ref', heading: t('problem.col.ref'), value: (p) => p.ref, style: (s, _p, c) => c.cyan(s) },
    { key: 'status', heading: t('problem.col.status'), value: (p) => p.status, style: (s, p, c) => problemStatusStyle(s, p.status, c) },
    { key: 'title', heading: t('problem.col.title'), value: (p) => p.title, flexible: true },
    { key: 'owner', heading: t('problem.col.owner'), value: (p) => p.owner ?? '', style: (s, p, c) => (p.owner ? s : c.red(s)), dropOrder: 3 },
    { key: 'incidents', heading: t('problem.col.incidents'), value: (p) => p.incidents.length },
    // csv/tsv carry seconds and ISO times, as `incident list` does; tables the short forms.
    { key: 'age', heading: t('problem.col.age'), value: (p) => duration(ageSeconds(p, now), lang), raw: (p) => ageSeconds(p, now), dropOrder: 2 },
    { key: 'openedAt', heading: t('problem.col.opened'), value: (p) => localTime(p.openedAt), raw: (p) => p.openedAt, dropOrder: 1 },
  ];
}

/** `problem show` for people: fields, linked incidents, then the timeline, oldest first. */
export function renderProblemDetail(
  p: Problem,
  incidents: LinkedIncident[],
  timeline: ProblemEvent[],
  opts: { t: Translate; chalk: ChalkInstance; width: number },
): string {
  const { t, chalk: c } = opts;
  const lines: string[] = [];
  lines.push(`${c.bold(p.ref)}  ${problemStatusStyle(p.status, p.status, c)}`, c.bold(inert(p.title)), '');
  const fields: [string, string | Styled | null][] = [
    [t('problem.field.owner'), p.owner ?? styled(c.red(t('problem.unowned')))],
    [t('problem.field.category'), p.category],
    [t('problem.field.service'), p.service],
    [t('problem.field.opened'), localTime(p.openedAt)],
    [t('problem.field.analysisStarted'), localTime(p.analysisStartedAt) || null],
    [t('problem.field.knownError'), localTime(p.knownErrorAt) || null],
    [t('problem.field.fixed'), localTime(p.fixedAt) || null],
    [t('problem.field.closed'), localTime(p.closedAt) || null],
    [t('problem.field.knowledge'), p.knowledge.length ? p.knowledge.join(', ') : null],
  ];
  const labelWidth = Math.max(...fields.filter(([, v]) => v).map(([k]) => displayWidth(k)));
  for (const [k, v] of fields) if (v) lines.push(`${c.dim(padEnd(k, labelWidth))}  ${v instanceof Styled ? v.text : inert(v)}`);
  if (p.description) lines.push('', inert(p.description, true));
  // The long texts get a heading each: they are what people come to read.
  for (const [k, v] of [
    [t('problem.field.rootCause'), p.rootCause],
    [t('problem.field.workaround'), p.workaround],
    [t('problem.field.fix'), p.fix],
    [t('problem.field.closeReason'), p.closeReason],
  ] as const) {
    if (v) lines.push('', c.bold(k), ...inert(v, true).split('\n').map((l) => `  ${l}`));
  }
  lines.push('', c.bold(t('problem.show.incidents', { count: incidents.length })));
  if (!incidents.length) lines.push(`  ${c.dim(t('problem.show.noIncidents', { ref: p.ref }))}`);
  for (const i of incidents) {
    const head = `  ${c.cyan(i.ref.padEnd(8))} ${priorityStyle((i.priority ?? '—').padEnd(3), i.priority, c)} ${i.status.padEnd(10)} ${c.dim(localTime(i.openedAt))}  `;
    lines.push(head + truncate(i.title, Math.max(10, opts.width - displayWidth(head.replace(/\u001b\[[0-9;]*m/g, '')))));
  }
  lines.push('', c.bold(t('problem.show.timeline')));
  for (const e of timeline) lines.push(`  ${formatEvent(e, c)}${inert(actedFor(e, t, 'en'))}`);
  return lines.join('\n') + '\n';
}
