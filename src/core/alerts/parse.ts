import type { MessageKey, MessageParams } from '../../i18n/index.js';
import { usageError } from '../errors.js';
import { LIMITS, withoutBom } from '../validate.js';
import { labelsFingerprint } from './fingerprint.js';

/**
 * Monitoring payloads → alerts, with no I/O. A payload is checked whole here, before anything is
 * written: any fault is one exit-2 error that says which alert and what was wrong (SPEC §9).
 */

export const ALERT_FORMATS = ['alertmanager', 'grafana', 'generic'] as const;
export type AlertFormat = (typeof ALERT_FORMATS)[number];
export type AlertStatus = 'firing' | 'resolved';

/** One alert, whatever sent it. */
export interface Alert {
  /** 1-based position in the payload, for messages. */
  index: number;
  status: AlertStatus;
  /** The alert's identity: its fingerprint or dedupKey; one incident per key. */
  dedupKey: string;
  /** True when the payload carried no fingerprint and it was computed from the labels. */
  derivedKey: boolean;
  /** The title a new incident gets (null only for a generic resolved alert that sent none). */
  title: string | null;
  description: string | null;
  /** The text a resolved alert gives for the resolution, if any. */
  resolution: string | null;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  /** Fields the payload states directly (generic format), which win over labels. */
  fields: Partial<Record<'severity' | 'service' | 'category' | 'team' | 'assignee' | 'impact' | 'urgency' | 'reporter', string>>;
  startsAt: string | null;
  endsAt: string | null;
  links: Record<string, string>;
  value: string | null;
}

export interface Payload {
  format: AlertFormat;
  alerts: Alert[];
}

type Json = Record<string, unknown>;

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A fault in the payload: exit 2, and the hint says nothing was written. */
const bad = (key: MessageKey, params: MessageParams = {}) => usageError(key, params, 'ingest.nothingWritten');

/** A value from a payload as text we can store: NFC, no control characters, trimmed, cut to size. */
export function tidy(value: string, kind: 'title' | 'short' | 'text'): string {
  const multiline = kind === 'text';
  let s = value.normalize('NFC').replace(/\r\n?/g, '\n');
  // C1 too (core/controls.ts): U+009B is ESC [ to a terminal that reads it.
  s = multiline ? s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, ' ') : s.replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ');
  s = s.trim();
  const chars = [...s];
  const max = LIMITS[kind];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : s;
}

const optionalText = (v: string | undefined | null, kind: 'title' | 'short' | 'text'): string | null => {
  if (v === undefined || v === null) return null;
  const s = tidy(v, kind);
  return s ? s : null;
};

/** Labels and annotations: an object of strings (numbers and booleans are taken as text). */
function stringMap(v: unknown, at: number, field: string): Record<string, string> {
  if (v === undefined || v === null) return {};
  if (!isObject(v)) throw bad('ingest.bad.map', { at, field });
  const out: Record<string, string> = {};
  for (const [k, value] of Object.entries(v)) {
    if (typeof value === 'string') out[k] = value;
    else if (typeof value === 'number' || typeof value === 'boolean') out[k] = String(value);
    else if (value !== null) throw bad('ingest.bad.string', { at, field: `${field}.${k}` });
  }
  return out;
}

function optionalString(v: unknown, at: number | null, field: string): string | undefined {
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (typeof v !== 'string') throw at === null ? bad('ingest.bad.topString', { field }) : bad('ingest.bad.string', { at, field });
  return v;
}

const FIRING = ['firing', 'problem', 'alerting', 'triggered', 'trigger', 'open', 'active', 'suppressed', 'unprocessed', 'critical', 'down'];
const RESOLVED = ['resolved', 'ok', 'recovered', 'recovery', 'cleared', 'clear', 'closed', 'normal', 'up', 'inactive'];

function parseStatus(v: unknown, at: number | null, field: string, fallback?: AlertStatus): AlertStatus {
  const s = optionalString(v, at, field);
  if (s === undefined || !s.trim()) {
    if (fallback) return fallback;
    return 'firing';
  }
  const key = s.normalize('NFKC').trim().toLowerCase();
  if (FIRING.includes(key)) return 'firing';
  if (RESOLVED.includes(key)) return 'resolved';
  throw at === null ? bad('ingest.bad.topStatus', { field, value: s }) : bad('ingest.bad.status', { at, field, value: s });
}

