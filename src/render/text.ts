import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';

/**
 * What needs string-width's grapheme segmentation: combining marks, joiners and variation
 * selectors, invisible formatting, emoji and flags, escape sequences and control characters.
 * Anything else is one grapheme per code point (plain Japanese and English incident text).
 */
const NEEDS_SEGMENTS = /[\p{M}\p{Grapheme_Extend}\p{Extended_Pictographic}\p{Cf}\p{Cc}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}\u3164\uffa0\u115f\u1160\u{1f000}-\u{1faff}\u{e0000}-\u{e007f}]/u;

/**
 * Display width in terminal cells: a Japanese character takes two. Printable ASCII is one cell a
 * character, and text with nothing in NEEDS_SEGMENTS is the East Asian Width of each code point —
 * what string-width answers, without building its Intl.Segmenter (7–20 ms at load, SPEC §13).
 */
export function displayWidth(s: string): number {
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  if (NEEDS_SEGMENTS.test(s)) return stringWidth(s);
  let width = 0;
  for (const ch of s) width += eastAsianWidth(ch.codePointAt(0) as number);
  return width;
}

// Made on first use: building a Segmenter costs 7–20 ms, and most runs never cut text.
let segmenter: Intl.Segmenter | undefined;

/**
 * Cuts text to at most `width` cells, ending with `…` when cut. Works on graphemes, so it never
 * splits a character, an emoji or a combining sequence (cli-table3's own wrap does on Japanese).
 */
export function truncate(text: string, width: number): string {
  const oneLine = text.replace(/[\r\n\t]+/g, ' ');
  if (width <= 0) return '';
  if (displayWidth(oneLine) <= width) return oneLine;
  let out = '';
  let used = 0;
  // Plain text is one grapheme per code point: no Segmenter needed (see NEEDS_SEGMENTS).
  const graphemes = NEEDS_SEGMENTS.test(oneLine)
    ? [...(segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(oneLine)].map((g) => g.segment)
    : [...oneLine];
  for (const segment of graphemes) {
    const w = displayWidth(segment);
    if (used + w > width - 1) break;
    out += segment;
    used += w;
  }
  return `${out}…`;
}

/** Pads to a display width (for aligned plain text). */
export function padEnd(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - displayWidth(text)));
}

/** Replaces control characters so a value can never break a line-based format or the terminal. */
export const stripControls = (s: string): string => s.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, '');
