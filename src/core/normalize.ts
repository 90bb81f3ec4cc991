/**
 * Text folding and tokens for search (SPEC §7). The same functions shape the indexed text (called
 * from SQLite triggers as `incident_tokens()`) and the query, so both sides always agree.
 *
 * - Folding: NFKC (full-width ＶＰＮ → VPN, half-width ｶﾅ → カナ) then lower case.
 * - Words in Latin letters and digits (and other scripts with spaces) become one token each: `vpn`.
 * - Japanese (and Chinese, Korean) has no spaces: a run of such characters becomes overlapping
 *   bigrams (`証明書` → `証明 明書`), so a 2-character word is one token and a longer word is a
 *   phrase of consecutive bigrams, found exactly. The last character of each run is also emitted
 *   alone, so a 1-character word is found with a prefix query.
 */

/** NFKC and lower case: the form every comparison uses. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

// Character classes, by code point. Word characters: letters, digits and marks of every script;
// everything else (punctuation, symbols, emoji, spaces) separates words. Japanese, Chinese and
// Korean (kana, kanji, hangul, ー and 々) are cut into bigrams. Regular expressions do the
// per-character work natively: tokenising runs in every write and every import, ≈ 3 × faster than a
// loop over characters in JavaScript. But they take ≈ 0.4 ms to compile, in every process that
// tokenises anything, and most starts tokenise one short text (a query, a title): text up to
// SHORT_TEXT characters is cut by the loop below instead, from the same classes written as code
// point ranges. test/helpers/tokens-oracle.ts applies those ranges character by character;
// test/unit/search.test.ts checks both ways agree with it, so the regular expressions and the
// ranges check each other.
/** What separates words (lone surrogates among them). */
const NON_WORD =
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u1680\ufeff\u2000-\u2bff\u3000-\u3004\u3008-\u3020\u302a-\u3030\u3036-\u303a\u303c-\u303f\u30a0\u30fb\ud800-\udfff\ue000-\uf8ff\ufe10-\ufe6f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffff\u{1f000}-\u{1ffff}]+/u;
/** Characters cut into bigrams, and combining marks, as character-class ranges. */
const CJK = '\\u3040-\\u30ff\\u3005-\\u3007\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u1100-\\u11ff\\u3130-\\u318f\\u{20000}-\\u{3ffff}';
const MARKS = '\\u0300-\\u036f\\u3099-\\u309a\\u1ab0-\\u1aff\\u20d0-\\u20ff';
/** A run's segments of one kind, CJK or not; a combining mark stays with the character before it. */
const SEGMENT = new RegExp(`[${CJK}][${CJK}${MARKS}]*|[^${CJK}](?:[^${CJK}]|[${MARKS}])*`, 'gu');

/** NON_WORD's complement, by code point. */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  if (c <= 0xbf || c === 0xd7 || c === 0xf7 || c === 0x1680 || c === 0xfeff) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3031 && c <= 0x3035) || c === 0x303b;
  if (c === 0x30a0 || c === 0x30fb) return false;
  if (c >= 0xd800 && c <= 0xf8ff) return false;
  if (c >= 0xfe10 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if ((c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || c >= 0xffe0) return c > 0xffff && (c < 0x1f000 || c > 0x1ffff);
  return true;
}

/** CJK, by code point. */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x3040 && c <= 0x30ff) ||
    (c >= 0x3005 && c <= 0x3007) ||
    (c >= 0x31f0 && c <= 0x31ff) ||
    (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x4e00 && c <= 0x9fff) ||
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xac00 && c <= 0xd7af) ||
    (c >= 0x1100 && c <= 0x11ff) ||
    (c >= 0x3130 && c <= 0x318f) ||
    (c >= 0x20000 && c <= 0x3ffff)
  );
}

/** MARKS, by code point. */
export const isMarkCode = (c: number) => (c >= 0x300 && c <= 0x36f) || c === 0x3099 || c === 0x309a || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff);

/** Folded text up to this many UTF-16 units is cut by a loop, longer text by the regular expressions. */
const SHORT_TEXT = 64;

const ASCII = /^[\0-\x7f]*$/;
const ASCII_WORDS = /[a-z0-9]+/g;
const SURROGATE = /[\ud800-\udfff]/;

