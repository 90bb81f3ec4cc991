import type { ChalkInstance } from 'chalk';
import type { Knowledge, KnowledgeLink } from '../core/knowledge.js';
import type { RankedHit } from '../core/rank.js';
import type { Translate } from '../i18n/index.js';
import { localTime } from './incident.js';
import type { Column } from './rows.js';
import { displayWidth, padEnd, truncate } from './text.js';
import { inert } from '../core/controls.js';

const statusStyle = (s: string, status: string, c: ChalkInstance) =>
  status === 'published' ? c.green(s) : status === 'retired' ? c.dim(s) : status === 'draft' ? c.yellow(s) : s;

/** The columns of `incident kb list`. */
export function knowledgeColumns(t: Translate): Column<Knowledge>[] {
  return [
    { key: 'ref', heading: t('col.ref'), value: (k) => k.ref, style: (s, _k, c) => c.cyan(s) },
    { key: 'status', heading: t('col.kb.status'), value: (k) => k.status, style: (s, k, c) => statusStyle(s, k.status, c) },
    { key: 'title', heading: t('col.title'), value: (k) => k.title, flexible: true },
    { key: 'category', heading: t('col.category'), value: (k) => k.category ?? '', dropOrder: 3 },
    { key: 'service', heading: t('col.kb.service'), value: (k) => k.service ?? '', dropOrder: 4 },
    { key: 'uses', heading: t('col.kb.uses'), value: (k) => k.uses, dropOrder: 2 },
    { key: 'updatedAt', heading: t('col.kb.updated'), value: (k) => localTime(k.updatedAt), dropOrder: 1 },
  ];
}

/** `kb show` for people: fields, the long texts, and the incidents it served. */
export function renderKnowledgeDetail(k: Knowledge, links: KnowledgeLink[], opts: { t: Translate; chalk: ChalkInstance }): string {
  const { t, chalk: c } = opts;
  const lines = [`${c.bold(k.ref)}  ${statusStyle(k.status, k.status, c)}`, c.bold(inert(k.title)), ''];
  const fields: [string, string | null][] = [
    [t('field.category'), k.category],
    [t('field.service'), k.service],
    [t('field.tags'), k.tags.length ? k.tags.join(', ') : null],
    [t('kbfield.uses'), String(k.uses)],
    [t('kbfield.source'), k.sourceIncident],
    [t('kbfield.created'), `${localTime(k.createdAt)}  ${k.createdBy}`],
    [t('kbfield.updated'), localTime(k.updatedAt)],
  ];
  const width = Math.max(...fields.filter(([, v]) => v).map(([l]) => displayWidth(l)));
  for (const [l, v] of fields) if (v) lines.push(`${c.dim(padEnd(l, width))}  ${inert(v)}`);
  for (const [key, text] of [
    ['kbfield.symptoms', k.symptoms],
    ['kbfield.cause', k.cause],
    ['kbfield.resolution', k.resolution],
    ['kbfield.workaround', k.workaround],
  ] as const) {
    if (text) lines.push('', c.bold(t(key)), inert(text, true));
  }
  if (links.length) {
    lines.push('', c.bold(t('kbfield.incidents')));
    for (const l of links) lines.push(`  ${l.incident}  ${t(`kbfield.relation.${l.relation}`)}  ${c.dim(localTime(l.at))}`);
  }
  return lines.join('\n') + '\n';
}

/** Text with its marked ranges shown: coloured on a TTY, `**word**` otherwise. */
export function highlight(text: string, marks: [number, number][], c: ChalkInstance | null): string {
  let out = '';
  let pos = 0;
  for (const [s, e] of marks) {
    if (s < pos) continue;
    const word = text.slice(s, e);
    out += text.slice(pos, s) + (c ? c.bold.yellow(word) : `**${word}**`);
    pos = e;
  }
  return out + text.slice(pos);
}

/** Text made inert (core/controls.ts), its marked ranges moved to where their text now is. */
function inertMarked(text: string, marks: [number, number][]): { text: string; marks: [number, number][] } {
  let out = '';
  let pos = 0;
  const moved: [number, number][] = [];
  for (const [s, e] of marks) {
    if (s < pos) continue;
    out += inert(text.slice(pos, s));
    const start = out.length;
    out += inert(text.slice(s, e));
    moved.push([start, out.length]);
    pos = e;
  }
  return { text: out + inert(text.slice(pos)), marks: moved };
}

