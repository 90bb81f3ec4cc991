import type { Alert, AlertFormat, Payload } from '../core/alerts/parse.js';
import { alertDescription } from '../core/alerts/parse.js';
import { mapAlert } from '../core/alerts/mapping.js';
import type { IncidentRecord } from '../core/incident.js';
import type { ChangeContext } from './change.js';
import { openIncident, resolveIncident } from './incidents.js';
import { readIngestSettings } from './ingest-config.js';

/**
 * Monitoring alerts → incidents (SPEC §9): one incident per alert identity (its dedupKey); a repeat
 * counts an occurrence on the active incident; a firing after resolve or close opens a new incident
 * related to the old one; a resolved alert resolves its incident, or notes that it cleared.
 * A whole payload is one transaction: the lifecycle operations nest inside it as savepoints.
 */

export type IngestAction = 'opened' | 'updated' | 'cleared' | 'resolved';

export interface IgnoredAlert {
  alert: number;
  dedupKey: string;
  title: string | null;
  /** Why nothing was done: no incident with the key is active. */
  reason: 'no-active-incident';
}

export interface IngestResult {
  format: AlertFormat;
  alerts: number;
  opened: IncidentRecord[];
  updated: IncidentRecord[];
  resolved: IncidentRecord[];
  ignored: IgnoredAlert[];
  /** Each incident touched, once, with what happened to it last (for tables). */
  rows: { action: IngestAction; incident: IncidentRecord }[];
}

/** Texts stored on incidents, in the reader's language. */
export interface IngestTexts {
  resolution: (endsAt: string, title: string) => string;
  cleared: (endsAt: string, title: string) => string;
}

export async function ingestPayload(c: ChangeContext, payload: Payload, texts: IngestTexts): Promise<IngestResult> {
  const settings = await readIngestSettings(c.store.settings);
  // Map every alert before the first write: a setting we cannot read stops the whole payload.
  const mapped = payload.alerts.map((a) => mapAlert(a, settings.mapping));
  const now = c.now.toISOString();

  return c.store.write(async () => {
    const actions = new Map<number, IngestAction>();
    const opened = new Set<number>();
    const resolved = new Set<number>();
    const ignored: IgnoredAlert[] = [];
    const mark = (id: number, action: IngestAction) => {
      const before = actions.get(id);
      // What a person most needs to know wins: resolved, then opened.
      if (before === 'resolved' || (before === 'opened' && action !== 'resolved')) return;
      actions.delete(id);
      actions.set(id, action);
    };

    for (const [i, alert] of payload.alerts.entries()) {
      const active = await c.store.incidents.findActiveByDedupKey(alert.dedupKey);
      if (alert.status === 'firing') {
        if (active) {
          await openIncident(c, { title: alert.title ?? active.title, dedupKey: alert.dedupKey });
          mark(active.id, 'updated');
          continue;
        }
        const previous = await c.store.incidents.findLatestByDedupKey(alert.dedupKey);
        const { incident } = await openIncident(c, openInput(alert, mapped[i], payload.format, previous, c.now));
        opened.add(incident.id);
        mark(incident.id, 'opened');
        continue;
      }
      if (!active) {
        ignored.push({ alert: alert.index, dedupKey: alert.dedupKey, title: alert.title, reason: 'no-active-incident' });
        continue;
      }
      const endsAt = alert.endsAt ?? now;
      if (settings.autoResolve) {
        await resolveIncident(c, active.id, { resolution: alert.resolution ?? texts.resolution(endsAt, alert.title ?? active.title), code: 'fixed', monitorSeconds: settings.watchSeconds });
        resolved.add(active.id);
        mark(active.id, 'resolved');
      } else {
        await c.store.incidents.update(active.id, active.version, {}, now);
        await c.store.incidents.appendEvent(active.id, {
          at: now,
          actor: c.actor,
          kind: 'alert_cleared',
          from: null,
          to: null,
          note: alert.resolution ?? texts.cleared(endsAt, alert.title ?? active.title),
          data: { dedupKey: alert.dedupKey, endsAt: alert.endsAt },
        });
        mark(active.id, 'cleared');
      }
    }

    const byId = new Map((await c.store.incidents.getMany([...actions.keys()])).map((i) => [i.id, i]));
    const rows = [...actions].map(([id, action]) => ({ action, incident: byId.get(id) as IncidentRecord }));
    const pick = (f: (r: (typeof rows)[number]) => boolean) => rows.filter(f).map((r) => r.incident);
    return {
      format: payload.format,
      alerts: payload.alerts.length,
      opened: pick((r) => opened.has(r.incident.id)),
      updated: pick((r) => !opened.has(r.incident.id) && !resolved.has(r.incident.id)),
      resolved: pick((r) => resolved.has(r.incident.id)),
      ignored,
      rows,
    };
  });
}

function openInput(alert: Alert, m: ReturnType<typeof mapAlert>, format: AlertFormat, previous: IncidentRecord | undefined, now: Date) {
  const started = alert.startsAt ? new Date(alert.startsAt) : undefined;
  return {
    title: alert.title as string,
    description: alertDescription(alert) ?? undefined,
    impact: m.impact,
    urgency: m.urgency,
    category: m.category,
    service: m.service,
    team: m.team,
    assignee: m.assignee,
    source: 'monitoring' as const,
    reporter: alert.fields.reporter ?? (format === 'generic' ? undefined : format),
    // When the trouble began, as monitoring saw it; never after we heard of it.
    detectedAt: started && started <= now ? started : undefined,
    dedupKey: alert.dedupKey,
    related: previous ? [previous.id] : [],
  };
}
