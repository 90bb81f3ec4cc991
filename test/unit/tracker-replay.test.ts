import { describe, expect, it } from 'vitest';
import { AppError } from '../../src/core/errors.js';
import { DEFAULT_SLA } from '../../src/core/sla.js';
import { CompiledMap, foldIncident, RowError, type FoldContext, type SourceRow } from '../../src/core/tracker-import.js';
import { checkMap, SERVICENOW_MAP, timeZone, type TrackerMap } from '../../src/core/tracker-map.js';
import { translator } from '../../src/i18n/index.js';

/*
 * Another tracker's rows read and replayed (docs/import-trackers.md): how a ServiceNow row is read,
 * how a map of any other tracker is bound to its file, and how one incident's rows become its
 * timeline and its record. Every expected value is worked out by hand from the doc; all the work
 * happens inside the tests.
 */

const utc = timeZone('UTC');
const t = translator('en');
const ctx: FoldContext = { actor: 'migrator', now: new Date('2026-12-06T00:00:00Z'), format: 'servicenow', file: 'log.csv' };
/** 1 January 2016 at HH:MM, UTC, as the incident record writes times. */
const jan1 = (hhmm: string) => `2016-01-01T${hhmm}:00.000Z`;

/** What `import` says about a row it cannot read, without the line number it puts in front. */
function said(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    if (e instanceof RowError || e instanceof AppError) return t(e.key, e.params);
    throw e;
  }
  return 'read';
}

// ---- one ServiceNow row ----------------------------------------------------------------------

/** The shared event log's header and its first row, as test/fixtures/servicenow-event-log-slice.csv has them. */
const SN_HEADER =
  'number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,caller_id,opened_by,opened_at,sys_created_by,sys_created_at,sys_updated_by,sys_updated_at,contact_type,location,category,subcategory,u_symptom,cmdb_ci,impact,urgency,priority,assignment_group,assigned_to,knowledge,u_priority_confirmation,notify,problem_id,rfc,vendor,caused_by,closed_code,resolved_by,resolved_at,closed_at'.split(',');
const SN_ROW =
  'INC0000045,New,true,0,0,0,true,Caller 2403,Opened by  8,29/2/2016 01:16,Created by 6,29/2/2016 01:23,Updated by 21,29/2/2016 01:23,Phone,Location 143,Category 55,Subcategory 170,Symptom 72,?,2 - Medium,2 - Medium,3 - Moderate,Group 56,?,true,false,Do Not Notify,?,?,?,?,code 5,Resolved by 149,29/2/2016 11:29,5/3/2016 12:00'.split(',');
const ms = (iso: string) => Date.parse(iso);