const isDayOfMonth = (date: string): boolean => {
  const [y, month, day] = date.slice(0, 10).split('-').map(Number);
  return new Date(Date.UTC(y, month - 1, day)).getUTCDate() === day;
};

/** RFC 3339 as monitoring sends it (nanoseconds, offsets); Go's zero time means "not set". */
/** A zone at the end of a time that is not RFC 3339 (`… GMT`, `… +0900`, `… EST (Eastern)`): the names Date knows. */
const ENDS_IN_ZONE = /(?:\b(?:Z|UTC?|GMT|[ECMP][SD]T)|[+-]\d{2}:?\d{2})(?:\s*\([^)]*\))?$/i;

/**
 * Another form of time (`2026/11/23 09:51:03`, `Mon, 23 Nov 2026 09:51:03 GMT`) as Date reads it,
 * but in UTC when it names no zone: Date would read it in the zone of the machine that runs ingest.
 */
const inUtcUnlessZoned = (text: string) => (ENDS_IN_ZONE.test(text) ? text : `${text} UTC`);

function parseInstant(v: unknown, at: number, field: string): string | null {
  const s = optionalString(v, at, field);
  if (s === undefined || !s.trim() || s.startsWith('0001-01-01')) return null;
  const m = /^(\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s.trim());
  // Milliseconds are as precise as we store; Date cannot read nine fraction digits everywhere.
  const text = m ? `${m[1].replace(' ', 'T')}${m[2] ? m[2].slice(0, 4) : ''}${m[3] ?? 'Z'}` : inUtcUnlessZoned(s.trim());
  const t = Date.parse(text);
  // Date.parse rolls 30 February over to 2 March: a day its month does not have is no time.
  if (Number.isNaN(t) || (m && !isDayOfMonth(m[1])) || t < Date.UTC(1970, 0, 1) || t > Date.UTC(2200, 0, 1)) throw bad('ingest.bad.time', { at, field, value: s });
  return new Date(t).toISOString();
}

function identity(fingerprint: string | undefined, labels: Record<string, string>, at: number, field = 'fingerprint') {
  const fp = fingerprint?.trim();
  if (fp) {
    if ([...fp].length > LIMITS.short) throw bad('ingest.bad.tooLong', { at, field, max: LIMITS.short });
    return { dedupKey: tidy(fp, 'short'), derivedKey: false };
  }
  if (!Object.keys(labels).length) throw bad('ingest.bad.noIdentity', { at, field });
  return { dedupKey: labelsFingerprint(labels), derivedKey: true };
}

/** "summary" annotation, else the alert name and instance (SPEC §9). */
function alertTitle(labels: Record<string, string>, annotations: Record<string, string>): string | null {
  const summary = optionalText(annotations.summary, 'title');
  if (summary) return summary;
  const name = optionalText(labels.alertname, 'title');
  const instance = optionalText(labels.instance, 'title');
  if (name) return tidy(instance ? `${name} (${instance})` : name, 'title');
  return optionalText(annotations.title, 'title') ?? optionalText(annotations.message, 'title') ?? optionalText(annotations.description?.split('\n')[0], 'title');
}

const LINK_FIELDS = ['generatorURL', 'dashboardURL', 'panelURL', 'silenceURL', 'imageURL'] as const;

function webhookAlert(raw: unknown, at: number, format: 'alertmanager' | 'grafana', groupStatus: AlertStatus | undefined): Alert {
  if (!isObject(raw)) throw bad('ingest.bad.notObject', { at });
  const labels = stringMap(raw.labels, at, 'labels');
  const annotations = stringMap(raw.annotations, at, 'annotations');
  const { dedupKey, derivedKey } = identity(optionalString(raw.fingerprint, at, 'fingerprint'), labels, at);
  const links: Record<string, string> = {};
  for (const f of LINK_FIELDS) {
    const v = optionalString(raw[f], at, f)?.trim();
    if (v) links[f] = tidy(v, 'short');
  }
  for (const k of ['runbook_url', 'runbook']) if (annotations[k]?.trim()) links[k] = tidy(annotations[k], 'short');
  const description = optionalText(annotations.description ?? annotations.message, 'text');
  return {
    index: at,
    // Older Alertmanager versions have no per-alert status: the group's status holds for all.
    // Alertmanager's API (GET /api/v2/alerts) lists alerts with status { state: active|suppressed|… }.
    status: isObject(raw.status) ? parseStatus(raw.status.state, at, 'status.state') : parseStatus(raw.status, at, 'status', groupStatus),
    dedupKey,
    derivedKey,
    title: alertTitle(labels, annotations) ?? `alert ${dedupKey}`,
    description,
    resolution: optionalText(annotations.resolution, 'text'),
    labels,
    annotations,
    fields: {},
    startsAt: parseInstant(raw.startsAt, at, 'startsAt'),
    endsAt: parseInstant(raw.endsAt, at, 'endsAt'),
    links,
    value: format === 'grafana' ? grafanaValue(raw, at) : null,
  };
}

