import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse, type DefaultTreeAdapterMap } from 'parse5';
import { Sandbox } from '../helpers/cli.js';
import { buildMonthlyHistory, exportedIncidents, MONTHLY_NOW, mttaByMonth } from '../helpers/monthly-history.js';
import { skipNote, skips } from '../helpers/optional.js';

/**
 * `report … --format html -o FILE` (SPEC §10): each report made from a seeded history, parsed as
 * HTML and checked for what a manager relies on — it opens with no network (no URL anywhere), every
 * figure of `--json` is in it, charts are SVG with a table of their numbers, text from the database
 * is text. A headless Chromium, when installed, opens the monthly report and prints it to PDF.
 */

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

let sb: Sandbox;
const HOSTILE = '<script>alert("x")</script> "基幹" & VPN 全断';

beforeAll(() => {
  sb = new Sandbox();
  buildMonthlyHistory(sb);
  sb.env.INCIDENT_NOW = MONTHLY_NOW;
}, 300_000);
afterAll(() => sb.cleanup());

// ---- a small structural reader over parse5's tree ------------------------------------------------

function elements(n: Node, out: Element[] = []): Element[] {
  if ('tagName' in n) out.push(n);
  const kids = 'childNodes' in n ? n.childNodes : [];
  for (const k of kids) elements(k as Node, out);
  if ('content' in n && n.content) elements(n.content as Node, out);
  return out;
}
const attr = (e: Element, name: string) => e.attrs.find((a) => a.name === name)?.value;
function text(n: Node): string {
  if (n.nodeName === '#text') return (n as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in n ? n.childNodes.map((k) => text(k as Node)).join('') : '';
}

interface Page {
  source: string;
  all: Element[];
  errors: string[];
}

function makeHtml(args: string[], file: string): Page {
  const path = join(sb.dir, file);
  const r = sb.run(['report', ...args, '--format', 'html', '-o', path]);
  expect(r.code, r.stderr).toBe(0);
  expect(r.stdout).toBe('');
  expect(r.stderr).toContain(path);
  const source = readFileSync(path, 'utf8');
  const errors: string[] = [];
  const doc = parse(source, { onParseError: (e) => errors.push(`${e.code} at ${e.startLine}:${e.startCol}`) });
  return { source, all: elements(doc as unknown as Node), errors };
}

/** The value --json gives, as a data-value attribute writes it. */
const asData = (v: unknown) => (v === null || v === undefined ? '' : Array.isArray(v) ? v.join(' ') : String(v));

/** Every cell of every section table has the value --json has for that row and key. */
function figuresMatchJson(page: Page, json: Record<string, unknown>): number {
  let cells = 0;
  const sections = Object.entries(json).filter(([, v]) => Array.isArray(v)) as [string, Record<string, unknown>[]][];
  expect(sections.length).toBeGreaterThan(0);
  for (const [name, rows] of sections) {
    const table = page.all.find((e) => e.tagName === 'table' && attr(e, 'data-section') === name);
    if (!rows.length) {
      // An empty section says so instead of drawing an empty table.
      const section = page.all.find((e) => e.tagName === 'section' && attr(e, 'data-section') === name)!;
      expect(section, name).toBeDefined();
      expect(table).toBeUndefined();
      continue;
    }
    expect(table, `table of ${name}`).toBeDefined();
    const trs = elements(table!).filter((e) => e.tagName === 'tr' && elements(e).some((c) => c.tagName === 'td'));
    expect(trs.length, name).toBe(rows.length);
    trs.forEach((tr, i) => {
      const tds = elements(tr).filter((e) => e.tagName === 'td');
      expect(tds.length).toBeGreaterThan(0);
      for (const td of tds) {
        const key = attr(td, 'data-key')!;
        expect(Object.keys(rows[i]), `${name}.${key}`).toContain(key);
        expect(attr(td, 'data-value'), `${name}[${i}].${key}`).toBe(asData(rows[i][key]));
        cells++;
      }
    });
  }
  return cells;
}

/** Opens with no network: no URL in any src, href or CSS url(), and no script. */
function selfContained(page: Page): void {
  expect(page.errors).toEqual([]);
  expect(page.source.startsWith('<!DOCTYPE html>')).toBe(true);
  expect(page.all.filter((e) => ['script', 'link', 'iframe', 'img', 'object', 'embed'].includes(e.tagName))).toEqual([]);
  for (const e of page.all) {
    for (const a of e.attrs) {
      if (['src', 'href', 'xlink:href', 'action', 'srcset', 'poster'].includes(a.name)) expect(a.value, `${e.tagName}[${a.name}]`).not.toMatch(/^(https?:)?\/\//i);
      expect(a.name.startsWith('on'), `${e.tagName}[${a.name}]`).toBe(false);
    }
  }
  const css = page.all.filter((e) => e.tagName === 'style').map(text).join('\n');
  expect(css).not.toMatch(/url\(\s*['"]?(https?:)?\/\//i);
  expect(css).not.toMatch(/@import/);
  // Stricter still: no address of any kind anywhere in the file.
  expect(page.source).not.toMatch(/https?:\/\//i);
}

describe('every report as one self-contained HTML page', () => {
  for (const kind of ['summary', 'sla', 'mttr', 'recurring', 'workload', 'trend', 'kb', 'problems', 'monthly']) {
    it(`report ${kind}: valid, self-contained, printable to A4, and every figure equals --json's`, () => {
      const page = makeHtml([kind], `${kind}.html`);
      selfContained(page);
      const html = page.all.find((e) => e.tagName === 'html')!;
      expect(attr(html, 'lang')).toBe('en');
      expect(page.all.find((e) => e.tagName === 'meta' && attr(e, 'charset'))).toBeDefined();
      expect(text(page.all.find((e) => e.tagName === 'title')!)).not.toBe('');
      const css = page.all.filter((e) => e.tagName === 'style').map(text).join('\n');
      expect(css).toMatch(/@media print/);
      expect(css).toMatch(/@page\s*\{[^}]*size:\s*A4/);
      const cells = figuresMatchJson(page, sb.json(['report', kind]));
      if (kind !== 'problems') expect(cells).toBeGreaterThan(0);
    });
  }

  it('lang follows --lang: Japanese headings, durations and states', () => {
    const page = makeHtml(['monthly', '--lang', 'ja'], 'monthly-ja.html');
    selfContained(page);
    expect(attr(page.all.find((e) => e.tagName === 'html')!, 'lang')).toBe('ja');
    expect(text(page.all.find((e) => e.tagName === 'h1')!)).toBe('月次報告');
    const major = page.all.find((e) => e.tagName === 'table' && attr(e, 'data-section') === 'major')!;
    const cells = elements(major).filter((e) => e.tagName === 'td').map(text);
    expect(cells).toContain('高');
    expect(cells).toContain('解消');
    expect(cells).toContain('4時間40分');
  });

  it('text from the database is text: a title with <script> and quotes shows as written and runs nothing', () => {
    const page = makeHtml(['monthly'], 'monthly-hostile.html');
    expect(page.all.filter((e) => e.tagName === 'script')).toEqual([]);
    expect(page.source).not.toContain('<script>');
    const titles = page.all.filter((e) => e.tagName === 'td' && attr(e, 'data-key') === 'title').map(text);
    expect(titles).toContain(HOSTILE);
    const td = page.all.find((e) => e.tagName === 'td' && text(e) === HOSTILE)!;
    expect(attr(td, 'data-value')).toBe(HOSTILE);
  });

  it('monthly: each chart is an SVG with its series, and a table of the numbers it draws beside it', () => {
    const page = makeHtml(['monthly'], 'monthly-charts.html');
    const json = sb.json(['report', 'monthly']);
    const figures = page.all.filter((e) => e.tagName === 'figure');
    expect(figures.length).toBeGreaterThanOrEqual(3);
    for (const f of figures) {
      const svg = elements(f).find((e) => e.tagName === 'svg');
      const table = elements(f).find((e) => e.tagName === 'table' && e !== f);
      expect(svg, attr(f, 'data-chart')).toBeDefined();
      expect(table, attr(f, 'data-chart')).toBeDefined();
      // The legend names each series the table has a column for.
      const series = elements(table!).filter((e) => e.tagName === 'th' && attr(e, 'scope') === 'col').map(text).filter(Boolean);
      const svgText = elements(svg!).filter((e) => e.tagName === 'text').map(text);
      for (const s of series) expect(svgText, attr(f, 'data-chart')).toContain(s);
      expect(Number(attr(svg!, 'data-series'))).toBe(series.length);
    }
    // The trend chart's numbers are the trend's.
    const trend = figures.find((f) => text(elements(f).find((e) => e.tagName === 'figcaption')!).includes('Opened'))!;
    const rows = elements(elements(trend).find((e) => e.tagName === 'table')!).filter((e) => e.tagName === 'tr').slice(1);
    expect(rows.map((r) => text(elements(r).find((e) => e.tagName === 'th')!))).toEqual(json.trend.map((t: any) => t.period));
    rows.forEach((r, i) => {
      const [opened, resolved, backlog] = elements(r).filter((e) => e.tagName === 'td').map((td) => Number(attr(td, 'data-value')));
      expect([opened, resolved, backlog]).toEqual([json.trend[i].opened, json.trend[i].resolved, json.trend[i].backlog]);
    });
    // Bars are drawn: one path per non-zero bar at least.
    const svgPaths = elements(elements(trend).find((e) => e.tagName === 'svg')!).filter((e) => e.tagName === 'path');
    expect(svgPaths.length).toBeGreaterThan(json.trend.filter((t: any) => t.opened).length);
  });

  it('monthly: the MTTA of each month, worked out from the timelines, is in the trend table, the JSON and the chart', () => {
    const page = makeHtml(['monthly'], 'monthly-mtta.html');
    const json = sb.json(['report', 'monthly']);
    const expected = mttaByMonth(exportedIncidents(sb));
    expect(expected.size).toBe(3);
    const byMonth = (period: string) => expected.get(period)?.net ?? null;
    // The section's table: seconds, as --json gives them.
    const table = page.all.find((e) => e.tagName === 'table' && attr(e, 'data-section') === 'trend')!;
    const cells = elements(table).filter((e) => e.tagName === 'td' && attr(e, 'data-key') === 'mtta');
    expect(cells).toHaveLength(12);
    cells.forEach((td, i) => {
      const period = json.trend[i].period;
      const want = byMonth(period);
      if (want === null) expect(attr(td, 'data-value'), period).toBe('');
      else expect(Number(attr(td, 'data-value')), period).toBeCloseTo(want, 6);
      if (want === null) expect(json.trend[i].mtta).toBeNull();
      else expect(json.trend[i].mtta).toBeCloseTo(want, 6);
    });
    // The chart of SLA % and durations has an MTTA line, its numbers (hours) in the table beside it.
    const figure = page.all.find((e) => e.tagName === 'figure' && text(elements(e).find((c) => c.tagName === 'figcaption')!).includes('MTTA'))!;
    expect(figure).toBeDefined();
    const svgText = elements(elements(figure).find((e) => e.tagName === 'svg')!).filter((e) => e.tagName === 'text').map(text);
    expect(svgText).toContain('MTTA');
    const numbers = elements(figure).find((e) => e.tagName === 'table')!;
    const heads = elements(numbers).filter((e) => e.tagName === 'th' && attr(e, 'scope') === 'col').map(text);
    const col = heads.indexOf('MTTA');
    expect(col).toBeGreaterThanOrEqual(0);
    const rows = elements(numbers).filter((e) => e.tagName === 'tr').slice(1);
    expect(rows).toHaveLength(12);
    rows.forEach((r, i) => {
      const period = text(elements(r).find((e) => e.tagName === 'th')!);
      const v = attr(elements(r).filter((e) => e.tagName === 'td')[col], 'data-value');
      const want = byMonth(period);
      expect(v === '' ? null : Number(v), period).toBe(want === null ? null : Math.round((want / 3600) * 100) / 100);
    });
  });

  it('the file is created 0600 and whole; a folder that does not exist is exit 2 with nothing written', () => {
    const path = join(sb.dir, 'mode.html');
    expect(sb.run(['report', 'sla', '--format', 'html', '-o', path]).code).toBe(0);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    const bad = sb.run(['report', 'sla', '--format', 'html', '-o', join(sb.dir, 'nope', 'x.html')]);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(join(sb.dir, 'nope'))).toBe(false);
    // Without -o the page goes to stdout; a name ending .html with no --format makes a page too.
    expect(sb.run(['report', 'kb', '--format', 'html']).stdout).toMatch(/^<!DOCTYPE html>/);
    const byName = join(sb.dir, 'by-name.html');
    expect(sb.run(['report', 'kb', '-o', byName]).code).toBe(0);
    expect(readFileSync(byName, 'utf8')).toMatch(/^<!DOCTYPE html>/);
  });
});

// ---- in a real browser -------------------------------------------------------------------------

const BROWSERS = ['chromium', 'chromium-browser', 'google-chrome'];
const browser = BROWSERS.find((b) => spawnSync('sh', ['-c', `command -v ${b}`]).status === 0);

describe.skipIf(skips(!browser))(`the monthly report in headless Chromium${skipNote(!browser, 'no chromium, chromium-browser or google-chrome on PATH')}`, () => {
  // No network for the browser: any request the page made would fail (and show in the DOM).
  const flags = ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND', '--user-data-dir'];
  const run = (args: string[]) => {
    if (!browser) throw new Error(`a browser is required (INCIDENT_TEST_ALL): install one of ${BROWSERS.join(', ')}`);
    const r = spawnSync(browser, [...flags.slice(0, -1), `--user-data-dir=${join(sb.dir, 'chrome')}`, ...args], { encoding: 'utf8', timeout: 60_000 });
    expect(r.status, r.stderr).toBe(0);
    return r.stdout;
  };

  it('renders the charts (SVG with the expected series) and prints to PDF', () => {
    const path = join(sb.dir, 'browser.html');
    expect(sb.run(['report', 'monthly', '--format', 'html', '-o', path]).code).toBe(0);
    const dom = run(['--dump-dom', `file://${path}`]);
    const errors: string[] = [];
    const all = elements(parse(dom, { onParseError: (e) => errors.push(e.code) }) as unknown as Node);
    const svgs = all.filter((e) => e.tagName === 'svg');
    expect(svgs.length).toBeGreaterThanOrEqual(3);
    const legend = svgs.flatMap((s) => elements(s).filter((e) => e.tagName === 'text').map(text));
    for (const series of ['Opened', 'Resolved', 'Backlog', 'SLA %', 'MTTA', 'MTTR', 'Resp. %', 'Resol. %']) expect(legend).toContain(series);
    const pdf = join(sb.dir, 'monthly.pdf');
    run([`--print-to-pdf=${pdf}`, '--no-pdf-header-footer', `file://${path}`]);
    const bytes = readFileSync(pdf);
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // A4 pages (595 × 842 points), as the print CSS asks, and more than one: the report is long.
    const boxes = bytes.toString('latin1').match(/\/MediaBox\s*\[[^\]]*\]/g) ?? [];
    expect(boxes.length).toBeGreaterThan(1);
    for (const box of boxes) {
      const [, , w, h] = box.replace(/^\/MediaBox\s*\[/, '').replace(']', '').trim().split(/\s+/).map(Number);
      expect(Math.round(w)).toBe(595);
      expect(Math.round(h)).toBe(842);
    }
  }, 120_000);
});