describe('reading a row of a ServiceNow event log', () => {
  it('reads every mapped column of a real row: labels kept, runs of spaces folded, the unmapped columns appended to the description', () => {
    const m = new CompiledMap(SERVICENOW_MAP, SN_HEADER, { toUtc: utc });
    expect(m.isEventLog).toBe(true);
    expect(m.missing).toEqual([]);
    const row: SourceRow = {
      line: 2,
      key: 'INC0000045',
      at: ms('2016-02-29T01:23:00Z'),
      by: 'Updated by 21',
      status: 'open',
      holdReason: null,
      unknownStatus: null,
      impact: 'medium',
      urgency: 'medium',
      priority: 'P3',
      priorityRaw: '3 - Moderate',
      category: 'Category 55',
      service: null,
      source: 'user',
      reporter: 'Caller 2403',
      assignee: null,
      team: 'Group 56',
      openedAt: ms('2016-02-29T01:16:00Z'),
      resolvedAt: ms('2016-02-29T11:29:00Z'),
      closedAt: ms('2016-03-05T12:00:00Z'),
      title: 'Symptom 72 (Category 55 / Subcategory 170)',
      description:
        'subcategory: Subcategory 170\nu_symptom: Symptom 72\nlocation: Location 143\nopened_by: Opened by 8\nresolved_by: Resolved by 149\nclosed_code: code 5\nnotify: Do Not Notify',
      resolution: 'code 5',
      resolutionCode: 'other',
      knowledge: true,
      slaMet: true,
      problem: null,
      tags: [],
      createdBy: 'Opened by 8',
    };
    expect(m.read({ line: 2, fields: SN_ROW })).toEqual(row);
  });

  it('reads the states, hold reasons, contact types and close codes as the doc maps them', () => {
    const header = ['number', 'state', 'opened_at', 'contact_type', 'close_code', 'knowledge', 'made_sla', 'business_service', 'cmdb_ci', 'problem_id'];
    const m = new CompiledMap(SERVICENOW_MAP, header, { toUtc: utc });
    const read = (state: string, contact: string, code: string) =>
      m.read({ line: 3, fields: ['INC1', state, '2016-01-01 00:00', contact, code, 'false', 'false', 'Email', '?', 'PRB0001'] });
    expect(read('Awaiting Vendor', 'Monitoring', 'Solved (Work Around)')).toMatchObject({
      status: 'on_hold', holdReason: 'Vendor', unknownStatus: null, source: 'monitoring', resolutionCode: 'workaround',
      knowledge: false, slaMet: false, service: 'Email', problem: 'PRB0001',
    });
    expect(read('In Progress', 'Direct opening', 'Duplicate')).toMatchObject({ status: 'classified', holdReason: null, source: 'staff', resolutionCode: 'duplicate' });
    expect(read('Canceled', 'Fax', 'Closed/Resolved by Caller')).toMatchObject({ status: 'cancelled', source: 'other', resolutionCode: 'user-error' });
    expect(read(' -100 ', 'Phone', '?')).toMatchObject({ status: null, holdReason: null, unknownStatus: '-100', resolutionCode: null });
    expect(read('?', 'Phone', '?')).toMatchObject({ status: null, unknownStatus: null });
    // A field the file has one of the map's columns for is not missing: `state` stands for `incident_state`, `close_code` for `closed_code`.
    expect(m.missing).toEqual([
      'sys_updated_at', 'sys_updated_by', 'impact', 'urgency', 'priority', 'category', 'caller_id', 'assigned_to', 'assignment_group',
      'resolved_at', 'closed_at', 'opened_by', 'sys_created_by',
    ]);
  });

  it.each<[string, (f: string[]) => string[], string]>([
    ['a row cut short', (f) => f.slice(0, 17), '17 fields where the header has 36'],
    ['a row without its number', (f) => with_(f, 0, '?'), 'no id in column number'],
    ['a row without its opening time', (f) => with_(with_(f, 9, ''), 11, '?'), 'no opening time in column opened_at'],
    ['a row whose opening time is the creation time', (f) => with_(with_(f, 9, ''), 11, '30/2/2016 01:23'), 'cannot read the date "30/2/2016 01:23" in column opened_at'],
    ['an impossible date', (f) => with_(f, 9, '31/2/2016 09:00'), 'cannot read the date "31/2/2016 09:00" in column opened_at'],
    ['an impossible update time', (f) => with_(f, 13, '31/2/2016 09:00'), 'cannot read the date "31/2/2016 09:00" in column sys_updated_at'],
    ['an impossible resolve time', (f) => with_(f, 34, '30/2/2016 09:00'), 'cannot read the date "30/2/2016 09:00" in column resolved_at'],
    ['an impossible close time', (f) => with_(f, 35, 'soon'), 'cannot read the date "soon" in column closed_at'],
    ['an unknown impact', (f) => with_(f, 20, '9 - Odd'), 'unknown value "9 - Odd" in column impact'],
    ['an unknown urgency', (f) => with_(f, 21, 'whenever'), 'unknown value "whenever" in column urgency'],
    ['an unknown priority', (f) => with_(f, 22, '7 - Extreme'), 'unknown value "7 - Extreme" in column priority'],
    ['a knowledge flag that is no flag', (f) => with_(f, 25, 'maybe'), 'unknown value "maybe" in column knowledge'],
    ['an SLA outcome that is no flag', (f) => with_(f, 6, 'mostly'), 'unknown value "mostly" in column made_sla'],
    ['a caller name past 200 characters', (f) => with_(f, 7, 'c'.repeat(201)), 'column caller_id is longer than 200 characters'],
    ['a group name past 200 characters', (f) => with_(f, 23, 'g'.repeat(201)), 'column assignment_group is longer than 200 characters'],
  ])('refuses %s, naming the column', (_what, change, message) => {
    const m = new CompiledMap(SERVICENOW_MAP, SN_HEADER, { toUtc: utc });
    expect(said(() => m.read({ line: 5, fields: change([...SN_ROW]) }))).toBe(message);
  });

  it('takes a "?" or blank cell as no value, spaces around it too', () => {
    const m = new CompiledMap(SERVICENOW_MAP, SN_HEADER, { toUtc: utc });
    const row = m.read({ line: 2, fields: with_(with_(with_(with_([...SN_ROW], 20, ' ? '), 21, ''), 22, ' '), 12, '?') });
    expect(row).toMatchObject({ impact: null, urgency: null, priority: null, priorityRaw: null, by: null });
  });
});

/** A copy of a row with one cell changed. */
function with_(fields: string[], i: number, v: string): string[] {
  fields[i] = v;
  return fields;
}

// ---- any tracker's map -----------------------------------------------------------------------

const JIRA: TrackerMap = checkMap({
  name: 'jira',
  key: 'Issue key',
  updatedAt: 'Updated',
  updatedBy: 'Updater',
  dateFormat: 'iso',
  none: ['', '-', ' None '],
  fields: {
    title: ['{Summary} [{Component/s}]', '{Summary}'],
    description: '{Description}',
    status: 'Status',
    impact: 'Impact',
    priority: 'Priority',
    source: 'Channel',
    team: ['Team', 'Squad'],
    openedAt: 'Created',
    resolvedAt: 'Resolved',
    resolution: 'Resolution',
    resolutionCode: 'Resolution',
    tags: 'Labels',
    createdBy: 'Creator',
    category: 'Category',
  },
  details: ['Sprint', 'Epic'],
  values: {
    status: { 'To Do': 'open', 'In Progress': 'classified', 'Waiting for *': 'on_hold', Blocked: 'on_hold:vendor', Done: 'resolved' },
    impact: { Extensive: 'high', Minor: 'low' },
  },
});
const JIRA_HEADER = ['issue KEY', 'Summary', 'Component/s', 'Description', 'Status', 'Impact', 'Priority', 'Channel', 'Squad', 'Created', 'Resolved', 'Resolution', 'Labels', 'Creator', 'Category', 'Sprint', 'Updated', 'Updater'];
type JiraCells = Partial<Record<(typeof JIRA_HEADER)[number], string>>;
const jiraRow = (cells: JiraCells) =>
  JIRA_HEADER.map((h) => cells[h] ?? ({ 'issue KEY': 'IT-101', Summary: 'VPN down', Status: 'To Do', Created: '2024-04-01 09:00', Updated: '2024-04-01 09:00' } as JiraCells)[h] ?? '');