/** Marks that survive cutting text to `width` cells (cut text keeps its start); the text made inert. */
function fit(raw: string, rawMarks: [number, number][], width: number): { text: string; marks: [number, number][] } {
  const { text, marks } = inertMarked(raw, rawMarks);
  const cut = truncate(text, width);
  if (cut === text) return { text, marks };
  const keep = cut.length - 1;
  return { text: cut, marks: marks.filter(([, e]) => e <= keep) };
}

export interface HitView {
  hit: RankedHit;
  title: { text: string; marks: [number, number][] };
}

/** Search hits for a person at a terminal: ref, status and title, then the snippet, one line each. */
export function renderHits(views: HitView[], opts: { chalk: ChalkInstance; width: number; color: boolean }): string {
  const c = opts.chalk;
  const refWidth = Math.max(...views.map((v) => v.hit.doc.ref.length));
  const lines: string[] = [];
  for (const { hit, title } of views) {
    const head = `${c.cyan(padEnd(hit.doc.ref, refWidth))}  ${statusStyle(hit.doc.status, hit.doc.status, c)}  `;
    const room = Math.max(10, opts.width - refWidth - hit.doc.status.length - 4);
    const t = fit(title.text, title.marks, room);
    lines.push(head + highlight(t.text, t.marks, opts.color ? c : null));
    if (hit.snippet) {
      const s = fit(hit.snippet.text, hit.snippet.marks, Math.max(10, opts.width - refWidth - 2));
      lines.push(`${' '.repeat(refWidth + 2)}${c.dim(highlight(s.text, s.marks, opts.color ? c : null))}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** Search hits as rows (tsv, csv, md): the snippet with its matches marked `**word**`; the title as written (marked in md). */
export function hitColumns(t: Translate): Column<HitView>[] {
  return [
    { key: 'ref', heading: t('col.ref'), value: (v) => v.hit.doc.ref },
    { key: 'kind', heading: t('col.search.kind'), value: (v) => v.hit.doc.kind },
    { key: 'status', heading: t('col.status'), value: (v) => v.hit.doc.status },
    { key: 'score', heading: t('col.search.score'), value: (v) => v.hit.score.toFixed(3) },
    // csv/tsv: the title as written (`cut -f5` gives it); md marks it, for people to read.
    { key: 'title', heading: t('col.title'), value: (v) => highlight(v.title.text, v.title.marks, null), raw: (v) => v.title.text },
    { key: 'snippet', heading: t('col.search.snippet'), value: (v) => (v.hit.snippet ? highlight(v.hit.snippet.text, v.hit.snippet.marks, null) : '') },
  ];
}

/** The --json object of one hit: stable field names. */
export function hitJson(v: HitView) {
  const d = v.hit.doc;
  return {
    ref: d.ref,
    kind: d.kind,
    title: d.title,
    status: d.status,
    category: d.category,
    service: d.service,
    score: Number(v.hit.score.toFixed(6)),
    snippet: v.hit.snippet?.text ?? null,
    snippetField: v.hit.snippet?.field ?? null,
    highlights: [...spans('title', d.title, v.title.marks), ...(v.hit.snippet ? spans('snippet', v.hit.snippet.text, v.hit.snippet.marks) : [])],
  };
}

/** Code points in `s` before UTF-16 offset `end`. */
function codePoints(s: string, end: number): number {
  let n = 0;
  for (let i = 0; i < end; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xdc00 || c > 0xdfff || i === 0 || s.charCodeAt(i - 1) < 0xd800 || s.charCodeAt(i - 1) > 0xdbff) n++;
  }
  return n;
}

/** Matched spans of one text for --json (docs/json.md): offsets in code points, and the text matched. */
function spans(field: 'title' | 'snippet', text: string, marks: [number, number][]) {
  return marks.map(([s, e]) => ({ field, start: codePoints(text, s), end: codePoints(text, e), text: text.slice(s, e) }));
}
