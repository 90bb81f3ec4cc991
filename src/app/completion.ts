import type { IncidentRecord, TimelineEvent } from '../core/incident.js';
import type { Lang, Translate } from '../i18n/index.js';
import { renderCompletionReport } from '../render/report.js';
import type { Store } from '../store/index.js';
import { ReportStore } from '../store/reports.js';
import { incidentDurations } from './reports.js';

/**
 * The completion report of one incident: loads what the report states beyond the record (the
 * knowledge entries it created or used, its times net of hold) and renders it as Markdown.
 */
export function completionReport(store: Store, incident: IncidentRecord, timeline: TimelineEvent[], opts: { t: Translate; now: Date; lang?: Lang }): string {
  const rs = new ReportStore(store.db);
  const ms = (s: string | null) => (s ? Date.parse(s) : null);
  const d = incidentDurations(
    { start: Date.parse(incident.openedAt), classified: ms(incident.classifiedAt), resolved: ms(incident.resolvedAt), heldSeconds: incident.heldSeconds },
    timeline.map((e) => ({ at: Date.parse(e.at), kind: e.kind, from: e.from })),
  );
  return renderCompletionReport(incident, timeline, {
    ...opts,
    knowledge: rs.knowledgeLinks(incident.id),
    durations: {
      toClassify: d.mttaNet,
      toResolve: d.mttrNet,
      toResolveGross: d.mttrGross,
      onHold: d.mttrNet !== null && d.mttrGross !== null ? d.mttrGross - d.mttrNet : incident.heldSeconds,
    },
  });
}