describe("reading another tracker's file through its map", () => {
  it('matches columns exactly, else case-insensitively; a template is empty when one of its columns is, and the next alternative is tried', () => {
    const m = new CompiledMap(JIRA, JIRA_HEADER, { toUtc: utc });
    expect(m.read({ line: 2, fields: jiraRow({ 'Component/s': 'Network' }) })).toMatchObject({ key: 'IT-101', title: 'VPN down [Network]' });
    expect(m.read({ line: 2, fields: jiraRow({ 'Component/s': '-' }) })).toMatchObject({ title: 'VPN down' });
    expect(m.read({ line: 2, fields: jiraRow({ Squad: 'Infra' }) })).toMatchObject({ team: 'Infra' });
    // One of a field's columns is enough: `Team` is not missing where `Squad` is there.
    expect(m.missing).toEqual([]);
  });

  it('reports every column the map names that the file does not have, and reads the rest', () => {
    const m = new CompiledMap(SERVICENOW_MAP, ['number', 'incident_state', 'opened_at'], { toUtc: utc });
    expect(m.isEventLog).toBe(false);
    expect(m.missing).toEqual([
      'sys_updated_at', 'sys_updated_by', 'impact', 'urgency', 'priority', 'category', 'cmdb_ci', 'business_service', 'contact_type',
      'caller_id', 'assigned_to', 'assignment_group', 'resolved_at', 'closed_at', 'closed_code', 'close_code', 'knowledge', 'made_sla',
      'problem_id', 'opened_by', 'sys_created_by',
    ]);
    const row = m.read({ line: 2, fields: ['INC9', 'Resolved', '1/1/2016 00:00'] });
    // Without a title column the map's last alternative, the number, is the title.
    expect(row).toMatchObject({ key: 'INC9', title: 'INC9', status: 'resolved', at: null, by: null, description: null, createdBy: null, tags: [] });
  });

  it('names, in a message, the column a field was read from', () => {
    const m = new CompiledMap(SERVICENOW_MAP, ['number', 'sys_created_at', 'state'], { toUtc: utc });
    expect(said(() => m.read({ line: 2, fields: ['INC1', 'yesterday', 'New'] }))).toBe('cannot read the date "yesterday" in column sys_created_at');
    expect(said(() => m.read({ line: 2, fields: ['INC1', '', 'New'] }))).toBe('no opening time in column sys_created_at');
  });

  it('takes the column of exactly the name the map gives before one that differs only in case', () => {
    const m = new CompiledMap(SERVICENOW_MAP, ['number', 'Incident_State', 'opened_at', 'incident_state', 'NUMBER'], { toUtc: utc });
    expect(m.read({ line: 2, fields: ['INC1', 'Active', '1/1/2016 00:00', 'Closed', 'INC2'] })).toMatchObject({ key: 'INC1', status: 'closed' });
    const upper = new CompiledMap(SERVICENOW_MAP, ['NUMBER', 'Incident_State', 'OPENED_AT'], { toUtc: utc });
    expect(upper.read({ line: 2, fields: ['INC2', 'Active', '1/1/2016 00:00'] })).toMatchObject({ key: 'INC2', status: 'classified' });
  });

  it('reads a header with spaces around its names', () => {
    const m = new CompiledMap(SERVICENOW_MAP, [' number', ' incident_state ', 'opened_at '], { toUtc: utc });
    expect(m.read({ line: 2, fields: ['INC1', 'Active', '1/1/2016 00:00'] })).toMatchObject({ key: 'INC1', status: 'classified', openedAt: ms('2016-01-01T00:00:00Z') });
  });

  it('takes the first of two columns of the same name', () => {
    const m = new CompiledMap(SERVICENOW_MAP, ['number', 'incident_state', 'opened_at', 'incident_state'], { toUtc: utc });
    expect(m.read({ line: 2, fields: ['INC1', 'Active', '1/1/2016 00:00', 'Closed'] }).status).toBe('classified');
  });

  it('refuses a file without the key column or any opening-time column', () => {
    expect(said(() => new CompiledMap(SERVICENOW_MAP, ['id', 'opened_at'], { toUtc: utc }))).toBe(
      'the file has no column "number" (the map\'s key: each incident\'s id in the source)',
    );
    expect(said(() => new CompiledMap(SERVICENOW_MAP, ['number', 'created'], { toUtc: utc }))).toBe(
      "the file has none of the columns opened_at, sys_created_on, sys_created_at (the map's openedAt: when each incident was opened)",
    );
    expect(said(() => new CompiledMap(JIRA, ['Issue key', 'Summary'], { toUtc: utc }))).toBe(
      "the file has none of the columns Created (the map's openedAt: when each incident was opened)",
    );
  });

  it("reads values through the map's tables first, else as the usual forms; an unknown source or code is other", () => {
    const m = new CompiledMap(JIRA, JIRA_HEADER, { toUtc: utc });
    const read = (cells: JiraCells) => m.read({ line: 2, fields: jiraRow(cells) });
    expect(read({ Impact: 'Extensive', Priority: 'Highest', Channel: 'monitoring', Resolution: 'Duplicate' })).toMatchObject({
      impact: 'high', priority: 'P1', priorityRaw: 'Highest', source: 'monitoring', resolutionCode: 'duplicate', resolution: 'Duplicate',
    });
    expect(read({ Impact: '2 - Medium', Priority: 'P4', Channel: 'Fax', Resolution: "Won't Fix" })).toMatchObject({
      impact: 'medium', priority: 'P4', source: 'other', resolutionCode: 'other',
    });
    expect(read({ Status: 'Waiting for  customer' })).toMatchObject({ status: 'on_hold', holdReason: 'customer' });
    expect(read({ Status: 'Blocked' })).toMatchObject({ status: 'on_hold', holdReason: 'vendor' });
    expect(read({ Status: 'on hold' })).toMatchObject({ status: 'on_hold', holdReason: 'on hold' });
    expect(read({ Status: 'Done' })).toMatchObject({ status: 'resolved', holdReason: null });
    expect(read({ Status: 'Reviewing' })).toMatchObject({ status: null, unknownStatus: 'Reviewing' });
    expect(said(() => read({ Impact: 'Galactic' }))).toBe('unknown value "Galactic" in column Impact');
  });

  it('reads the dates as the map says, unless the command line says otherwise', () => {
    const us = checkMap({ key: 'id', dateFormat: 'mdy', fields: { openedAt: 'opened' } });
    const header = ['id', 'opened'];
    expect(new CompiledMap(us, header, { toUtc: utc }).read({ line: 2, fields: ['1', '2/29/2016 1:16 PM'] }).openedAt).toBe(ms('2016-02-29T13:16:00Z'));
    expect(new CompiledMap(us, header, { toUtc: utc, dateFormat: 'dmy' }).read({ line: 2, fields: ['1', '1/2/2016 10:00'] }).openedAt).toBe(ms('2016-02-01T10:00:00Z'));
    const plain = checkMap({ key: 'id', fields: { openedAt: 'opened' } });
    expect(new CompiledMap(plain, header, { toUtc: utc }).read({ line: 2, fields: ['1', '1/2/2016 10:00'] }).openedAt).toBe(ms('2016-02-01T10:00:00Z'));
    expect(new CompiledMap(plain, header, { toUtc: timeZone('Asia/Tokyo') }).read({ line: 2, fields: ['1', '2016-02-01 09:00'] }).openedAt).toBe(ms('2016-02-01T00:00:00Z'));
    // A map without `none`: "?" and blank mean no value.
    expect(said(() => new CompiledMap(plain, header, { toUtc: utc }).read({ line: 2, fields: ['1', '?'] }))).toBe('no opening time in column opened');
  });

  it("takes only the map's own no-value words when it names them", () => {
    const m = new CompiledMap(JIRA, JIRA_HEADER, { toUtc: utc });
    expect(m.read({ line: 2, fields: jiraRow({ Category: '?' }) }).category).toBe('?');
    expect(m.read({ line: 2, fields: jiraRow({ Category: 'None' }) }).category).toBeNull();
    expect(m.read({ line: 2, fields: jiraRow({ Category: ' - ' }) }).category).toBeNull();
  });

  it('keeps line breaks in long text and folds them in one-line fields; control characters go, and what is left empty is no value', () => {
    const m = new CompiledMap(JIRA, JIRA_HEADER, { toUtc: utc });
    const row = m.read({
      line: 2,
      fields: jiraRow({ Summary: 'VPN\u0007 が  落ちる', Description: '  一行目\r\n二行目\r三行目\u0000  ', Category: 'Net\twork\nA', Creator: '\u0001', Resolution: '\u0007' }),
    });
    expect(row).toMatchObject({ title: 'VPN が 落ちる', description: '一行目\n二行目\n三行目', category: 'Net work A', createdBy: null, resolution: null });
    // A carriage return is a line break too: in a one-line field it becomes a space, as a typed line break does.
    expect(m.read({ line: 2, fields: jiraRow({ Category: 'Net\rwork' }) }).category).toBe('Net work');
  });

  it('appends the detail columns it has to the description, after a blank line', () => {
    const m = new CompiledMap(JIRA, JIRA_HEADER, { toUtc: utc });
    expect(m.read({ line: 2, fields: jiraRow({ Description: '本文', Sprint: 'Sprint  12\u0007' }) }).description).toBe('本文\n\nSprint: Sprint 12');
    expect(m.read({ line: 2, fields: jiraRow({ Sprint: 'Sprint 12' }) }).description).toBe('Sprint: Sprint 12');
    expect(m.read({ line: 2, fields: jiraRow({ Description: '本文', Sprint: '-' }) }).description).toBe('本文');
  });

  it('splits tags on commas, semicolons and spaces, lower-cased, once each', () => {
    const m = new CompiledMap(JIRA, JIRA_HEADER, { toUtc: utc });
    expect(m.read({ line: 2, fields: jiraRow({ Labels: 'VPN, Tokyo;ｖｐｎ  Urgent;' }) }).tags).toEqual(['vpn', 'tokyo', 'urgent']);
  });

  it('counts a title, a one-line field and long text in characters, not UTF-16 units', () => {
    const m = new CompiledMap(JIRA, JIRA_HEADER, { toUtc: utc });
    const read = (cells: JiraCells) => said(() => m.read({ line: 2, fields: jiraRow(cells) }));
    expect(read({ Summary: '😀'.repeat(300) })).toBe('read');
    expect(read({ Summary: 'x'.repeat(300) })).toBe('read');
    // The title is made from a template: the message names the field.
    expect(read({ Summary: 'x'.repeat(301) })).toBe('column title is longer than 300 characters');
    expect(read({ Category: '😀'.repeat(200) })).toBe('read');
    expect(read({ Category: 'x'.repeat(201) })).toBe('column Category is longer than 200 characters');
    expect(read({ Description: 'x'.repeat(100_000) })).toBe('read');
    expect(read({ Description: 'x'.repeat(100_001) })).toBe('column description is longer than 100000 characters');
  });
});