/** Folded text as runs of word characters, each cut into segments of one kind (CJK or not). */
function segments(text: string): string[][] {
  const folded = fold(text);
  if (folded.length > SHORT_TEXT) {
    return folded
      .split(NON_WORD)
      .filter(Boolean)
      .map((run) => run.match(SEGMENT) as string[]);
  }
  const runs: string[][] = [];
  let run: string[] = [];
  let seg = '';
  let segCjk = false;
  for (let i = 0; i < folded.length; ) {
    const c = folded.codePointAt(i) as number;
    const ch = folded.slice(i, (i += c > 0xffff ? 2 : 1));
    if (!isWordCode(c)) {
      if (seg) run.push(seg);
      if (run.length) runs.push(run);
      run = [];
      seg = '';
    } else if (seg && (isCjkCode(c) === segCjk || isMarkCode(c))) {
      seg += ch;
    } else {
      if (seg) run.push(seg);
      seg = ch;
      segCjk = isCjkCode(c);
    }
  }
  if (seg) run.push(seg);
  if (run.length) runs.push(run);
  return runs;
}

/** True when a segment is CJK (its first character tells: a segment holds one kind). */
const isCjkSegment = (seg: string) => isCjkCode(seg.codePointAt(0) as number);

/**
 * The tokens of a text, in order. `forQuery` leaves out the lone last character of the text's final
 * CJK segment: a query word may continue in the indexed text (`証明` inside `証明書`).
 */
export function tokens(text: string, forQuery = false): string[] {
  // Plain ASCII (most English text): NFKC leaves it as it is and its words are runs of letters and
  // digits, so the general path below would give the same tokens, slower (it runs on every import).
  if (ASCII.test(text)) return text.toLowerCase().match(ASCII_WORDS) ?? [];
  const out: string[] = [];
  const runs = segments(text);
  runs.forEach((run, r) => {
    run.forEach((seg, s) => {
      if (!isCjkSegment(seg)) return void out.push(seg);
      // Without surrogate pairs, UTF-16 units are the code points: cut by index, no array of them.
      const chars = SURROGATE.test(seg) ? [...seg] : seg;
      if (chars.length === 1) return void out.push(seg);
      for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
      const last = r === runs.length - 1 && s === run.length - 1;
      if (!(forQuery && last)) out.push(chars[chars.length - 1]);
    });
  });
  return out;
}

/** What the index stores for a text: its tokens separated by spaces (the SQL function). */
export function indexText(...parts: (string | null | undefined)[]): string {
  return parts
    .filter((p): p is string => !!p)
    .map((p) => tokens(p).join(' '))
    .filter(Boolean)
    .join(' ');
}

/** True when the text's final segment is one CJK character (searched as a prefix of bigrams). */
export function endsWithLoneCjk(text: string): boolean {
  const run = segments(text).pop();
  const seg = run?.[run.length - 1];
  return !!seg && isCjkSegment(seg) && [...seg].length === 1;
}

/**
 * A text prepared for finding where words matched: `display` is its NFKC form (marks are found in
 * it, then moved onto the original text by marksOnOriginal), `lower` the same in lower case
 * (searched). They have the same length in all but rare cases (then matches are not marked, never
 * misplaced).
 */
export interface Analysed {
  display: string;
  lower: string | null;
}

export function analyse(text: string): Analysed {
  const display = text.normalize('NFKC');
  const lower = display.toLowerCase();
  return { display, lower: lower.length === display.length ? lower : null };
}

/**
 * Marks found in a text's NFKC form (`analyse().display`), moved onto the text as it was written
 * (SPEC §7: results show `ＶＰＮ`, not `VPN`). The text is cut into pieces that NFKC treats on their
 * own (a character with the marks that combine with it: `ｶﾞ`, `é`); a mark covers every piece it
 * touches. When the pieces' forms do not add up to the whole text's (rare), no marks: a mark is never
 * misplaced.
 */
