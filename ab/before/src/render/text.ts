import stringWidth from 'string-width';

/** Display width in terminal cells: a Japanese character takes two. */
// Printable ASCII is one column a character: no need to segment it (or even load string-width).
export const displayWidth = (s: string): number => (/^[\x20-\x7e]*$/.test(s) ? s.length : stringWidth(s));

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
  for (const { segment } of (segmenter ??= new Intl.Segmenter(undefined, { granularity: 'grapheme' })).segment(oneLine)) {
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
