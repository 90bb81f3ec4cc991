import { createHash } from 'node:crypto';

/**
 * An exported event's hash by the rule in docs/export-import.md ("Hash chain"), written here on its
 * own: the event's non-null fields but id and hash, with `ref` and `prev`, as JSON with sorted keys.
 */
export function chainHash(event: Record<string, unknown>, ref: string, prev: string | null): string {
  const content: Record<string, unknown> = { ref };
  for (const [k, v] of Object.entries(event)) if (v !== null && k !== 'id' && k !== 'hash') content[k] = v;
  if (prev !== null) content.prev = prev;
  return createHash('sha256').update(sortedJson(content), 'utf8').digest('hex');
}

/** JSON with every object's keys sorted and no spaces. */
const sortedJson = (v: unknown): string =>
  Array.isArray(v)
    ? `[${v.map(sortedJson).join(',')}]`
    : v !== null && typeof v === 'object'
      ? `{${Object.keys(v)
          .sort()
          .map((k) => `${JSON.stringify(k)}:${sortedJson((v as Record<string, unknown>)[k])}`)
          .join(',')}}`
      : JSON.stringify(v);

/** A timeline with every event's hash as an export of it under `ref` carries them. */
export function chained(events: Record<string, unknown>[], ref: string): Record<string, unknown>[] {
  let prev: string | null = null;
  return events.map((e) => {
    const hash: string = chainHash(e, ref, prev);
    prev = hash;
    return { ...e, hash };
  });
}