export function marksOnOriginal(text: string, marks: [number, number][]): [number, number][] {
  if (!marks.length) return marks;
  const display = text.normalize('NFKC');
  if (display === text) return marks;
  // For each unit of the NFKC form: the piece of the original it came from.
  const from: number[] = [];
  const to: number[] = [];
  let built = '';
  let pieceStart = 0;
  let piece = '';
  const flush = (end: number) => {
    const form = piece.normalize('NFKC');
    for (let k = 0; k < form.length; k++) {
      from.push(pieceStart);
      to.push(end);
    }
    built += form;
  };
  for (let i = 0; i < text.length; ) {
    const c = text.codePointAt(i) as number;
    const ch = text.slice(i, i + (c > 0xffff ? 2 : 1));
    // Joins the piece when NFKC would combine it with what comes before.
    if (piece && (piece + ch).normalize('NFKC') !== piece.normalize('NFKC') + ch.normalize('NFKC')) piece += ch;
    else {
      if (piece) flush(i);
      pieceStart = i;
      piece = ch;
    }
    i += ch.length;
  }
  if (piece) flush(text.length);
  if (built !== display) return [];
  const out: [number, number][] = [];
  for (const [s, e] of marks) {
    if (e <= s || e > from.length) continue;
    const range: [number, number] = [from[s], to[e - 1]];
    const last = out[out.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else out.push(range);
  }
  return out;
}

/** A search word as it is looked for in canonical text (folded, separators as single spaces). */
export function canonical(text: string): string {
  return canonOnly(text).trim();
}

/** The canonical form alone (no offsets), for counting matches fast: folded, separators as one space. */
export function canonOnly(text: string): string {
  return ` ${fold(text).replace(NON_WORD_RUN, ' ')} `;
}
/**
 * NON_WORD as one plain (fast to compile) pattern over UTF-16 units, for canonOnly: a character class,
 * and the surrogate pairs of U+1F000–U+1FFFF (emoji) whole, so that a phrase's words on either side of
 * an emoji are found as the index finds them.
 */
const NON_WORD_RUN =
  /(?:[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u1680\ufeff\u2000-\u2bff\u3000-\u3004\u3008-\u3020\u302a-\u3030\u3036-\u303a\u303c-\u303f\u30a0\u30fb\ue000-\uf8ff\ufe10-\ufe6f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffff]|[\ud83c-\ud83f][\udc00-\udfff]?)+/g;

const ASCII_WORD = /[a-z0-9]/;
const KATAKANA_END = /[\u30a1-\u30fa\u31f0-\u31ff]$/;

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const patterns = new Map<string, RegExp>();

/**
 * The pattern of `needle` (canonical: words separated by single spaces) in folded text: any run of
 * separators may stand between its words. A needle that starts or ends with a Latin letter or digit
 * matches whole words only there (as the index does), unless `prefix` lets its end run on. Made
 * once per needle; native regular expressions, no per-character work in JS.
 */
function patternOf(needle: string, prefix: boolean): RegExp {
  const key = `${prefix ? '*' : ''}${needle}`;
  let re = patterns.get(key);
  if (!re) {
    const sep = NON_WORD_RUN.source;
    const body = needle
      .split(' ')
      .map((w) => w.replace(ESCAPE, '\\$&'))
      .join(sep);
    const start = ASCII_WORD.test(needle[0]) ? '(?<![a-z0-9])' : '';
    // A katakana word takes the long-vowel marks that follow it (the query left its own out, see
    // core/query.ts): プリンタ marks all of プリンター.
    const end = ASCII_WORD.test(needle[needle.length - 1]) && !prefix ? '(?![a-z0-9])' : KATAKANA_END.test(needle) ? '\u30fc*' : '';
    re = new RegExp(`${start}${body}${end}`, 'g');
    patterns.set(key, re);
  }
  return re;
}

/** Where `needle` occurs in the text, as [start, end) ranges of `a.display` (see patternOf). */
export function findAll(a: Analysed, needle: string, prefix = false): [number, number][] {
  if (!needle || !a.lower) return [];
  const out: [number, number][] = [];
  for (const m of a.lower.matchAll(patternOf(needle, prefix))) if (m[0].length) out.push([m.index as number, (m.index as number) + m[0].length]);
  return out;
}

/**
 * How often `needle` occurs in folded text (fold()), by the rules findAll marks with: what a hit's
 * score counts is what its snippet highlights.
 */
export function countAll(folded: string, needle: string, prefix = false): number {
  if (!needle) return 0;
  const re = patternOf(needle, prefix);
  re.lastIndex = 0;
  let n = 0;
  // test(), not exec(): no match array made for each of the matches in 100 candidates' text.
  while (re.test(folded)) n++;
  return n;
}
