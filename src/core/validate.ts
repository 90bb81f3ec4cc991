import { usageError } from './errors.js';
import { closest } from './suggest.js';

export const LIMITS = { title: 300, short: 200, text: 100_000 } as const;

/**
 * Cleans a value a person typed: NFC, trimmed, no control characters (line breaks and tabs are kept
 * in long text only). Refuses empty and over-long values with exit 2 naming the flag.
 */
export function cleanText(value: string, flag: string, kind: keyof typeof LIMITS = 'short'): string {
  const multiline = kind === 'text';
  let s = String(value).normalize('NFC').replace(/\r\n?/g, '\n');
  const control = multiline ? /[\u0000-\u0008\u000b-\u001f\u007f]/ : /[\u0000-\u001f\u007f]/;
  if (control.test(s)) {
    if (!multiline && /^[^\u0000-\u0008\u000b-\u001f\u007f]*$/.test(s)) s = s.replace(/[\t\n]+/g, ' ');
    else throw usageError('error.controlChars', { flag });
  }
  s = s.trim();
  if (!s) throw usageError('error.emptyValue', { flag });
  const length = [...s].length;
  if (length > LIMITS[kind]) throw usageError('error.tooLong', { flag, length, max: LIMITS[kind] });
  return s;
}

/** Text without the byte-order mark an editor (Windows Notepad) may write first: it is not data. */
export const withoutBom = (text: string): string => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export const cleanOptional = (value: string | undefined, flag: string, kind: keyof typeof LIMITS = 'short') =>
  value === undefined ? undefined : cleanText(value, flag, kind);

export function parseChoice<T extends string>(value: string, flag: string, choices: readonly T[]): T {
  const v = String(value).normalize('NFKC').trim().toLowerCase();
  if (!(choices as readonly string[]).includes(v)) {
    const suggestion = closest(v, choices);
    throw usageError('error.badChoice', { flag, choices: choices.join(', '), value, suggestion: suggestion ?? '' }, suggestion ? 'error.choiceDidYouMean' : undefined);
  }
  return v as T;
}

export function parseInteger(value: string, flag: string, min: number, max: number): number {
  const v = String(value).normalize('NFKC').trim();
  const n = Number(v);
  if (!/^-?\d+$/.test(v) || !Number.isSafeInteger(n) || n < min || n > max) throw usageError('error.badNumber', { flag, min, max, value });
  return n;
}

/** Tags are case-folded, trimmed, de-duplicated: `VPN`, ` vpn ` and `ｖｐｎ` are one tag. */
export function normaliseTags(tags: readonly string[]): string[] {
  const out: string[] = [];
  for (const raw of tags) {
    for (const part of String(raw).split(',')) {
      const t = cleanText(part.normalize('NFKC').toLowerCase().trim().replace(/\s+/g, '-'), '--tag', 'short');
      if (!out.includes(t)) out.push(t);
    }
  }
  return out;
}