/** Grafana's `valueString`, else its `values` map ({ B: 44.2, C: 1 }) as `B=44.2, C=1`. */
function grafanaValue(raw: Json, at: number): string | null {
  const text = optionalText(optionalString(raw.valueString, at, 'valueString'), 'text');
  if (text) return text;
  if (!isObject(raw.values)) return null;
  const parts = Object.entries(raw.values).map(([k, v]) => `${k}=${typeof v === 'object' ? JSON.stringify(v) : String(v)}`);
  return parts.length ? tidy(parts.join(', '), 'text') : null;
}

function webhook(doc: Json | unknown[], format: 'alertmanager' | 'grafana'): Alert[] {
  // A bare list is what Alertmanager's API answers (curl …/api/v2/alerts | incident ingest).
  if (Array.isArray(doc)) return doc.map((a, i) => webhookAlert(a, i + 1, format, undefined));
  if (!Array.isArray(doc.alerts)) throw bad('ingest.bad.alertsNotArray');
  const groupStatus = doc.status === undefined ? undefined : parseStatus(doc.status, null, 'status');
  return doc.alerts.map((a, i) => webhookAlert(a, i + 1, format, groupStatus));
}

const GENERIC_FIELDS = ['severity', 'service', 'category', 'team', 'assignee', 'impact', 'urgency', 'reporter'] as const;

/** The generic format: { title, severity, dedupKey, status, description, service, labels, … }. */
function genericAlert(raw: unknown, at: number): Alert {
  if (!isObject(raw)) throw bad('ingest.bad.notObject', { at });
  const labels = stringMap(raw.labels, at, 'labels');
  const annotations = stringMap(raw.annotations, at, 'annotations');
  const status = parseStatus(raw.status, at, 'status');
  const title = optionalText(optionalString(raw.title, at, 'title') ?? optionalString(raw.summary, at, 'summary'), 'title') ?? alertTitle(labels, annotations);
  const fields: Alert['fields'] = {};
  for (const f of GENERIC_FIELDS) {
    const v = optionalText(optionalString(raw[f], at, f), 'short');
    if (v) fields[f] = v;
  }
  let key = optionalString(raw.dedupKey ?? raw.dedup_key ?? raw.fingerprint, at, 'dedupKey');
  let derivedKey = false;
  if (!key?.trim()) {
    if (Object.keys(labels).length) ({ dedupKey: key, derivedKey } = identity(undefined, labels, at, 'dedupKey'));
    // A script that sends the same title again means the same trouble.
    else if (title) ({ dedupKey: key, derivedKey } = { dedupKey: labelsFingerprint({ title, service: fields.service ?? '' }), derivedKey: true });
    else throw bad('ingest.bad.genericNoIdentity', { at });
  } else if ([...key.trim()].length > LIMITS.short) throw bad('ingest.bad.tooLong', { at, field: 'dedupKey', max: LIMITS.short });
  if (status === 'firing' && !title) throw bad('ingest.bad.noTitle', { at });
  const url = optionalText(optionalString(raw.url, at, 'url'), 'short');
  return {
    index: at,
    status,
    dedupKey: tidy(key as string, 'short'),
    derivedKey,
    title,
    description: optionalText(optionalString(raw.description, at, 'description'), 'text') ?? optionalText(annotations.description, 'text'),
    resolution: optionalText(optionalString(raw.resolution, at, 'resolution'), 'text'),
    labels,
    annotations,
    fields,
    startsAt: parseInstant(raw.startsAt ?? raw.time, at, 'startsAt'),
    endsAt: parseInstant(raw.endsAt, at, 'endsAt'),
    links: url ? { url } : {},
    value: optionalText(optionalString(raw.value, at, 'value'), 'text'),
  };
}

