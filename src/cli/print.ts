import type { IncidentRecord } from '../core/incident.js';
import type { MessageKey } from '../i18n/index.js';
import { priorityStyle } from '../render/incident.js';
import { toPublic } from '../core/incident.js';
import type { Context } from './context.js';
import { styled } from '../core/controls.js';

/**
 * How a lifecycle command reports the incident it changed: `--json` the §3 object, `-q` the ref
 * alone, else one line such as `INC-12 classified P2 VPN に接続できない`.
 */
export function printChanged(ctx: Context, incident: IncidentRecord, key: MessageKey, extra: Record<string, unknown> = {}): void {
  // --json wins over -q, as in every command that prints rows: -q then only silences the hints.
  if (ctx.json) return ctx.printJson({ ...toPublic(incident), ...extra });
  if (ctx.quiet) return ctx.print(incident.ref);
  const c = ctx.out;
  const priority = incident.priority ? priorityStyle(incident.priority, incident.priority, c) : '—';
  ctx.print(ctx.t(key, { ref: styled(c.bold(incident.ref)), priority: styled(priority), status: incident.status, title: incident.title }));
}
