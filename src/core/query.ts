import { canonical, endsWithLoneCjk, fold, tokens } from './normalize.js';
import { lookup } from './lookup.js';

/**
 * Our own small query language (SPEC §7), parsed here and turned into an FTS5 expression built only
 * from tokens we made: whatever a person types (quotes, brackets, `*`, `AND`, `NEAR(`, a lone `-`,
 * emoji, pages of text) is a valid query that finds something or nothing, never an SQL error.
 *
 *   words            all must match (a Japanese word matches inside longer text: 証明 in 証明書)
 *   "exact phrase"   these words in this order
 *   -word, -"a b"    exclude
 *   field:word       title: category: service: (also タイトル: カテゴリ: サービス:)
 *   word*            English word prefix (print* finds printer)
 */

export const QUERY_FIELDS = ['title', 'category', 'service'] as const;
export type QueryField = (typeof QUERY_FIELDS)[number];

const FIELD_ALIASES: Record<string, QueryField> = {
  title: 'title',
  category: 'category',
  service: 'service',
  'タイトル': 'title',
  '件名': 'title',
  'カテゴリ': 'category',
  'カテゴリー': 'category',
  '分類': 'category',
  'サービス': 'service',
};

/** Bounds that keep any query cheap: extra words and tokens are dropped, never an error. */
export const MAX_TERMS = 16;
export const MAX_TOKENS = 48;

export interface QueryTerm {
  /** The words as the user typed them (folded). */
  text: string;
  /** Folded, separators as single spaces: what snippets and scoring look for. */
  canon: string;
  /** Index tokens, in order (a phrase when more than one). */
  tokens: string[];
  /** The last token is a prefix (`word*`, or a lone CJK character). */
  prefix: boolean;
  field: QueryField | null;
  /** More tokens than MAX_TOKENS: the index finds a superset; callers check `canon`. */
  truncated: boolean;
  /** Other forms of an English word that match too (`certificate` → certificates); [] for most. */
  forms?: string[];
}

/** Every canonical form a term matches: itself and its English forms. */
export const formsOf = (t: QueryTerm): string[] => [t.canon, ...(t.forms ?? [])];

/**
 * Common inflections of an English word, so that `certificate` finds `certificates` and `expire`
 * finds `expired` (whole words still: `log` does not find `login`). Deliberately small: plural,
 * -ed, -ing, and back to the stem from those. A word already inflected gets no suffix of its own
 * (no `failss`), nor does an acronym get -ed or -ing (no `vpned`): each form is one more term for
 * the index to look up.
 */
export function englishForms(w: string): string[] {
  if (!/^[a-z]{3,}$/.test(w)) return [];
  const out = new Set<string>();
  const add = (x: string) => x.length >= 3 && out.add(x);
  const plural = /s$/.test(w) && !/(ss|us|is)$/.test(w);
  if (!plural && !/(ed|ing)$/.test(w)) {
    out.add(/(s|x|z|ch|sh)$/.test(w) ? `${w}es` : `${w}s`);
    // No vowel: an acronym or a code (vpn, smtp, ntp), never a verb: a plural is all it takes.
    if (!/[aeiouy]/.test(w)) return [...out];
    if (w.endsWith('e')) {
      out.add(`${w}d`);
      add(`${w.slice(0, -1)}ing`);
    } else {
      out.add(`${w}ed`);
      out.add(`${w}ing`);
    }
    if (/[^aeiou]y$/.test(w)) out.add(`${w.slice(0, -1)}ies`);
  }
  if (w.endsWith('ies')) add(`${w.slice(0, -3)}y`);
  else if (w.endsWith('es')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
  } else if (plural) add(w.slice(0, -1));
  if (w.endsWith('ed')) {
    add(w.slice(0, -2));
    add(w.slice(0, -1));
  }
  if (w.endsWith('ing')) {
    add(w.slice(0, -3));
    add(`${w.slice(0, -3)}e`);
  }
  out.delete(w);
  return [...out];
}

export interface ParsedQuery {
  include: QueryTerm[];
  exclude: QueryTerm[];
}

/**
 * The long-vowel mark that ends a katakana word of three or more characters (サーバー, プリンター,
 * ユーザー): written by some and left out by others (サーバ, JIS style), so a query word ending in
 * it is looked for without it, which finds both spellings. Shorter words keep it (キー is not キ).
 */
const FINAL_LONG_VOWEL = /(?<=[\u30a1-\u30fa\u31f0-\u31ff\u30fc][\u30a1-\u30fa\u31f0-\u31ff])\u30fc+(?=\**$)/;

/** One search word (or phrase), or null when it holds nothing searchable (punctuation, emoji). */
export function makeTerm(input: string, field: QueryField | null = null, star = false, exact = false): QueryTerm | null {
  const raw = input.includes('\u30fc') ? input.replace(FINAL_LONG_VOWEL, '') : input;
  const toks = tokens(raw, true);
  if (!toks.length) return null;
  const truncated = toks.length > MAX_TOKENS;
  const prefix = !truncated && (star || endsWithLoneCjk(raw));
  return {
    text: raw,
    canon: canonical(raw),
    tokens: truncated ? toks.slice(0, MAX_TOKENS) : toks,
    prefix,
    field,
    truncated,
    forms: toks.length === 1 && !prefix && !exact && field === null ? englishForms(toks[0]) : [],
  };
}

