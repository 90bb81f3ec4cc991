import { fold, isCjkCode, isMarkCode as isMark, isWordCode } from '../../src/core/normalize.js';

/**
 * The word rules of the search index written out character by character: the specification the
 * tokenizer in src/core/normalize.ts is checked against. The character classes are the product's
 * own code point ranges (its loop for short texts uses them); the tokenizer's regular expressions
 * for long texts state the same classes independently, so a wrong range shows as a disagreement.
 */

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
