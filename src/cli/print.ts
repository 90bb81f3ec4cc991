import type { IncidentRecord } from '../core/incident.js';
import type { MessageKey } from '../i18n/index.js';
import { priorityStyle } from '../render/incident.js';
import { toPublic } from '../store/incidents.js';
import type { Context } from './context.js';
import { styled } from '../core/controls.js';

/**
 * How a lifecycle command reports the incident it changed: `-q` the ref alone, `--json` the §3
 * object, else one line such as `INC-12 classified P2 VPN に接続できない`.
 */
export function printChanged(ctx: Context, incident: IncidentRecord, key: MessageKey, extra: Record<string, unknown> = {}): void {
  if (ctx.quiet) return ctx.print(incident.ref);
  if (ctx.json) return ctx.printJson({ ...toPublic(incident), ...extra });
  const c = ctx.out;
  const priority = incident.priority ? priorityStyle(incident.priority, incident.priority, c) : '—';
  ctx.print(ctx.t(key, { ref: styled(c.bold(incident.ref)), priority: styled(priority), status: incident.status, title: incident.title }));
}
