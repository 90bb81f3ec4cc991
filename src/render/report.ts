import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import { respondedAt, slaStanding } from '../core/sla.js';
import type { Calendar } from '../core/calendar.js';
import type { Lang, Translate } from '../i18n/index.js';
import { duration } from './time.js';
import { valueWord } from './reports.js';
import { inert } from '../core/controls.js';

/** A knowledge entry an incident created or used, as the completion report lists it. */
export interface ReportKnowledge {
  ref: string;
  title: string;
  relation: string;
  status: string;
}

/** Times the report states about an incident (seconds), from app/completion.ts. */
export interface ReportDurations {
  toClassify: number | null;
  toResolve: number | null;
  toResolveGross: number | null;
  onHold: number;
}

export interface CompletionReportOptions {
  t: Translate;
  now: Date;
  /** Durations, states and levels in the reader's language (default English: the stored words). */
  lang?: Lang;
  knowledge?: ReportKnowledge[];
  durations?: ReportDurations;
  /** The calendars the SLA targets count in (as `show` has them): lateness in working time, unless around the clock. */
  calendars?: SlaCalendars;
}

/** The calendars an incident's response and resolution targets count in. */
export interface SlaCalendars {
  response: Calendar;
  resolve: Calendar;
}

/** Text that stays inside its Markdown paragraph: line breaks kept as hard breaks, no raw HTML. */
const md = (s: string | null | undefined) => (s ?? '').replace(/</g, '&lt;').replace(/\r?\n/g, '  \n');
/** Text inside a table cell: no pipes or line breaks to break the row. */
const cell = (s: string | null | undefined) => (s ?? '').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/\r?\n/g, '<br>');
/** Text inside a heading or list item: one line. */
const inline = (s: string | null | undefined) => (s ?? '').replace(/</g, '&lt;').replace(/\s*\r?\n\s*/g, ' ');

