import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import { formatDurationShort } from '../core/time.js';
import type { Translate } from '../i18n/index.js';

const md = (s: string | null | undefined) => (s ?? '').replace(/\r?\n/g, '  \n');

/**
 * The completion report (完了報告): what a person pastes into mail or a wiki after closing.
 * Loaded only by `show --format md` and `close --report`.
 */
export function renderCompletionReport(i: IncidentRecord, timeline: TimelineEvent[], opts: { t: Translate; now: Date }): string {
  const { t } = opts;
  const out: string[] = [];
  out.push(`# ${i.ref}: ${md(i.title)}`, '');
  out.push(`## ${t('report.summary')}`, '');
  const row = (k: string, v: string | null | undefined) => v && out.push(`- **${k}**: ${md(v)}`);
  row(t('col.status'), i.status);
  row(t('col.priority'), i.priority ? `${i.priority} (${t('field.impactUrgency')}: ${i.impact} × ${i.urgency})` : null);
  row(t('field.category'), i.category);
  row(t('field.service'), i.service);
  row(t('field.source'), i.source);
  row(t('field.reporter'), i.reporter);
  row(t('field.assignee'), [i.assignee, i.team && `(${i.team})`].filter(Boolean).join(' '));
  row(t('field.detected'), i.detectedAt);
  row(t('field.opened'), i.openedAt);
  row(t('field.resolved'), i.resolvedAt);
  row(t('field.closed'), i.closedAt);
  if (i.major) row(t('field.major'), 'yes');
  if (i.description) out.push('', md(i.description));
  out.push('', `## ${t('report.impact')}`, '', md(i.scope) || '—');
  out.push('', `## ${t('report.timeline')}`, '', `| ${t('report.when')} | ${t('report.who')} | ${t('report.what')} | ${t('report.note')} |`, '|---|---|---|---|');
  for (const e of timeline) {
    const what = e.from || e.to ? `${e.kind} (${e.from ?? ''}→${e.to ?? ''})` : e.kind;
    out.push(`| ${e.at} | ${e.actor} | ${what} | ${(e.note ?? '').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')} |`);
  }
  const escalations = timeline.filter((e) => e.kind === 'escalated');
  out.push('', `## ${t('report.escalations')}`, '');
  if (!escalations.length) out.push('—');
  for (const e of escalations) {
    const d = e.data ?? {};
    out.push(`- ${e.at} L${d.level ?? '?'} → ${[d.to, d.team].filter(Boolean).join(' / ') || '—'}: ${md(e.note)}`);
  }
  out.push('', `## ${t('report.resolution')}`, '', md(i.resolution) || '—');
  if (i.resolutionCode) out.push('', `${t('report.code')}: \`${i.resolutionCode}\``);
  out.push('', `## ${t('report.knowledge')}`, '', i.knowledge.length ? i.knowledge.map((k) => `- ${k}`).join('\n') : '—');
  out.push('', `## ${t('report.problem')}`, '', i.problem ?? (i.problemHandoff ? md(i.problemHandoff) : '—'));
  out.push('', `## ${t('report.sla')}`, '', ...slaLines(i, t));
  return out.join('\n') + '\n';
}

function slaLines(i: IncidentRecord, t: Translate): string[] {
  const lines: string[] = [];
  const check = (label: string, due: string | null, done: string | null) => {
    if (!due) return lines.push(`- ${label}: —`);
    if (!done) return lines.push(`- ${label}: ${t('report.slaPending')} (${due})`);
    const late = (Date.parse(done) - Date.parse(due)) / 1000;
    lines.push(`- ${label}: ${late > 0 ? `${t('report.slaMissed')} (+${formatDurationShort(late)})` : t('report.slaMet')}`);
  };
  check(t('report.slaResponse'), i.responseDueAt, i.classifiedAt);
  check(t('report.slaResolve'), i.resolveDueAt, i.resolvedAt);
  return lines;
}