// ---- one incident's rows → its timeline and record -------------------------------------------

const LOG = ['number', 'incident_state', 'opened_at', 'sys_updated_at', 'sys_updated_by', 'assigned_to', 'assignment_group', 'impact', 'urgency', 'priority', 'resolved_at', 'closed_at', 'opened_by', 'closed_code'];
type Cells = Partial<Record<(typeof LOG)[number], string>>;
const DEFAULTS: Cells = { number: 'INC1', opened_at: '1/1/2016 00:00', impact: '2 - Medium', urgency: '2 - Medium', priority: '3 - Moderate', opened_by: 'Opened by 1' };
/** Rows of one incident: each a state, an update time (HH:MM on 1 January 2016) and its updater, and whatever else it changes. */
function replay(rows: (Cells & { at?: string })[], header = LOG, context = ctx) {
  const m = new CompiledMap(SERVICENOW_MAP, header, { toUtc: utc });
  const read = rows.map(({ at, ...cells }, i) => {
    const all: Cells = { ...DEFAULTS, ...(at ? { sys_updated_at: `1/1/2016 ${at}` } : {}), ...cells };
    return m.read({ line: i + 2, fields: header.map((h) => all[h] ?? '?') });
  });
  return foldIncident(read, context);
}
/** A timeline in short: "HH:MM kind from→to by actor". */
const timeline = (r: ReturnType<typeof replay>) => r.events.map((e) => `${e.at.slice(11, 16)} ${e.kind} ${e.from ?? ''}→${e.to ?? ''} by ${e.actor}`);

