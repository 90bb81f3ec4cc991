import { Config, KEYS, isTemplateKey, parseValue, requireKey } from '../core/config.js';
import { usageError } from '../core/errors.js';
import type { Store } from '../store/index.js';

/** Reading and writing the team's configuration (SPEC §11). Every value is validated before it is written. */

export interface ConfigEntry {
  key: string;
  /** The effective value: what is set, else the default. */
  value: string;
  default: string;
  /** True when the value is set in this database (not the default). */
  set: boolean;
  /** A family of keys (`notify.<name>.url`): shown as a template for what can be set. */
  template: boolean;
}

/**
 * The settings as this role may see them: a webhook URL it may not read (on a server, every role
 * below admin: SPEC §15) is there as its origin, as everyone is shown it anyway.
 */
async function visibleSettings(store: Store): Promise<Record<string, string>> {
  const raw = await store.settings.all();
  for (const [rule, origin] of Object.entries(await store.settings.webhookOrigins())) raw[`notify.${rule}.url`] ??= origin;
  return raw;
}

export async function getEntry(store: Store, input: string): Promise<ConfigEntry> {
  const { key, spec } = requireKey(input);
  const raw = (await store.settings.get(key)) ?? (key.endsWith('.url') ? (await visibleSettings(store))[key] : undefined);
  return { key, value: raw ?? spec.default, default: spec.default, set: raw !== undefined, template: false };
}

/** Every known key with its value and default, then the family keys that are set, then templates. */
export async function listEntries(store: Store): Promise<ConfigEntry[]> {
  const raw = await visibleSettings(store);
  const out: ConfigEntry[] = [];
  for (const spec of KEYS) {
    if (isTemplateKey(spec)) {
      const instances = Object.keys(raw).filter((k) => !KEYS.some((s) => s.key === k) && requireKeySafe(k) === spec);
      for (const k of instances) out.push({ key: k, value: raw[k], default: spec.default, set: true, template: false });
      out.push({ key: spec.key, value: '', default: spec.default, set: false, template: true });
    } else {
      out.push({ key: spec.key, value: raw[spec.key] ?? spec.default, default: spec.default, set: spec.key in raw, template: false });
    }
  }
  return out;
}

function requireKeySafe(key: string) {
  try {
    return requireKey(key).spec;
  } catch {
    return undefined;
  }
}

/** A priority's calendar must be one there is: always, business, or one a `calendar.<name>.*` key defines. */
function assertCalendarKnown(settings: Record<string, string>, key: string, type: string, value: string): void {
  if (type !== 'calendarName' || value === '') return;
  const names = new Config(settings).calendarNames();
  if (names.includes(value)) return;
  throw usageError('calendar.unknown', { name: value, names: names.join(', ') }, 'calendar.unknownHint');
}

/** Sets a key; `then` runs in the same transaction, after the write (`--recompute`'s due times). */
export async function setValue(store: Store, input: string, value: string, then?: () => Promise<void>): Promise<ConfigEntry> {
  const { key, spec } = requireKey(input);
  const canonical = parseValue(key, spec, value);
  assertCalendarKnown(await store.settings.all(), key, spec.type, canonical);
  await store.write(async () => {
    await store.settings.set(key, canonical);
    await then?.();
  });
  return { key, value: canonical, default: spec.default, set: true, template: false };
}

export async function unsetValue(store: Store, input: string): Promise<{ entry: ConfigEntry; removed: boolean }> {
  const { key, spec } = requireKey(input);
  const removed = await store.write(async () => await store.settings.unset(key));
  return { entry: { key, value: spec.default, default: spec.default, set: false, template: false }, removed };
}

/** The keys set in this database, for `config export` (a file a team can keep in git). */
export async function exportValues(store: Store): Promise<Record<string, string>> {
  return await store.settings.all();
}

/**
 * Validates every key and value of an exported object, then writes them all in one transaction (or
 * nothing). With `replace`, keys not in the file go back to their defaults, except those in `keep`.
 */
export async function importValues(store: Store, data: unknown, replace: boolean, keep: readonly string[] = []): Promise<{ written: number; removed: number }> {
  if (!data || typeof data !== 'object' || Array.isArray(data)) throw usageError('config.badImport', { reason: 'expected a JSON object of "key": "value"' });
  const values: [string, string][] = [];
  for (const [k, v] of Object.entries(data as Record<string, unknown>)) {
    const { key, spec } = requireKey(k);
    const text = Array.isArray(v) ? v.map(String).join(',') : v === null || typeof v === 'object' ? undefined : String(v);
    if (text === undefined) throw usageError('config.badImportValue', { key });
    values.push([key, parseValue(key, spec, text)]);
  }
  const after = { ...(replace ? {} : await store.settings.all()), ...Object.fromEntries(values) };
  for (const [key, v] of values) assertCalendarKnown(after, key, requireKey(key).spec.type, v);
  return await store.write(async () => {
    let removed = 0;
    if (replace) {
      // Keys an export left out (its secrets) stay as they are.
      const kept = new Set([...values.map(([k]) => k), ...keep]);
      for (const k of Object.keys(await store.settings.all())) if (!kept.has(k) && await store.settings.unset(k)) removed++;
    }
    for (const [k, v] of values) await store.settings.set(k, v);
    return { written: values.length, removed };
  });
}