/** Local wall-clock time with its UTC offset, as a reader of the mail expects it. */
export function reportTime(isoTime: string | null | undefined): string {
  if (!isoTime) return '—';
  const d = new Date(isoTime);
  const p = (n: number) => String(Math.abs(n)).padStart(2, '0');
  const off = -d.getTimezoneOffset();
  const zone = off === 0 ? 'UTC' : `UTC${off > 0 ? '+' : '-'}${p(Math.trunc(off / 60))}:${p(off % 60)}`;
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())} ${p(d.getHours())}:${p(d.getMinutes())} ${zone}`;
}


/**
 * The completion report (完了報告): what a person pastes into mail or a wiki after closing —
 * summary, impact and scope, timeline, escalations, resolution, knowledge, problem hand-off and SLA
 * outcome. Loaded only by `show --format md` and `close --report`.
 */
export function renderCompletionReport(i: IncidentRecord, timeline: TimelineEvent[], opts: CompletionReportOptions): string {
  const { t } = opts;
  const lang = opts.lang ?? 'en';
  const dur = (s: number | null | undefined) => (s === null || s === undefined ? '—' : duration(s, lang));
  const word = (v: string | null | undefined) => (v ? valueWord(t, v) : v);
  const out: string[] = [];
  const item = (k: string, v: string | null | undefined) => {
    if (v) out.push(`- **${k}**: ${inline(v)}`);
  };
  out.push(`# ${i.ref}: ${inline(i.title)}${i.major ? ` ${t('report.majorTag')}` : ''}`, '');

  out.push(`## ${t('report.summary')}`, '');
  item(t('col.status'), word(i.status));
  item(t('report.priority'), i.priority ? `${i.priority} (${t('field.impactUrgency')}: ${word(i.impact) ?? '—'} × ${word(i.urgency) ?? '—'})` : null);
  item(t('field.category'), i.category);
  item(t('field.service'), i.service);
  item(t('field.source'), i.source);
  item(t('field.reporter'), i.reporter);
  item(t('field.assignee'), [i.assignee, i.team && `(${i.team})`].filter(Boolean).join(' '));
  item(t('field.detected'), reportTime(i.detectedAt));
  item(t('field.opened'), reportTime(i.openedAt));
  item(t('field.resolved'), i.resolvedAt && reportTime(i.resolvedAt));
  item(t('field.closed'), i.closedAt && reportTime(i.closedAt));
  const d = opts.durations;
  if (d) {
    item(t('report.timeToClassify'), d.toClassify !== null ? dur(d.toClassify) : null);
    item(t('report.timeToResolve'), d.toResolve !== null ? `${dur(d.toResolve)}${d.onHold ? ` (${t('report.onHold', { held: dur(d.onHold), gross: dur(d.toResolveGross) })})` : ''}` : null);
  }
  item(t('field.occurrences'), i.occurrences > 1 ? String(i.occurrences) : null);
  item(t('field.tags'), i.tags.length ? i.tags.join(', ') : null);
  item(t('field.related'), i.related.length ? i.related.join(', ') : null);
  item(t('field.externalRef'), i.externalRef);
  if (i.description) out.push('', md(i.description));

  out.push('', `## ${t('report.impact')}`, '');
  const impactLines = [
    i.impact ? `- **${t('report.impactLevel')}**: ${word(i.impact)}` : null,
    i.urgency ? `- **${t('report.urgencyLevel')}**: ${word(i.urgency)}` : null,
    i.service ? `- **${t('field.service')}**: ${inline(i.service)}` : null,
    i.occurrences > 1 ? `- **${t('field.occurrences')}**: ${i.occurrences}` : null,
  ].filter((l): l is string => !!l);
  out.push(...impactLines);
  if (impactLines.length) out.push('');
  out.push(i.scope ? md(i.scope) : t('report.noScope'));

  out.push('', `## ${t('report.timeline')}`, '');
  out.push(`| ${t('report.whenLocal')} | ${t('report.who')} | ${t('report.what')} | ${t('report.note')} |`, '|---|---|---|---|');
  for (const e of timeline) {
    const what = e.from ? `${e.kind} (${word(e.from)} → ${word(e.to) ?? ''})` : e.to ? `${e.kind} (→ ${word(e.to)})` : e.kind;
    out.push(`| ${reportTime(e.at)} | ${cell(e.actor)} | ${cell(what)} | ${cell(e.note)} |`);
  }

  out.push('', `## ${t('report.escalations')}`, '');
  const escalations = timeline.filter((e) => e.kind === 'escalated');
  if (!escalations.length) out.push(t('report.noEscalation'));
  for (const e of escalations) {
    const x = (e.data ?? {}) as Record<string, unknown>;
    const to = [x.to, x.team].filter(Boolean).join(' / ') || '—';
    const extras = [
      Array.isArray(x.notify) && x.notify.length ? `${t('report.notified')}: ${x.notify.join(', ')}` : null,
      x.eta ? `${t('report.eta')}: ${reportTime(x.eta as string)}` : null,
      x.major ? t('report.majorTag') : null,
    ].filter(Boolean);
    out.push(`- ${reportTime(e.at)} — L${x.level ?? '?'} → ${inline(to)} (${inline(e.actor)}): ${inline(e.note)}${extras.length ? ` · ${extras.join(' · ')}` : ''}`);
  }

  out.push('', `## ${t('report.resolution')}`, '');
  if (i.resolution) {
    const resolved = [...timeline].reverse().find((e) => e.kind === 'resolved');
    out.push(md(i.resolution), '');
    if (i.resolutionCode) out.push(`- **${t('report.code')}**: \`${i.resolutionCode}\``);
    if (resolved) out.push(`- **${t('report.resolvedBy')}**: ${inline(resolved.actor)} (${reportTime(resolved.at)})`);
  } else {
    out.push(t('report.notResolved'));
  }

  out.push('', `## ${t('report.knowledge')}`, '');
  const kb = opts.knowledge ?? i.knowledge.map((ref) => ({ ref, title: '', relation: 'used', status: '' }));
  if (!kb.length) out.push(t('report.noKnowledge'));
  for (const k of kb) out.push(`- ${k.ref}${k.title ? ` ${inline(k.title)}` : ''} (${k.relation === 'created' ? t('report.kbCreated') : t('report.kbUsed')}${k.status ? `, ${word(k.status)}` : ''})`);

  out.push('', `## ${t('report.problem')}`, '');
  const problem = [
    i.problem ? `- **${t('field.problem')}**: ${i.problem}` : null,
    i.problemHandoff ? `- **${t('report.handoff')}**: ${inline(i.problemHandoff)}` : null,
    i.sourceProblem ? `- **${t('report.sourceProblem')}**: ${inline(i.sourceProblem)}` : null,
  ].filter((l): l is string => !!l);
  if (problem.length) out.push(...problem);
  else out.push(i.resolutionCode === 'workaround' ? t('report.noHandoffWorkaround', { ref: i.ref }) : t('report.noHandoff'));

  out.push('', `## ${t('report.sla')}`, '', ...slaLines(i, t, opts.now, lang, opts.calendars));
  // Plain text with no markup of ours: every control character a value brought is made inert at once.
  return inert(out.join('\n'), true) + '\n';
}

function slaLines(i: IncidentRecord, t: Translate, now: Date, lang: Lang, calendars?: SlaCalendars): string[] {
  const lines: string[] = [];
  const check = (label: string, due: string | null, done: string | null, cal?: Calendar) => {
    if (!due) return lines.push(`- ${label}: ${t('report.slaNone')}`);
    // As `show` says it (core/sla.ts#slaStanding): in working time when the target counts in one.
    const o = slaStanding(due, done, i.status, now, cal);
    const late = () => {
      const d = duration(o.seconds, lang);
      return `+${o.business ? t('calendar.workingTime', { duration: d, name: o.business.name }) : d}`;
    };
    const dueAt = `${t('report.due')} ${reportTime(due)}`;
    if (o.state === 'met') return lines.push(`- ${label}: ${t('report.slaMet')} — ${dueAt}, ${t('report.done')} ${reportTime(done)}`);
    if (o.state === 'missed') return lines.push(`- ${label}: ${t('report.slaMissed')} (${late()}) — ${dueAt}, ${t('report.done')} ${reportTime(done)}`);
    if (o.state === 'overdue') return lines.push(`- ${label}: ${t('report.slaMissed')} (${dueAt}, ${late()})`);
    // Running, or stopped (on hold, cancelled): not reached, either way.
    return lines.push(`- ${label}: ${t('report.slaPending')} (${dueAt})`);
  };
  check(t('report.slaResponse'), i.responseDueAt, respondedAt(i), calendars?.response);
  check(t('report.slaResolve'), i.resolveDueAt, i.resolvedAt, calendars?.resolve);
  if (i.sourceSlaMet !== null) lines.push(`- ${t('report.slaSource')}: ${i.sourceSlaMet ? t('report.slaMet') : t('report.slaMissed')}`);
  return lines;
}
