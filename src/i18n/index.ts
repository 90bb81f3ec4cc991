import core from './catalog/core.js';
import incidents from './catalog/incidents.js';
import sla from './catalog/sla.js';
import reports from './catalog/reports.js';
import transfer from './catalog/transfer.js';
import problems from './catalog/problems.js';
import ingest from './catalog/ingest.js';
import knowledge from './catalog/knowledge.js';
import importTrackers from './catalog/import.js';
import ux from './catalog/ux.js';
import { inert, type Styled } from '../core/controls.js';
import storage from './catalog/storage.js';
import calendar from './catalog/calendar.js';
import working from './catalog/working.js';
import attachments from './catalog/attachments.js';

/**
 * Every area's catalogue. To add an area: write `catalog/<area>.ts` with defineMessages and list it
 * here. A key is looked for area by area in this order (keys are unique across areas, a test checks),
 * so the areas every start needs come first: help texts, errors, incidents.
 */
export const areas = [
  ux,
  core,
  incidents,
  sla,
  storage,
  knowledge,
  problems,
  reports,
  transfer,
  ingest,
  importTrackers,
  calendar,
  working,
  attachments,
] as const;

type Union<T> = T extends readonly (infer A)[] ? A : never;
type AreaEn<A> = A extends { en: () => infer E } ? E : never;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export type Catalog = UnionToIntersection<AreaEn<Union<typeof areas>>>;
export type MessageKey = keyof Catalog & string;
/** A string value is data (a title, a name, a file's value): shown inertly. Styled is our own markup. */
export type MessageParams = Record<string, string | number | Styled | null | undefined>;
export type Lang = 'en' | 'ja';
export const LANGS: readonly Lang[] = ['en', 'ja'];

type Messages = Readonly<Record<string, string>>;
const built = new Map<(typeof areas)[number], Partial<Record<Lang, Messages>>>();

/** One area's messages in one language, built on first use: a run needs one language and few areas. */
function areaMessages(area: (typeof areas)[number], lang: Lang): Messages {
  let langs = built.get(area);
  if (!langs) built.set(area, (langs = {}));
  return (langs[lang] ??= area[lang]());
}

/**
 * The message for a key in a language, else undefined. Areas are looked at in turn, not merged:
 * merging builds every message of the language (≈ 140 KB of objects at each start, SPEC §13); and
 * only those whose keys may start with the key's first word are built.
 */
function lookup(lang: Lang, key: string): string | undefined {
  const dot = key.indexOf('.');
  const prefix = dot < 0 ? key : key.slice(0, dot);
  for (const area of areas) {
    if (!area.prefixes.includes(prefix)) continue;
    const messages = areaMessages(area, lang);
    if (Object.hasOwn(messages, key)) return messages[key];
  }
  return undefined;
}

/** Every area's messages in one language, merged (for checks of the catalogues as a whole). */
export function catalog(lang: Lang): Messages {
  return Object.assign({}, ...areas.map((a) => areaMessages(a, lang)));
}

/**
 * Fills `{name}` with a value, and `{name|one|other}` with the value and the form of the word that
 * goes with it ("1 incident", "2 incidents"): English needs it, Japanese writes 件 after any number.
 * Every message a person reads is made here, so this is where a value's control characters are made
 * inert (core/controls.ts): a title's escape sequences reach no terminal through any message.
 */
export function format(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)(?:\|([^|{}]*)\|([^|{}]*))?\}/g, (whole, name: string, one?: string, other?: string) => {
    const v = params[name];
    if (v === undefined || v === null) return whole;
    const text = typeof v === 'string' ? inert(v) : String(v);
    return one === undefined ? text : `${text} ${Number(v) === 1 ? one : other}`;
  });
}

export type Translate = (key: MessageKey, params?: MessageParams) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => format(lookup(lang, key) ?? lookup('en', key) ?? key, params);
}

/** `--lang` wins; else LC_ALL, LC_MESSAGES or LANG starting with `ja` (SPEC §6). */
export function detectLang(flag: string | undefined, env: Record<string, string | undefined>): Lang {
  if (flag) return flag.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return locale.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
