import { usageError } from './errors.js';
import { CONTROL } from './controls.js';
import { closest } from './suggest.js';

export const LIMITS = { title: 300, short: 200, text: 100_000 } as const;

/** Control characters (C0 and C1) a stored one-line value may not hold, and those long text may not (it keeps tabs and line breaks). */
const CONTROL_LINE = /[\u0000-\u001f\u007f-\u009f]/;
const CONTROL_TEXT = CONTROL;

/**
 * Cleans a value a person typed: NFC, trimmed, no control characters, C0 or C1 (line breaks and tabs
 * are kept in long text only; in a one-line value they become one space). Refuses empty and
 * over-long values with exit 2 naming the flag.
 */
export function cleanText(value: string, flag: string, kind: keyof typeof LIMITS = 'short'): string {
  const multiline = kind === 'text';
  let s = String(value).normalize('NFC').replace(/\r\n?/g, '\n');
  if (CONTROL.test(s)) throw usageError('error.controlChars', { flag });
  if (!multiline) s = s.replace(/[\t\n]+/g, ' ');
  s = s.trim();
  if (!s) throw usageError('error.emptyValue', { flag });
  // Characters are code points, never more than UTF-16 units: only a long value needs counting.
  if (s.length > LIMITS[kind]) {
    const length = [...s].length;
    if (length > LIMITS[kind]) throw usageError('error.tooLong', { flag, length, max: LIMITS[kind] });
  }
  return s;
}

/**
 * Checks text that arrives already stored (an import) by cleanText's rules, without changing it (an
 * import keeps the file's text exactly): control characters, blank and over-long values are refused
 * with the same messages, and a one-line value may not hold the tabs or line breaks that cleanText
 * would have turned into spaces. `optional` lets a blank value through (timeline fields). No copy or
 * normalisation of the text: an import checks millions of values.
 */
export function checkText(value: string, flag: string, kind: keyof typeof LIMITS, optional = false): void {
  const blank = !value.trim();
  if (blank && optional) return;
  if ((kind === 'text' ? CONTROL_TEXT : CONTROL_LINE).test(value)) throw usageError('error.controlChars', { flag });
  if (blank) throw usageError('error.emptyValue', { flag });
  if (value.length > LIMITS[kind]) {
    const length = [...value].length;
    if (length > LIMITS[kind]) throw usageError('error.tooLong', { flag, length, max: LIMITS[kind] });
  }
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
