import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Sandbox } from '../helpers/cli.js';

/**
 * `import` checks every record as the commands check what people type (SPEC §3): a line the
 * command line would refuse is exit 2 naming its line, and nothing of the file is written.
 */
let sb: Sandbox;
let copy: string;
let lines: string[];
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
  copy = sb.newDatabase('copy');
  const ok = (...args: string[]) => {
    const r = sb.run(args);
    if (r.code !== 0) throw new Error(`${args.join(' ')} → ${r.code}: ${r.stderr}`);
  };
  ok('config', 'set', 'sla.P1.response', '10m');
  ok('open', 'VPN down for sales', '-i', 'high', '-u', 'high', '-q');
  ok('resolve', 'INC-1', '--resolution', 'renewed the certificate');
  ok('close', 'INC-1', '--problem', 'certificates expire unnoticed');
  ok('open', 'printer jam', '-i', 'low', '-u', 'low', '-q');
  ok('kb', 'add', '--title', 'VPN certificate expired', '--symptoms', 'cannot connect', '--resolution', 'renew it', '--status', 'published');
  lines = sb.run(['export']).stdout.trim().split('\n');
});
afterEach(() => sb.cleanup());

/** The line of the record with this ref (or type), its 1-based number, and the file with it changed. */
function edit(match: (o: any) => boolean, change: (o: any) => void): { file: string; line: number } {
  const i = lines.findIndex((l) => match(JSON.parse(l)));
  expect(i).toBeGreaterThan(-1);
  const o = JSON.parse(lines[i]);
  change(o);
  const out = [...lines];
  out[i] = JSON.stringify(o);
  return { file: `${out.join('\n')}\n`, line: i + 1 };
}
const incident = (ref: string) => (o: any) => o.ref === ref;

const COUNT = `SELECT (SELECT count(*) FROM incidents) || '/' || (SELECT count(*) FROM events) || '/' || (SELECT count(*) FROM knowledge)
  || '/' || (SELECT count(*) FROM problems) || '/' || (SELECT count(*) FROM settings)`;
function rows(db: string): string {
  return sb.queryAt<{ n: string }>(db, `${COUNT} AS n`)[0].n;
}

/** Imports into an empty database and into the one it came from: exit 2, the line named, nothing written. */
function refused(input: { file: string; line: number }, message: RegExp): void {
  const before = rows(sb.db);
  for (const db of [copy, sb.db]) {
    const r = sb.run(['import', '-', '--db', db], { input: input.file });
    expect(r.code, `${db}: ${r.stderr}`).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`^incident: line ${input.line}: `));
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toContain('nothing was imported');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  }
  expect(rows(copy)).toBe('0/0/0/0/0');
  expect(rows(sb.db)).toBe(before);
}

