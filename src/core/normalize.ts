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

/**
 * Character classes by code point (faster than Unicode-property regexes, which cost milliseconds
 * to compile in a fresh process). Word characters: letters, digits and marks of every script;
 * everything else (punctuation, symbols, emoji, spaces) separates words.
 */
export function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
  if (c <= 0xbf) return false;
  if (c === 0xd7 || c === 0xf7 || c === 0x1680 || c === 0xfeff) return false;
  if (c >= 0x2000 && c <= 0x2bff) return false;
  if (c >= 0x3000 && c <= 0x303f) return (c >= 0x3005 && c <= 0x3007) || (c >= 0x3021 && c <= 0x3029) || (c >= 0x3031 && c <= 0x3035) || c === 0x303b;
  if (c === 0x30fb || c === 0x30a0) return false;
  if (c >= 0xd800 && c <= 0xf8ff) return false;
  if (c >= 0xfe10 && c <= 0xfe6f) return false;
  if (c >= 0xff00 && c <= 0xff0f) return false;
  if ((c >= 0xff1a && c <= 0xff20) || (c >= 0xff3b && c <= 0xff40) || (c >= 0xff5b && c <= 0xff65) || (c >= 0xffe0 && c <= 0xffff)) return false;
  return c < 0x1f000 || c >= 0x20000;
}
// Keep NON_WORD_RUN (below) in step with this function: a unit test checks they agree.

/** Characters indexed as bigrams: scripts written without spaces (kana, kanji, hangul), ー and 々. */
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

const isMark = (c: number) => (c >= 0x300 && c <= 0x36f) || (c >= 0x3099 && c <= 0x309a) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff);

/** NFKC and lower case: the form every comparison uses. */
export function fold(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

type Segment = { cjk: boolean; text: string };

/**
 * Splits folded text into runs of word characters; each run into segments of one kind (CJK or not).
 * `runs` keeps run boundaries so the caller knows where a CJK run ends.
 */
function runs(folded: string): Segment[][] {
  const out: Segment[][] = [];
  let run: Segment[] = [];
  let seg: Segment | null = null;
  for (const ch of folded) {
    const code = ch.codePointAt(0) as number;
    if (!isWordCode(code)) {
      if (seg) run.push(seg);
      if (run.length) out.push(run);
      run = [];
      seg = null;
      continue;
    }
    const cjk = isCjkCode(code);
    // A combining mark stays with the character before it.
    if (seg && (seg.cjk === cjk || isMark(code))) seg.text += ch;
    else {
      if (seg) run.push(seg);
      seg = { cjk, text: ch };
    }
  }
  if (seg) run.push(seg);
  if (run.length) out.push(run);
  return out;
}

function bigrams(text: string): string[] {
  const chars = [...text];
  if (chars.length === 1) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  return out;
}

/**
 * The tokens of a text, in order. `forQuery` leaves out the lone last character of the text's final
 * CJK segment: a query word may continue in the indexed text (`証明` inside `証明書`).
 */
export function tokens(text: string, forQuery = false): string[] {
  const out: string[] = [];
  const all = runs(fold(text));
  all.forEach((run, r) => {
    run.forEach((seg, s) => {
      if (!seg.cjk) {
        out.push(seg.text);
        return;
      }
      const grams = bigrams(seg.text);
      out.push(...grams);
      const last = r === all.length - 1 && s === run.length - 1;
      if ([...seg.text].length > 1 && !(forQuery && last)) out.push([...seg.text].pop() as string);
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
  const all = runs(fold(text));
  const run = all[all.length - 1];
  const seg = run?.[run.length - 1];
  return !!seg && seg.cjk && [...seg.text].length === 1;
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
/** The same classes as isWordCode, as one plain (fast to compile) character class over UTF-16 units. */
const NON_WORD_RUN =
  /[\u0000-\u002f\u003a-\u0040\u005b-\u0060\u007b-\u00bf\u00d7\u00f7\u1680\ufeff\u2000-\u2bff\u3000-\u3004\u3008-\u3020\u302a-\u3030\u3036-\u303a\u303c-\u303f\u30a0\u30fb\ud83c-\ud83f\ue000-\uf8ff\ufe10-\ufe6f\uff00-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65\uffe0-\uffff]+/g;

/** How often `needle` occurs in `canon` (from canonOnly), with the same word rules as findAll. */
export function countIn(canon: string, needle: string, prefix = false): number {
  if (!needle) return 0;
  const wordStart = ASCII_WORD.test(needle[0]);
  const wordEnd = ASCII_WORD.test(needle[needle.length - 1]) && !prefix;
  let n = 0;
  for (let i = canon.indexOf(needle); i >= 0; i = canon.indexOf(needle, i + 1)) {
    if (wordStart && ASCII_WORD.test(canon[i - 1] ?? ' ')) continue;
    if (wordEnd && ASCII_WORD.test(canon[i + needle.length] ?? ' ')) continue;
    n++;
  }
  return n;
}

const ASCII_WORD = /[a-z0-9]/;

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
const patterns = new Map<string, RegExp>();

/**
 * Where `needle` (canonical: words separated by single spaces) occurs in the text, as [start, end)
 * ranges of `a.display`: any run of separators may stand between its words. A needle that starts or
 * ends with a Latin letter or digit matches whole words only there (as the index does), unless
 * `prefix` lets its end run on. Native regular expressions: no per-character work in JS.
 */
export function findAll(a: Analysed, needle: string, prefix = false): [number, number][] {
  if (!needle || !a.lower) return [];
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
  const out: [number, number][] = [];
  for (const m of a.lower.matchAll(re)) if (m[0].length) out.push([m.index as number, (m.index as number) + m[0].length]);
  return out;
}