describe('replaying an event log into a timeline', () => {
  it('writes a close without a resolve as a resolve at the source’s resolved time, then the close', () => {
    const r = replay([
      { incident_state: 'New', at: '00:00', sys_updated_by: 'a' },
      { incident_state: 'Active', at: '01:00', sys_updated_by: 'b' },
      { incident_state: 'Closed', at: '05:00', sys_updated_by: 'c', resolved_at: '1/1/2016 03:00', closed_at: '1/1/2016 05:00', closed_code: 'Solved (Permanently)' },
    ]);
    expect(timeline(r)).toEqual([
      '00:00 opened →open by Opened by 1',
      '01:00 classified open→classified by b',
      '03:00 resolved classified→resolved by c',
      '05:00 closed resolved→closed by c',
      '00:00 imported → by migrator',
    ]);
    expect(r.events[2].data).toEqual({ code: 'fixed' });
    expect(r.incident).toMatchObject({
      status: 'closed', resolvedFrom: 'classified', resolvedAt: jan1('03:00'), closedAt: jan1('05:00'), classifiedAt: jan1('01:00'),
      resolution: 'Solved (Permanently)', resolutionCode: 'fixed', heldFrom: null, holdStartedAt: null, updatedAt: jan1('05:00'),
    });
  });

  it('resolves at the close when the source’s resolved time is later than the close', () => {
    const r = replay([
      { incident_state: 'Active', at: '00:00' },
      { incident_state: 'Closed', at: '05:00', resolved_at: '1/1/2016 06:00' },
    ]);
    expect(timeline(r).slice(2, 4)).toEqual(['05:00 resolved classified→resolved by migrator', '05:00 closed resolved→closed by migrator']);
  });

  it('notes a state it does not know, and the state stays', () => {
    const r = replay([
      { incident_state: 'New', at: '00:00' },
      { incident_state: '-100', at: '01:00', sys_updated_by: 'b' },
      { incident_state: 'Active', at: '02:00' },
    ]);
    expect(r.events[1]).toEqual({
      at: jan1('01:00'), actor: 'b', kind: 'noted', from: null, to: null,
      note: 'state "-100" in the source is not a known state; the state stays open',
      data: { sourceState: '-100', line: 3 },
    });
    expect(timeline(r)[2]).toBe('02:00 classified open→classified by migrator');
  });

  it('writes a new hold event when the awaited party changes, and leaves an incident still on hold with its hold start', () => {
    const r = replay([
      { incident_state: 'New', at: '00:00' },
      { incident_state: 'Awaiting User Info', at: '01:00', sys_updated_by: 'b' },
      { incident_state: 'Awaiting Vendor', at: '02:00', sys_updated_by: 'c' },
      { incident_state: 'Awaiting Vendor', at: '03:00', sys_updated_by: 'd' },
    ]);
    expect(r.events.slice(1, 3)).toEqual([
      { at: jan1('01:00'), actor: 'b', kind: 'held', from: 'open', to: 'on_hold', note: 'User Info', data: { sourceState: 'User Info' } },
      { at: jan1('02:00'), actor: 'c', kind: 'held', from: 'on_hold', to: 'on_hold', note: 'Vendor', data: { sourceState: 'Vendor' } },
    ]);
    expect(r.events.map((e) => e.kind)).toEqual(['opened', 'held', 'held', 'imported']);
    expect(r.incident).toMatchObject({ status: 'on_hold', heldFrom: 'open', holdStartedAt: jan1('01:00'), heldSeconds: 0, resolvedAt: null, resolvedFrom: null, updatedAt: jan1('03:00') });
  });

  it('counts a hold out of a resolved incident as a reopening; it returns to classified', () => {
    const r = replay([
      { incident_state: 'New', at: '00:00' },
      { incident_state: 'Resolved', at: '01:00' },
      { incident_state: 'Awaiting Evidence', at: '02:00', sys_updated_by: 'c' },
    ]);
    expect(r.events[2]).toEqual({ at: jan1('02:00'), actor: 'c', kind: 'reopened', from: 'resolved', to: 'on_hold', note: 'Evidence', data: null });
    expect(r.reopenings).toBe(1);
    expect(r.incident).toMatchObject({ status: 'on_hold', heldFrom: 'classified', holdStartedAt: jan1('02:00'), resolvedAt: null, resolution: null, resolutionCode: null });
  });

  it.each<[string, string[], string[]]>([
    ['escalated, back to new, cancelled', ['New', 'Escalated', 'New', 'Canceled'], ['escalated open→escalated', 'updated escalated→open', 'cancelled open→cancelled']],
    ['held, then escalated', ['Active', 'Awaiting Vendor', 'Escalated'], ['classified open→classified', 'held classified→on_hold', 'resumed on_hold→escalated']],
    ['held, then new again', ['New', 'Awaiting Vendor', 'New'], ['held open→on_hold', 'resumed on_hold→open']],
    ['resolved, closed, reopened', ['New', 'Resolved', 'Closed', 'Active'], ['resolved open→resolved', 'closed resolved→closed', 'reopened closed→classified']],
    ['resolved, back to new', ['New', 'Resolved', 'New'], ['resolved open→resolved', 'reopened resolved→open']],
  ])('names each move: %s', (_what, states, moves) => {
    const r = replay(states.map((s, i) => ({ incident_state: s, at: `0${i}:00` })));
    expect(r.events.slice(1, -1).map((e) => `${e.kind} ${e.from}→${e.to}`)).toEqual(moves);
  });

  it('takes the last move to resolved as the resolve time when the source has none, and the move to closed as the close time', () => {
    const r = replay([
      { incident_state: 'New', at: '00:00' },
      { incident_state: 'Resolved', at: '01:00' },
      { incident_state: 'Active', at: '02:00' },
      { incident_state: 'Resolved', at: '03:00' },
      { incident_state: 'Closed', at: '04:00' },
    ]);
    expect(r.incident).toMatchObject({ status: 'closed', resolvedAt: jan1('03:00'), closedAt: jan1('04:00'), resolvedFrom: 'classified' });
    expect(r.reopenings).toBe(1);
  });

  it('takes the source’s close time as the resolve time of a closed incident without one, and updatedAt as the latest of them all', () => {
    const r = replay([
      { incident_state: 'Resolved', at: '01:00' },
      { incident_state: 'Closed', at: '02:00', closed_at: '1/1/2016 09:00' },
    ]);
    // resolved_at is empty: the move to resolved at 01:00 is the resolve time; closed_at is the source's.
    expect(r.incident).toMatchObject({ resolvedAt: jan1('01:00'), closedAt: jan1('09:00'), updatedAt: jan1('09:00') });
  });

  it('records a priority change, keeps the source’s last priority and notes where the matrix would give another', () => {
    const r = replay([
      { incident_state: 'New', at: '00:00' },
      { incident_state: 'Active', at: '01:00', sys_updated_by: 'b', impact: '1 - High', priority: '1 - Critical' },
      { incident_state: 'Active', at: '02:00', sys_updated_by: 'b', impact: '1 - High', priority: '1 - Critical' },
    ]);
    expect(r.events.slice(2)).toEqual([
      { at: jan1('01:00'), actor: 'b', kind: 'priority_changed', from: 'P3', to: 'P1', note: null, data: { sourcePriority: '1 - Critical' } },
      {
        at: jan1('02:00'), actor: 'migrator', kind: 'noted', from: null, to: null,
        note: "the source's priority 1 - Critical (P1) is kept as it was; impact high × urgency medium would give P2",
        data: { sourcePriority: '1 - Critical', priority: 'P1', matrix: 'P2' },
      },
      {
        at: '2026-12-06T00:00:00.000Z', actor: 'migrator', kind: 'imported', from: null, to: null, note: 'servicenow: log.csv',
        data: { format: 'servicenow', file: 'log.csv', externalRef: 'INC1', lines: [2, 4], rows: 3, sourcePriority: '1 - Critical', sourceSlaMet: null },
      },
    ]);
    expect(r.incident).toMatchObject({ priority: 'P1', sourcePriority: '1 - Critical', impact: 'high', urgency: 'medium' });
    // P1 with our targets: respond within 15 minutes, resolve within 4 hours of the opening.
    expect(r.incident).toMatchObject({ responseDueAt: jan1('00:15'), resolveDueAt: jan1('04:00') });
  });

  it('gives a source without priorities the matrix’s, with due times from the targets the import is given', () => {
    const header = LOG.filter((h) => h !== 'priority');
    const sla = { ...DEFAULT_SLA, P2: { response: 60, resolve: 600 } };
    const r = replay([{ incident_state: 'New', at: '00:00', impact: '1 - High' }], header, { ...ctx, sla });
    expect(r.incident).toMatchObject({ priority: 'P2', sourcePriority: null, responseDueAt: jan1('00:01'), resolveDueAt: jan1('00:10') });
    expect(r.events.map((e) => e.kind)).toEqual(['opened', 'imported']);
  });

  it('gives history that never had a priority no due times (it was not opened here)', () => {
    const header = LOG.filter((h) => !['priority', 'impact', 'urgency'].includes(h));
    const r = replay([{ incident_state: 'New', at: '00:00' }], header);
    expect(r.incident).toMatchObject({ priority: null, impact: null, urgency: null, responseDueAt: null, resolveDueAt: null, sourceKnowledge: false, sourceSlaMet: null });
  });

  it('opens with the first row’s assignee, team and priority, and records each hand-off', () => {
    const r = replay([
      { incident_state: 'New', at: '00:00', assignment_group: 'G1', opened_by: '?', sys_updated_by: 'a' },
      { incident_state: 'Active', at: '01:00', assignment_group: 'G1', assigned_to: 'r1' },
      { incident_state: 'Active', at: '02:00', assignment_group: 'G1' },
      { incident_state: 'Active', at: '03:00', assignment_group: 'G2', assigned_to: 'r2' },
      { incident_state: 'Active', at: '04:00', assignment_group: 'G3', assigned_to: 'r2' },
      { incident_state: 'Active', at: '05:00', assigned_to: 'r2' },
    ]);
    expect(r.events[0]).toEqual({
      at: jan1('00:00'), actor: 'a', kind: 'opened', from: null, to: 'open', note: 'INC1',
      data: { priority: 'P3', impact: 'medium', urgency: 'medium', assignee: null, team: 'G1', externalRef: 'INC1', sourcePriority: '3 - Moderate' },
    });
    expect(r.events.filter((e) => e.kind === 'assigned').map((e) => [e.at.slice(11, 16), e.from, e.to, e.data])).toEqual([
      ['01:00', null, 'r1', { changes: { assignee: [null, 'r1'] }, reassignment: false }],
      ['02:00', 'r1', null, { changes: { assignee: ['r1', null] }, reassignment: false }],
      ['03:00', null, 'r2', { changes: { assignee: [null, 'r2'], team: ['G1', 'G2'] }, reassignment: true }],
      ['04:00', 'r2', 'r2', { changes: { team: ['G2', 'G3'] }, reassignment: true }],
      ['05:00', 'r2', 'r2', { changes: { team: ['G3', null] }, reassignment: false }],
    ]);
    expect(r.reassignments).toBe(2);
    expect(r.incident).toMatchObject({ assignee: 'r2', team: null, createdBy: 'migrator' });
  });

  it('gives a log whose rows name nobody to the one who runs the import', () => {
    const r = replay([{ incident_state: 'New', at: '00:00', opened_by: '?' }, { incident_state: 'Active', at: '01:00' }]);
    expect(timeline(r)).toEqual(['00:00 opened →open by migrator', '01:00 classified open→classified by migrator', '00:00 imported → by migrator']);
    expect(r.incident.createdBy).toBe('migrator');
  });

  it('counts hold time within opened → resolved only, however the rows are ordered', () => {
    const r = replay([
      { incident_state: 'New', at: '00:00' },
      { incident_state: 'Awaiting Vendor', at: '01:00' },
      { incident_state: 'Active', at: '01:30' },
      { incident_state: 'Awaiting User Info', at: '02:00' },
      { incident_state: 'Resolved', at: '04:00', resolved_at: '1/1/2016 03:00' },
      // A row out of order in the export: not later than the last one.
      { incident_state: 'Resolved', at: '03:30', resolved_at: '1/1/2016 03:00' },
    ]);
    // 01:00 → 01:30 and 02:00 → 03:00 (the hold until 04:00 clipped at resolved_at): 1 h 30 min.
    expect(r.incident).toMatchObject({ heldSeconds: 5400, resolvedAt: jan1('03:00'), resolvedFrom: 'on_hold', updatedAt: jan1('04:00') });
  });

  it('counts no hold before the opening (an update time earlier than opened_at)', () => {
    const r = replay([
      { incident_state: 'Awaiting Vendor', at: '00:00', opened_at: '1/1/2016 01:00' },
      { incident_state: 'Resolved', at: '02:00', opened_at: '1/1/2016 01:00' },
    ]);
    expect(r.incident.heldSeconds).toBe(3600);
  });

  it('carries the last row’s descriptive fields, and the first row’s reporter when the last has none', () => {
    const header = ['number', 'incident_state', 'opened_at', 'sys_updated_at', 'caller_id', 'category', 'cmdb_ci', 'contact_type', 'knowledge', 'made_sla', 'problem_id', 'short_description', 'description', 'close_notes', 'closed_code', 'resolved_at', 'impact', 'urgency'];
    const m = new CompiledMap(SERVICENOW_MAP, header, { toUtc: utc });
    const rows = [
      ['INC7', 'New', '1/1/2016 00:00', '1/1/2016 00:00', 'Caller 1', 'Cat 1', 'CI 1', 'Phone', 'false', '?', '?', 'Old title', 'Old text', '?', '?', '?', '3 - Low', '3 - Low'],
      ['INC7', 'Resolved', '1/1/2016 00:00', '1/1/2016 02:00', '?', 'Cat 2', 'CI 2', 'Email', 'true', 'false', 'PRB0042', 'New title', 'New text', 'Rebooted', 'Solved (Work Around)', '1/1/2016 02:00', '3 - Low', '2 - Medium'],
    ].map((fields, i) => m.read({ line: i + 10, fields }));
    const r = foldIncident(rows, ctx);
    expect(r.incident).toEqual({
      title: 'New title', description: 'New text\n\nclosed_code: Solved (Work Around)', status: 'resolved', heldFrom: null, resolvedFrom: 'open',
      impact: 'low', urgency: 'medium', priority: 'P4', sourcePriority: null, sourceSlaMet: false, sourceKnowledge: true, sourceProblem: 'PRB0042',
      category: 'Cat 2', service: 'CI 2', source: 'user', reporter: 'Caller 1', assignee: null, team: null, tags: [],
      detectedAt: jan1('00:00'), openedAt: jan1('00:00'), classifiedAt: null, resolvedAt: jan1('02:00'), closedAt: null, holdStartedAt: null,
      heldSeconds: 0, resolution: 'Rebooted', resolutionCode: 'workaround', externalRef: 'INC7', createdBy: 'migrator', updatedAt: jan1('02:00'),
      // P4 with our targets: respond within a day, resolve within five.
      responseDueAt: '2016-01-02T00:00:00.000Z', resolveDueAt: '2016-01-06T00:00:00.000Z',
    });
    expect(r.events.map((e) => e.kind)).toEqual(['opened', 'resolved', 'imported']);
    expect(r.events[0].note).toBe('New title');
    expect(r.events.at(-1)!.data).toMatchObject({ lines: [10, 11], rows: 2, sourceSlaMet: false, externalRef: 'INC7' });
    expect(r.eventRows).toEqual([-1, 1, 2]);
  });
});