describe('import checks what the command line checks (SPEC §3)', () => {
  it('the export it starts from imports whole (the cases below change one line of it)', () => {
    const r = sb.run(['import', '-', '--db', copy], { input: `${lines.join('\n')}\n` });
    expect(r.code, r.stderr).toBe(0);
    expect(rows(copy)).toBe(rows(sb.db));
  });

  it('refuses a 1,000,000-character title', () => {
    refused(edit(incident('INC-2'), (o) => (o.title = 'x'.repeat(1_000_000))), /title is too long \(1000000 characters; at most 300\)/);
  });

  it('refuses an empty title, and one of spaces', () => {
    refused(edit(incident('INC-2'), (o) => (o.title = '')), /title cannot be empty/);
    refused(edit(incident('INC-2'), (o) => (o.title = '   ')), /title cannot be empty/);
  });

  it('refuses control characters and line breaks in a one-line field', () => {
    refused(edit(incident('INC-2'), (o) => (o.title = 'T \u001b[2J')), /title contains control characters/);
    refused(edit(incident('INC-2'), (o) => (o.assignee = 'tanaka\nsuzuki')), /assignee contains control characters/);
  });

  it('refuses occurrences:-10', () => {
    refused(edit(incident('INC-2'), (o) => (o.occurrences = -10)), /"occurrences" must be a whole number from 1 to ∞, not -10/);
  });

  it('refuses escalationLevel:1e12', () => {
    refused(edit(incident('INC-2'), (o) => (o.escalationLevel = 1e12)), /"escalationLevel" must be a whole number from 0 to 1000, not 1000000000000/);
  });

  it('refuses version:0, of a record and of the file', () => {
    refused(edit(incident('INC-2'), (o) => (o.version = 0)), /"version" must be a whole number from 1 to ∞, not 0/);
    refused(edit((o) => o.type === 'header', (o) => (o.version = 0)), /"version" must be a whole number from 1 to 1, not 0/);
  });

  it('refuses an incident with no opened event', () => {
    refused(
      edit(incident('INC-2'), (o) => (o.timeline = o.timeline.filter((e: any) => e.kind !== 'opened'))),
      /the timeline of INC-2 has no "opened" event/,
    );
  });

  it('refuses a closed incident with closedAt:null, and an open one that is resolved', () => {
    refused(edit(incident('INC-1'), (o) => (o.closedAt = null)), /a record in state closed needs "closedAt" \(it is null\)/);
    refused(edit(incident('INC-2'), (o) => (o.resolvedAt = '2026-11-23T02:00:00.000Z')), /a record in state open cannot have "resolvedAt"/);
  });

  it('refuses P1 with low/low (the priority is the matrix\'s)', () => {
    refused(edit(incident('INC-2'), (o) => (o.priority = 'P1')), /priority P1 does not follow impact × urgency \(low × low gives P5\)/);
  });

  it('refuses bytes that are not UTF-8, naming the line, instead of replacing them', () => {
    const { file, line } = edit(incident('INC-2'), (o) => (o.title = 'printer @@ jam'));
    const bytes = Buffer.from(file, 'utf8');
    const at = bytes.indexOf('@@');
    bytes[at] = 0xff;
    bytes[at + 1] = 0xfe;
    const path = join(sb.dir, 'bad.jsonl');
    writeFileSync(path, bytes);
    const before = rows(sb.db);
    for (const db of [copy, sb.db]) {
      const r = sb.run(['import', path, '--db', db]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`incident: line ${line}: not valid UTF-8 (an export is UTF-8 text); nothing was imported\n`);
    }
    expect(rows(copy)).toBe('0/0/0/0/0');
    expect(rows(sb.db)).toBe(before);
    // U+FFFD written as UTF-8 is a character like any other.
    const fine = edit(incident('INC-2'), (o) => (o.title = 'printer \ufffd jam'));
    expect(sb.run(['import', '-', '--db', copy], { input: fine.file }).code).toBe(0);
  });

  it('refuses unknown states, levels and event kinds with the known ones listed', () => {
    refused(edit(incident('INC-2'), (o) => (o.impact = 'huge')), /"impact" must be one of high, medium, low, not "huge"/);
    refused(edit(incident('INC-2'), (o) => (o.timeline[0].kind = 'exploded')), /"timeline\[0\]\.kind" must be one of opened, .*not "exploded"/);
    refused(edit(incident('INC-2'), (o) => (o.timeline[0].actor = '')), /timeline\[0\]\.actor cannot be empty/);
  });

  it('checks knowledge entries, problems and settings too', () => {
    refused(edit((o) => o.type === 'knowledge', (o) => (o.uses = -1)), /"uses" must be a whole number from 0 to ∞, not -1/);
    refused(edit((o) => o.type === 'knowledge', (o) => (o.title = '')), /title cannot be empty/);
    refused(edit((o) => o.type === 'problem', (o) => (o.status = 'closed')), /a record in state closed needs "closedAt"/);
    refused(edit((o) => o.type === 'problem', (o) => (o.timeline[0].kind = 'exploded')), /"timeline\[0\]\.kind" must be one of opened, .*not "exploded"/);
    refused(edit((o) => o.type === 'setting', (o) => (o.value = 'soon')), /sla\.P1\.response must be a duration/);
    refused(edit((o) => o.type === 'setting', (o) => (o.key = 'sla.P1.respnse')), /unknown configuration key "sla\.P1\.respnse"/);
    refused(edit((o) => o.type === 'setting', (o) => Object.assign(o, { key: 'title.pattern', value: '(a)\\1' })), /title\.pattern must be a regular expression in RE2 syntax/);
  });

  it('says it in Japanese too', () => {
    const { file, line } = edit(incident('INC-2'), (o) => (o.priority = 'P1'));
    const r = sb.run(['import', '-', '--db', copy, '--lang', 'ja'], { input: file });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${line} 行目: 優先度 P1 が影響度 × 緊急度に合いません`);
  });

  it('a problem made from hand-off text with a tab gets a one-line title, so its export imports again', () => {
    expect(sb.run(['open', 'mail queue stuck', '-q']).code).toBe(0);
    expect(sb.run(['resolve', 'INC-3', '--resolution', 'flushed']).code).toBe(0);
    expect(sb.run(['close', 'INC-3', '--problem', 'queue\tfills up\nsecond line']).code).toBe(0);
    expect(sb.json(['problem', 'show', 'PRB-2']).title).toBe('queue fills up');
    const r = sb.run(['import', '-', '--db', copy], { input: sb.run(['export']).stdout });
    expect(r.code, r.stderr).toBe(0);
  });

  it('everything our own export writes imports again, data from other trackers included (export → import → export is the same)', () => {
    const FIXTURES = resolve(__dirname, '../fixtures');
    const runs: string[][] = [
      ['import', '--format', 'servicenow', join(FIXTURES, 'servicenow-event-log-slice.csv')],
      ['import', '--format', 'servicenow', join(FIXTURES, 'servicenow-snapshot.csv')],
      ['import', '--format', 'servicenow', join(FIXTURES, 'hostile.csv'), '--skip-invalid'],
      ['import', '--format', 'csv', '--map', join(FIXTURES, 'jira-map.json'), join(FIXTURES, 'jira.csv'), '--timezone', 'Asia/Tokyo'],
      ['import', '--format', 'csv', '--map', join(FIXTURES, 'glpi-ja-map.json'), join(FIXTURES, 'glpi-ja-sjis.csv'), '--encoding', 'shift_jis', '--timezone', 'Asia/Tokyo'],
    ];
    for (const args of runs) {
      const s = new Sandbox();
      try {
        s.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
        const r = s.run(args);
        expect(r.code, `${args.join(' ')}: ${r.stderr}`).toBe(0);
        // A breach, an escalation and an alert beside the imported history.
        s.run(['check', '--escalate']);
        expect(s.run(['ingest', '-'], { input: JSON.stringify({ title: 'disk full on mail01', severity: 'critical' }) }).code).toBe(0);
        const first = s.run(['export']).stdout;
        const target = join(s.dir, 'copy.db');
        const back = s.run(['import', '-', '--db', target], { input: first });
        expect(back.code, `${args.join(' ')}: ${back.stderr}`).toBe(0);
        expect(s.run(['export', '--db', target]).stdout).toBe(first);
      } finally {
        s.cleanup();
      }
    }
  }, 180_000);
});