/** Reads the query text into words to include and exclude. Never throws. */
export function parseQuery(input: string): ParsedQuery {
  const s = fold(String(input ?? ''));
  const include: QueryTerm[] = [];
  const exclude: QueryTerm[] = [];
  let i = 0;
  const space = (c: string | undefined) => c !== undefined && /\s/u.test(c);
  while (i < s.length) {
    while (space(s[i])) i++;
    if (i >= s.length) break;
    let negate = false;
    while (s[i] === '-') {
      negate = true;
      i++;
    }
    let field: QueryField | null = null;
    // Most words name no field: the pattern (a Unicode space class, the costliest regular expression
    // a search compiles) is tried only on a word with a colon early in it.
    const ahead = s.slice(i, i + 20);
    const f = ahead.includes(':') ? /^([^\s:"]+):(?=\S)/u.exec(ahead) : null;
    const named = f ? lookup(FIELD_ALIASES, f[1]!) : undefined;
    if (f && named) {
      field = named;
      i += f[0].length;
    }
    let raw: string;
    let star = false;
    const quoted = s[i] === '"';
    if (quoted) {
      const end = s.indexOf('"', i + 1);
      raw = s.slice(i + 1, end < 0 ? s.length : end);
      i = end < 0 ? s.length : end + 1;
    } else {
      let j = i;
      while (j < s.length && !space(s[j])) j++;
      raw = s.slice(i, j);
      i = j;
      // Only a word that ends in `*` can be a prefix: the Unicode classes cost ≈ 0.6 ms to compile.
      star = raw.endsWith('*') && /[\p{L}\p{N}]\*+$/u.test(raw);
    }
    const t = makeTerm(raw, field, star, quoted);
    if (!t) continue;
    const list = negate ? exclude : include;
    if (list.length < MAX_TERMS && !list.some((x) => x.canon === t.canon && x.field === t.field && x.prefix === t.prefix)) list.push(t);
  }
  return { include, exclude };
}

/** The index columns a plain word is looked for in, and the one each field names. */
export const TEXT_COLUMNS = ['title', 'body', 'category', 'service'] as const;

function ftsTerm(t: QueryTerm): string {
  // Tokens hold only letters, digits and marks: quoting them cannot break the expression.
  const phrase = t.forms?.length
    ? `(${[t.tokens[0], ...t.forms].map((f) => `"${f}"`).join(' OR ')})`
    : `"${t.tokens.join(' ')}"${t.prefix ? '*' : ''}`;
  const columns = t.field ? [t.field] : TEXT_COLUMNS;
  return `{${columns.join(' ')}} : ${phrase}`;
}

/**
 * The FTS5 MATCH expression: every included term, none of the excluded ones, and an optional
 * condition on the status column (e.g. `resolved OR closed`). Null when nothing is included
 * (FTS5 cannot search for "everything but").
 */
export function toFts(q: ParsedQuery, opts: { statuses?: readonly string[]; notStatuses?: readonly string[]; any?: boolean } = {}): string | null {
  if (!q.include.length) return null;
  let expr = `(${q.include.map(ftsTerm).join(opts.any ? ' OR ' : ' AND ')})`;
  if (opts.statuses?.length) expr += ` AND {status} : (${opts.statuses.map(statusToken).join(' OR ')})`;
  const not = [...q.exclude.map(ftsTerm), ...(opts.notStatuses ?? []).map((s) => `{status} : ${statusToken(s)}`)];
  if (not.length) expr += ` NOT (${not.join(' OR ')})`;
  return expr;
}

/** How a status is written in the index's status column (one token: on_hold → onhold). */
export const statusToken = (status: string): string => `"${status.replace(/[^a-z]/g, '')}"`;

/** Unicode's Hiragana script as ranges (the property class costs ≈ 0.1 ms to compile at each start). */
export const HIRAGANA = /[\u3041-\u3096\u309d-\u309f\u{1b001}-\u{1b11f}\u{1b132}\u{1b150}-\u{1b152}\u{1f200}]/u;

/**
 * Similar-entry search (SPEC §7 suggestions): the distinct tokens of a title and description, any of
 * which may match; scoring then prefers entries sharing more (and rarer) of them.
 */
export function similarQuery(text: string, max = 24): ParsedQuery {
  const seen = new Set<string>();
  const include: QueryTerm[] = [];
  for (const tok of tokens(text, false)) {
    // Single characters, and kana grammar (に, できない), say little about similarity.
    if ([...tok].length < 2 || HIRAGANA.test(tok) || seen.has(tok)) continue;
    seen.add(tok);
    include.push({ text: tok, canon: tok, tokens: [tok], prefix: false, field: null, truncated: false });
    if (include.length >= max) break;
  }
  return { include, exclude: [] };
}