describe('replaying a snapshot (one row per incident)', () => {
  const SNAP = ['number', 'incident_state', 'opened_at', 'resolved_at', 'closed_at'];
  const snap = (state: string, resolved: string, closed: string) =>
    foldIncident([new CompiledMap(SERVICENOW_MAP, SNAP, { toUtc: utc }).read({ line: 2, fields: ['INC1', state, '1/1/2016 00:00', resolved, closed] })], ctx);

  it.each<[string, string, string, string[], Record<string, unknown>]>([
    ['Closed', '1/1/2016 03:00', '1/1/2016 05:00', ['03:00 resolved open→resolved', '05:00 closed resolved→closed'], { status: 'closed', resolvedAt: jan1('03:00'), closedAt: jan1('05:00') }],
    ['Closed', '?', '1/1/2016 05:00', ['05:00 resolved open→resolved', '05:00 closed resolved→closed'], { status: 'closed', resolvedAt: jan1('05:00'), closedAt: jan1('05:00') }],
    ['Closed', '1/1/2016 03:00', '?', ['03:00 resolved open→resolved', '03:00 closed resolved→closed'], { status: 'closed', resolvedAt: jan1('03:00'), closedAt: jan1('03:00') }],
    ['Resolved', '1/1/2016 03:00', '?', ['03:00 resolved open→resolved'], { status: 'resolved', resolvedAt: jan1('03:00'), closedAt: null }],
    ['Resolved', '?', '1/1/2016 05:00', ['05:00 resolved open→resolved'], { status: 'resolved', resolvedAt: jan1('05:00'), closedAt: null }],
    ['Resolved', '?', '?', ['00:00 resolved open→resolved'], { status: 'resolved', resolvedAt: jan1('00:00') }],
    ['Canceled', '?', '?', ['00:00 cancelled open→cancelled'], { status: 'cancelled', resolvedAt: null, closedAt: null }],
    ['Active', '?', '?', ['00:00 classified open→classified'], { status: 'classified', classifiedAt: jan1('00:00') }],
    ['New', '?', '?', [], { status: 'open' }],
  ])('replays a %s row (resolved %s, closed %s) at the times its fields give', (state, resolved, closed, moves, incident) => {
    const r = snap(state, resolved, closed);
    expect(r.events.slice(1, -1).map((e) => `${e.at.slice(11, 16)} ${e.kind} ${e.from}→${e.to}`)).toEqual(moves);
    expect(r.incident).toMatchObject(incident);
  });

  it('replays rows without update times as a snapshot too: a resolved row then a closed one', () => {
    const m = new CompiledMap(SERVICENOW_MAP, SNAP, { toUtc: utc });
    const rows = [
      ['INC1', 'Resolved', '1/1/2016 00:00', '1/1/2016 03:00', '?'],
      ['INC1', 'Closed', '1/1/2016 00:00', '1/1/2016 03:00', '1/1/2016 05:00'],
    ].map((fields, i) => m.read({ line: i + 2, fields }));
    const r = foldIncident(rows, ctx);
    expect(r.events.map((e) => `${e.at.slice(11, 16)} ${e.kind}`)).toEqual(['00:00 opened', '03:00 resolved', '05:00 closed', '00:00 imported']);
  });

  it('uses the update time of a lone row of an event log for what its fields leave out', () => {
    const header = ['number', 'incident_state', 'opened_at', 'sys_updated_at', 'resolved_at', 'closed_at'];
    const row = new CompiledMap(SERVICENOW_MAP, header, { toUtc: utc }).read({ line: 2, fields: ['INC1', 'Closed', '1/1/2016 00:00', '1/1/2016 07:00', '?', '?'] });
    const r = foldIncident([row], ctx);
    expect(r.events.slice(1, -1).map((e) => `${e.at.slice(11, 16)} ${e.kind}`)).toEqual(['07:00 resolved', '07:00 closed']);
    expect(r.incident).toMatchObject({ resolvedAt: jan1('07:00'), closedAt: jan1('07:00'), updatedAt: jan1('07:00') });
  });
});
