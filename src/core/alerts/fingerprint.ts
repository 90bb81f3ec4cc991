/**
 * Alertmanager's alert fingerprint, computed as Prometheus does (model.LabelSet.Fingerprint): FNV-1a
 * 64-bit over the label names in byte order, each name and value followed by the separator byte 0xff.
 * An empty label set hashes to the FNV offset basis. Alertmanager prints it as 16 hex digits.
 * Older Alertmanager versions send no fingerprint; computing the same one lets their repeats match.
 */

const OFFSET = 0xcbf29ce484222325n;
const PRIME = 0x100000001b3n;
const MASK = 0xffffffffffffffffn;
const SEPARATOR = 0xff;

const encoder = new TextEncoder();

function add(h: bigint, bytes: Uint8Array): bigint {
  for (const b of bytes) h = ((h ^ BigInt(b)) * PRIME) & MASK;
  return h;
}

/** Go sorts label names as byte strings: compare the UTF-8 bytes, not UTF-16 code units. */
function byteOrder(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

export function labelsFingerprint(labels: Readonly<Record<string, string>>): string {
  const names = Object.keys(labels).map((name) => ({ name, bytes: encoder.encode(name) }));
  names.sort((x, y) => byteOrder(x.bytes, y.bytes));
  let h = OFFSET;
  const sep = Uint8Array.of(SEPARATOR);
  for (const { name, bytes } of names) {
    h = add(h, bytes);
    h = add(h, sep);
    h = add(h, encoder.encode(labels[name]));
    h = add(h, sep);
  }
  return h.toString(16).padStart(16, '0');
}