const GRAFANA_ALERT_KEYS = ['valueString', 'values', 'dashboardURL', 'panelURL', 'silenceURL', 'imageURL'];

/** Which format a parsed document is, by its shape; null when it is none we know. */
export function detectFormat(doc: unknown): AlertFormat | null {
  if (Array.isArray(doc)) {
    // An empty list is no alerts (an API with nothing firing), not an unknown shape.
    if (!doc.length) return 'generic';
    if (!doc.every(isObject) || doc.some((d) => Array.isArray(d.alerts))) return null;
    // Alerts as Alertmanager's API lists them: labels and a fingerprint, no title of their own.
    const listed = doc.every((d) => isObject(d.labels) && 'fingerprint' in d && !('title' in d) && !('dedupKey' in d));
    return listed ? 'alertmanager' : 'generic';
  }
  if (!isObject(doc)) return null;
  if (Array.isArray(doc.alerts)) {
    const grafana = 'orgId' in doc || doc.alerts.some((a) => isObject(a) && GRAFANA_ALERT_KEYS.some((k) => k in a));
    return grafana ? 'grafana' : 'alertmanager';
  }
  if ('alerts' in doc) return null;
  return 'title' in doc || 'dedupKey' in doc || 'dedup_key' in doc || 'summary' in doc ? 'generic' : null;
}

function tryParse(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** Reads JSON, or JSON Lines (one object a line) for the generic format. */
function readDocument(text: string): { doc: unknown; lines: boolean } {
  const body = withoutBom(text).trim();
  if (!body) throw bad('ingest.bad.empty');
  try {
    return { doc: JSON.parse(body), lines: false };
  } catch (whole) {
    const lines = body.split(/\r?\n/);
    // JSON Lines only when the first line is a whole object; else it is one broken document.
    if (lines.length < 2 || !isObject(tryParse(lines[0]))) throw bad('ingest.bad.json', { reason: (whole as Error).message });
    const docs: unknown[] = [];
    lines.forEach((line, i) => {
      if (!line.trim()) return;
      try {
        docs.push(JSON.parse(line));
      } catch (e) {
        throw bad('ingest.bad.jsonLine', { line: i + 1, reason: (e as Error).message });
      }
    });
    return { doc: docs, lines: true };
  }
}

/**
 * Parses and checks a whole payload. `format` forces a format; without it the shape decides, and a
 * shape we do not know is exit 2.
 */
export function parsePayload(text: string, format?: AlertFormat): Payload {
  const { doc, lines } = readDocument(text);
  const found = format ?? detectFormat(doc);
  if (!found) throw usageError('ingest.bad.shape', {}, 'ingest.shapeHint');
  if (found === 'generic') {
    if (!lines && Array.isArray(doc) && !doc.length) return { format: found, alerts: [] };
    const list = Array.isArray(doc) ? doc : [doc];
    return { format: found, alerts: list.map((a, i) => genericAlert(a, i + 1)) };
  }
  if (Array.isArray(doc) && !lines) return { format: found, alerts: webhook(doc, found) };
  if (!isObject(doc) || !Array.isArray(doc.alerts)) throw bad('ingest.bad.notWebhook', { format: found });
  return { format: found, alerts: webhook(doc, found) };
}

/**
 * A new incident's description: the alert's own text, then what a responder needs to find the
 * source (labels, value, links). Field names stay as monitoring spells them: they are data.
 */
export function alertDescription(alert: Alert): string | null {
  const parts: string[] = [];
  if (alert.description) parts.push(alert.description);
  const details: string[] = [];
  const labels = Object.entries(alert.labels).map(([k, v]) => `${k}=${v}`);
  if (labels.length) details.push(`labels: ${labels.join(', ')}`);
  if (alert.value) details.push(`value: ${alert.value}`);
  for (const [k, v] of Object.entries(alert.links)) details.push(`${k}: ${v}`);
  if (details.length) parts.push(details.join('\n'));
  return parts.length ? tidy(parts.join('\n\n'), 'text') : null;
}
