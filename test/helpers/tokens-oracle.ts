import { fold } from '../../src/core/normalize.js';

/**
 * The word rules of the search index written out character by character: the specification the
 * tokenizer in src/core/normalize.ts (regular expressions, for speed) is checked against.
 */

/**
 * Word characters: letters, digits and marks of every script; everything else (punctuation,
 * symbols, emoji, spaces) separates words.
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


export const isMark = (c: number) => (c >= 0x300 && c <= 0x36f) || (c >= 0x3099 && c <= 0x309a) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff);


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
export function oracleTokens(text: string, forQuery = false): string[] {
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


/** True when the text's final segment is one CJK character. */
export function oracleEndsWithLoneCjk(text: string): boolean {
  const all = runs(fold(text));
  const run = all[all.length - 1];
  const seg = run?.[run.length - 1];
  return !!seg && seg.cjk && [...seg.text].length === 1;
}
