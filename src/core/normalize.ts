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

/** Characters indexed as bigrams: scripts written without spaces, plus ー and 々. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fc\u3005\u3006\u309d\u309e\u30fd\u30fe]/u;
/** Characters that belong to a word at all (everything else separates words). */
const WORD = /[\p{L}\p{N}\p{M}]/u;

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
    if (!WORD.test(ch)) {
      if (seg) run.push(seg);
      if (run.length) out.push(run);
      run = [];
      seg = null;
      continue;
    }
    const cjk = CJK.test(ch);
    // A combining mark stays with the character before it.
    if (seg && (seg.cjk === cjk || /\p{M}/u.test(ch))) seg.text += ch;
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
 * A text prepared for finding words in it: `canon` is folded with every run of non-word characters
 * turned into one space; `at[i]` is the index in `display` (the NFKC text) where canon[i] came from.
 */
export interface Analysed {
  display: string;
  canon: string;
  at: number[];
  to: number[];
}

export function analyse(text: string): Analysed {
  const display = text.normalize('NFKC');
  let canon = '';
  const at: number[] = [];
  const to: number[] = [];
  let i = 0;
  let space = true;
  for (const ch of display) {
    if (WORD.test(ch)) {
      const lower = ch.toLowerCase();
      for (let k = 0; k < lower.length; k++) {
        at.push(i);
        to.push(i + ch.length);
      }
      canon += lower;
      space = false;
    } else if (!space) {
      canon += ' ';
      at.push(i);
      to.push(i + ch.length);
      space = true;
    }
    i += ch.length;
  }
  return { display, canon, at, to };
}

/** A search word as it is looked for in canonical text (folded, separators as single spaces). */
export function canonical(text: string): string {
  return analyse(text).canon.trim();
}

const ASCII_WORD = /[a-z0-9]/;

/**
 * Where `needle` (canonical) occurs in `a.canon`, as [start, end) ranges of `a.display`. A needle that
 * starts or ends with a Latin letter or digit matches whole words only there (as the index does),
 * unless `prefix` lets its end run on.
 */
export function findAll(a: Analysed, needle: string, prefix = false): [number, number][] {
  const out: [number, number][] = [];
  if (!needle) return out;
  const wordStart = ASCII_WORD.test(needle[0]);
  const wordEnd = ASCII_WORD.test(needle[needle.length - 1]) && !prefix;
  let from = 0;
  for (;;) {
    const i = a.canon.indexOf(needle, from);
    if (i < 0) break;
    const j = i + needle.length;
    const before = a.canon[i - 1];
    const after = a.canon[j];
    const okStart = !wordStart || before === undefined || !ASCII_WORD.test(before);
    const okEnd = !wordEnd || after === undefined || !ASCII_WORD.test(after);
    if (okStart && okEnd) out.push([a.at[i], a.to[j - 1]]);
    from = i + 1;
  }
  return out;
}
