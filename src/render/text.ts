import { eastAsianWidth } from 'get-east-asian-width';
import stringWidth from 'string-width';
import { inert } from '../core/controls.js';

/**
 * needsSegments: what needs string-width's grapheme segmentation: combining marks, joiners,
 * variation selectors, invisible formatting, emoji and flags, escape sequences and control characters.
 * Anything else is one grapheme per code point (plain Japanese and English incident text).
 */
// Made on first use: its Unicode property classes cost ≈ 1 ms to build and compile (SPEC §13),
// and PLAIN answers for ordinary Japanese and English text without it.
let needsSegmentsRe: RegExp | undefined;
export const needsSegments = (s: string): boolean =>
  (needsSegmentsRe ??= /[\p{M}\p{Grapheme_Extend}\p{Extended_Pictographic}\p{Cf}\p{Cc}\p{Cn}\p{Co}\p{Cs}\p{Zl}\p{Zp}\u3164\uffa0\u115f\u1160\u{1f000}-\u{1faff}\u{e0000}-\u{e007f}]/u).test(s);

/**
 * Text with nothing needsSegments matches, for certain: printable ASCII and Latin-1 (less the soft
 * hyphen, © and ®: `×` in a label costs no 1 ms class), dashes, quotes, bullets and `…`, CJK symbols
 * and punctuation, kana, the CJK unified ideographs, full-width forms and half-width katakana, less
 * the combining marks (U+302A–302F, U+3099–309A, U+FF9E–FF9F) and pictographs (U+3030, U+303D)
 * those blocks hold. A plain character class: cheap to build. test/unit/width.test.ts checks it
 * against needsSegments.
 */
export const PLAIN = /^[\x20-\x7e\u00a0-\u00a8\u00aa-\u00ac\u00af-\u00ff\u2010-\u2027\u3000-\u3029\u3031-\u303c\u3041-\u3096\u309b-\u30ff\u4e00-\u9fff\uff01-\uff9d]*$/;
const segmentsNeeded = (s: string): boolean => !PLAIN.test(s) && needsSegments(s);

/**
 * Display width in terminal cells: a Japanese character takes two. Printable ASCII is one cell a
 * character, and text with nothing in needsSegments is the East Asian Width of each code point —
 * what string-width answers, without building its Intl.Segmenter (7–20 ms at load, SPEC §13).
 */
export function displayWidth(s: string): number {
  if (/^[\x20-\x7e]*$/.test(s)) return s.length;
  if (segmentsNeeded(s)) return stringWidth(s);
  let width = 0;
  for (const ch of s) width += eastAsianWidth(ch.codePointAt(0) as number);
  return width;
}

// Made on first use: building a Segmenter costs 7–20 ms, and most runs never cut text.
let segmenter: Intl.Segmenter | undefined;

/**
 * Cuts text to at most `width` cells, ending with `…` when cut. Works on graphemes, so it never
 * splits a character, an emoji or a combining sequence (cli-table3's own wrap does on Japanese).
 * The text is put on one line and its control characters made inert (core/controls.ts) first.
 */
export function truncate(text: string, width: number): string {
  const oneLine = inert(text);
  if (width <= 0) return '';
  if (displayWidth(oneLine) <= width) return oneLine;
  let out = '';
  let used = 0;
  // Plain text is one grapheme per code point: no Segmenter needed (see needsSegments).
  const graphemes = segmentsNeeded(oneLine)
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

/**
 * A value quoted in a one-line message (an error naming what was wrong): on one line, its control
 * characters inert (a hostile file must not drive the terminal), and cut at `max` characters (a 1 MB
 * value is no clearer than its start).
 */
export function quotable(s: string, max = 200): string {
  const clean = inert(s);
  const chars = [...clean];
  return chars.length > max ? `${chars.slice(0, max).join('')}…` : clean;
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef]/;
/** Never at the start of a line (kinsoku): closing brackets and punctuation. */
const NO_START = /^[、。,.,.)」』】〉》〕!?!?::;;ー…・]/;
const KATAKANA = /^[\u30a0-\u30ff\uff66-\uff9f]+$/;
/** Never at the end of a line: opening brackets. */
const NO_END = /[(「『【〈《〔(]$/;

/**
 * Wraps text to `width` cells. English breaks at spaces; Japanese, which has none, may break between
 * any two characters, but never before closing punctuation or after an opening bracket.
 */
export function wrap(text: string, width: number): string {
  return text
    .split(/\r?\n/)
    .map((line) => wrapLine(line, width))
    .join('\n');
}

function wrapLine(line: string, width: number): string {
  // Most lines fit: answered without segmenting (the first Intl.Segmenter costs ≈ 15 ms of ICU data).
  if (displayWidth(line) <= width) return line.trimEnd();
  const tokens: string[] = [];
  let word = '';
  const push = (t: string) => {
    const last = tokens[tokens.length - 1];
    if (last !== undefined && (NO_START.test(t.trimStart()) || NO_END.test(last))) tokens[tokens.length - 1] = last + t;
    else tokens.push(t);
  };
  let katakana = false;
  for (const { segment } of (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(line)) {
    if (CJK.test(segment)) {
      if (word) push(word);
      word = '';
      // A katakana word (ユーザー名's ユーザー) stays on one line.
      const isKana = KATAKANA.test(segment);
      if (isKana && katakana) tokens[tokens.length - 1] += segment;
      else push(segment);
      katakana = isKana;
      continue;
    }
    katakana = false;
    if (/\s/.test(segment)) {
      if (word.trim()) {
        push(word);
        word = '';
      }
      word += segment;
    } else {
      word += segment;
    }
  }
  if (word) push(word);
  const lines: string[] = [];
  let current = '';
  for (const t of tokens) {
    if (current && displayWidth(current + t) > width) {
      lines.push(current.trimEnd());
      current = t.trimStart();
    } else {
      current += t;
    }
  }
  lines.push(current.trimEnd());
  return lines.join('\n');
}
