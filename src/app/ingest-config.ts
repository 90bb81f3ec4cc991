import { usageError } from '../core/errors.js';
import { mappingFrom, type MappingSettings } from '../core/alerts/mapping.js';
import { parseDuration } from '../core/time.js';
import type { SettingsStore } from '../store/settings.js';

/**
 * The `ingest.*` settings (SPEC §11 keeps them in the database), read with their defaults:
 *
 * - `ingest.autoResolve` (on|off, default on): a resolved alert resolves its incident. On by default
 *   because monitoring saw the symptom go away, and the watch period before close still lets a
 *   person reopen it; off for teams that confirm every recovery themselves.
 * - `ingest.map.<label>.<value>`: fields an alert with that label value gets
 *   (`ingest.map.severity.critical=high/high`, `ingest.map.namespace.payments=team=payments`).
 * - `ingest.label.<field>`: which label feeds severity, impact, urgency, category, service, team,
 *   assignee (default: the label of the same name).
 */
export interface IngestSettings {
  autoResolve: boolean;
  mapping: MappingSettings;
  /** Watch period before close for incidents monitoring resolves: `resolve.monitor`, as `resolve`. */
  watchSeconds: number;
}

export const INGEST_DEFAULTS = { autoResolve: true, watchSeconds: 3 * 86400 } as const;

const ON = ['on', 'true', 'yes', '1', 'enabled'];
const OFF = ['off', 'false', 'no', '0', 'disabled'];

export function parseSwitch(value: string | undefined, key: string, fallback: boolean): boolean {
  if (value === undefined) return fallback;
  const v = value.normalize('NFKC').trim().toLowerCase();
  if (ON.includes(v)) return true;
  if (OFF.includes(v)) return false;
  throw usageError('ingest.badSetting', { key, value }, 'ingest.badSettingHint');
}

export async function readIngestSettings(settings: Pick<SettingsStore, 'all'>): Promise<IngestSettings> {
  return ingestSettingsFrom(await settings.all());
}

/** The ingest settings among every setting (exit 2 for one that cannot be read). */
export function ingestSettingsFrom(every: Record<string, string>): IngestSettings {
  const all = Object.fromEntries(Object.entries(every).filter(([k]) => k.startsWith('ingest.')));
  const monitor = every['resolve.monitor'];
  return {
    autoResolve: parseSwitch(all['ingest.autoResolve'], 'ingest.autoResolve', INGEST_DEFAULTS.autoResolve),
    mapping: mappingFrom(all),
    watchSeconds: monitor ? parseDuration(monitor, 'resolve.monitor') : INGEST_DEFAULTS.watchSeconds,
  };
}
