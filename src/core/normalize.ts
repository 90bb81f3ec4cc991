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
// loop over characters in JavaScript. test/helpers/tokens-oracle.ts writes the same rules out
// character by character; test/unit/search.test.ts checks the two agree.
/** What separates words (lone surrogates among them). */
const NON_WORD =
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u1680\ufeff\u2000-\u2bff\u3000-\u3004\u3008-\u3020\u302a-\u3030\u3036-\u303a\u303c-\u303f\u30a0\u30fb\ud800-\udfff\ue000-\uf8ff\ufe10-\ufe6f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffff\u{1f000}-\u{1ffff}]+/u;
/** Characters cut into bigrams, and combining marks, as character-class ranges. */
const CJK = '\\u3040-\\u30ff\\u3005-\\u3007\\u31f0-\\u31ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uac00-\\ud7af\\u1100-\\u11ff\\u3130-\\u318f\\u{20000}-\\u{3ffff}';
const MARKS = '\\u0300-\\u036f\\u3099-\\u309a\\u1ab0-\\u1aff\\u20d0-\\u20ff';
/** A run's segments of one kind, CJK or not; a combining mark stays with the character before it. */
const SEGMENT = new RegExp(`[${CJK}][${CJK}${MARKS}]*|[^${CJK}](?:[^${CJK}]|[${MARKS}])*`, 'gu');
const CJK_START = new RegExp(`^[${CJK}]`, 'u');

const ASCII = /^[\0-\x7f]*$/;
const ASCII_WORDS = /[a-z0-9]+/g;
const SURROGATE = /[\ud800-\udfff]/;

/** Folded text as runs of word characters, each cut into segments of one kind (CJK or not). */
function segments(text: string): string[][] {
  return fold(text)
    .split(NON_WORD)
    .filter(Boolean)
    .map((run) => run.match(SEGMENT) as string[]);
}

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
      if (!CJK_START.test(seg)) return void out.push(seg);
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
  return !!seg && CJK_START.test(seg) && [...seg].length === 1;
}

/**
 * A text prepared for showing where words matched: `display` is its NFKC form (what is shown),
 * `lower` the same in lower case (searched). They have the same length in all but rare cases
 * (then matches are not marked, never misplaced).
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

/** A search word as it is looked for in canonical text (folded, separators as single spaces). */
export function canonical(text: string): string {
  return canonOnly(text).trim();
}

/** The canonical form alone (no offsets), for counting matches fast: folded, separators as one space. */
export function canonOnly(text: string): string {
  return ` ${fold(text).replace(NON_WORD_RUN, ' ')} `;
}
/** NON_WORD as one plain (fast to compile) character class over UTF-16 units, for canonOnly. */
const NON_WORD_RUN =
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u1680\ufeff\u2000-\u2bff\u3000-\u3004\u3008-\u3020\u302a-\u3030\u3036-\u303a\u303c-\u303f\u30a0\u30fb\ud83c-\ud83f\ue000-\uf8ff\ufe10-\ufe6f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffff]+/g;

const ASCII_WORD = /[a-z0-9]/;

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
    const end = ASCII_WORD.test(needle[needle.length - 1]) && !prefix ? '(?![a-z0-9])' : '';
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
