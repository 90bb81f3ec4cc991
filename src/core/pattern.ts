import type { RE2JS } from 're2js';
import { loadBuiltin } from '../io/builtin.js';

/**
 * Regular expressions that people type (`title.pattern`) run on RE2 (the `re2js` port): it matches
 * in time linear in the text, whatever the pattern, so no pattern can hang a command — a
 * backtracking engine spends minutes on `(a|aa)+$` against 40 `a`s and a `b`, and no scan of a
 * pattern's source finds every such case. RE2 has no backreferences and no lookaround; a pattern
 * that uses them does not compile. The engine is loaded on first use only (SPEC §13): most
 * databases set no pattern.
 */

/** Longer sources are refused: compiling takes time in proportion to the source (≈ 1 s per 100k). */
export const PATTERN_MAX_LENGTH = 1000;

type Engine = { RE2JS: typeof RE2JS };
let engine: Engine | undefined;
const re2 = (): Engine => (engine ??= loadBuiltin<Engine>('re2js'));

export type CompiledPattern = { test(text: string): boolean };

/** Why RE2 cannot use `source` (one line), or the compiled pattern. */
export function compilePattern(source: string): CompiledPattern | { error: string } {
  const length = [...source].length;
  if (length > PATTERN_MAX_LENGTH) return { error: `longer than ${PATTERN_MAX_LENGTH} characters (${length})` };
  try {
    return re2().RE2JS.compile(source);
  } catch (e) {
    // "error parsing regexp: invalid escape sequence: `\1`": the part after the prefix says it.
    return { error: (e as Error).message.replace(/^error parsing regexp:\s*/, '').split('\n')[0] };
  }
}

/** Compiled patterns of this run, by source: a command checks a title against one pattern. */
const compiled = new Map<string, CompiledPattern | { error: string }>();

/**
 * Whether `text` holds a match of `source` (anywhere, as RegExp#test: anchor with `^…$`), or
 * `{ error }` when RE2 cannot compile it (a pattern written before RE2 was used, or straight into
 * the database).
 */
export function testPattern(source: string, text: string): boolean | { error: string } {
  let p = compiled.get(source);
  if (!p) compiled.set(source, (p = compilePattern(source)));
  return 'error' in p ? p : p.test(text);
}
