import { usageError } from '../errors.js';
import { parseLevel, type Level } from '../priority.js';
import { tidy, type Alert } from './parse.js';

/**
 * How an alert's labels become incident fields (SPEC §9). Later wins:
 * 1. the severity table (built-in defaults below, each replaceable by `ingest.map.severity.<value>`),
 * 2. labels named like a field (`impact`, `urgency`, `service`, `category`, `team`, `assignee`; the
 *    label each reads is `ingest.label.<field>`), and the generic format's own fields,
 * 3. other rules `ingest.map.<label>.<value>`, in order of label name.
 */

export const MAPPED_FIELDS = ['impact', 'urgency', 'category', 'service', 'team', 'assignee'] as const;
export type MappedField = (typeof MAPPED_FIELDS)[number];

export interface Mapped {
  impact?: Level;
  urgency?: Level;
  category?: string;
  service?: string;
  team?: string;
  assignee?: string;
}

/** `label=value` → fields to set. */
export interface Rule {
  label: string;
  value: string;
  set: Mapped;
  /** The setting it came from, or null for a built-in default. */
  key: string | null;
}

export interface MappingSettings {
  /** Which label feeds each field (and `severity`). */
  labels: Record<MappedField | 'severity', string>;
  rules: Rule[];
}

/**
 * Built-in severities: Prometheus/Grafana's critical|warning|info, the common `page`/`error`, and
 * Zabbix's Disaster/High/Average/Warning/Information, so the usual set-ups need no configuration.
 */
export const DEFAULT_SEVERITY: Record<string, string> = {
  critical: 'high/high',
  disaster: 'high/high',
  page: 'high/high',
  error: 'high/medium',
  high: 'high/medium',
  average: 'medium/medium',
  warning: 'medium/medium',
  minor: 'medium/low',
  low: 'medium/low',
  info: 'low/low',
  information: 'low/low',
};

export const DEFAULT_LABELS: MappingSettings['labels'] = {
  severity: 'severity',
  impact: 'impact',
  urgency: 'urgency',
  category: 'category',
  service: 'service',
  team: 'team',
  assignee: 'assignee',
};

/** Label values match whatever their case or width: `Critical`, `CRITICAL`, `ｃｒｉｔｉｃａｌ`. */
export const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase();

/**
 * Reads a rule's value: `high/high` (impact/urgency), `team=network, service=VPN`, or both
 * (`high/medium, team=dba`). A value we cannot read is exit 2 naming the setting.
 */
export function parseRuleValue(text: string, key: string): Mapped {
  const out: Mapped = {};
  const badValue = () => usageError('ingest.badSetting', { key, value: text }, 'ingest.badSettingHint');
  for (const part of text.split(',').map((p) => p.trim()).filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) {
      const [impact, urgency, extra] = part.split('/').map((p) => p.trim());
      if (!impact || !urgency || extra !== undefined) throw badValue();
      try {
        out.impact = parseLevel(impact, 'impact');
        out.urgency = parseLevel(urgency, 'urgency');
      } catch {
        throw badValue();
      }
      continue;
    }
    const field = fold(part.slice(0, eq)) as MappedField;
    const value = part.slice(eq + 1).trim();
    if (!(MAPPED_FIELDS as readonly string[]).includes(field) || !value) throw badValue();
    if (field === 'impact' || field === 'urgency') {
      try {
        out[field] = parseLevel(value, field);
      } catch {
        throw badValue();
      }
    } else out[field] = tidy(value, 'short');
  }
  if (!Object.keys(out).length) throw badValue();
  return out;
}

/** The mapping from settings (`ingest.*` keys and their values), over the built-in defaults. */
export function mappingFrom(settings: Readonly<Record<string, string>>): MappingSettings {
  const labels = { ...DEFAULT_LABELS };
  for (const field of Object.keys(labels) as (keyof typeof labels)[]) {
    const v = settings[`ingest.label.${field}`];
    if (v !== undefined) labels[field] = v.trim();
  }
  const configured = new Map<string, Rule>();
  for (const [key, value] of Object.entries(settings)) {
    const m = /^ingest\.map\.([^.]+)\.(.+)$/.exec(key);
    if (!m) continue;
    const label = m[1] === 'severity' ? labels.severity : m[1];
    configured.set(`${fold(label)}\u0000${fold(m[2])}`, { label, value: m[2], set: parseRuleValue(value, key), key });
  }
  const rules: Rule[] = [];
  for (const [value, text] of Object.entries(DEFAULT_SEVERITY)) {
    const id = `${fold(labels.severity)}\u0000${value}`;
    if (!configured.has(id)) rules.push({ label: labels.severity, value, set: parseRuleValue(text, 'default'), key: null });
  }
  // Severity rules first, then the rest by label name, so a more specific rule wins.
  const sev = fold(labels.severity);
  const list = [...configured.values()].sort((a, b) => {
    const sa = fold(a.label) === sev ? 0 : 1;
    const sb = fold(b.label) === sev ? 0 : 1;
    return sa - sb || a.label.localeCompare(b.label) || a.value.localeCompare(b.value);
  });
  return { labels, rules: [...rules, ...list] };
}

/** The incident fields an alert maps to. Labels whose values are not levels are left out. */
export function mapAlert(alert: Pick<Alert, 'labels' | 'fields'>, mapping: MappingSettings): Mapped & { severity: string | null } {
  const byName = new Map(Object.entries(alert.labels).map(([k, v]) => [fold(k), v]));
  const label = (name: string) => (name ? byName.get(fold(name)) : undefined);
  const severity = alert.fields.severity ?? label(mapping.labels.severity) ?? null;
  const out: Mapped = {};
  const applyRules = (severityRules: boolean) => {
    for (const r of mapping.rules) {
      const isSeverity = fold(r.label) === fold(mapping.labels.severity);
      if (isSeverity !== severityRules) continue;
      const v = isSeverity ? severity : label(r.label);
      if (v !== undefined && v !== null && fold(v) === fold(r.value)) Object.assign(out, r.set);
    }
  };
  applyRules(true);
  for (const field of MAPPED_FIELDS) {
    const v = alert.fields[field] ?? label(mapping.labels[field]);
    if (v === undefined || !v.trim()) continue;
    if (field === 'impact' || field === 'urgency') {
      try {
        out[field] = parseLevel(v, field);
      } catch {
        // A label such as urgency="asap" is the sender's word, not ours: leave it to the severity.
      }
    } else out[field] = tidy(v, 'short');
  }
  applyRules(false);
  return { ...out, severity };
}
