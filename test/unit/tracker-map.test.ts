import { describe, expect, it } from 'vitest';
import {
  checkMap,
  readBoolean,
  readDate,
  readLevel,
  readPriority,
  readResolutionCode,
  readSource,
  readStatus,
  SERVICENOW_MAP,
  tidy,
  timeZone,
  ValueTable,
} from '../../src/core/tracker-map.js';
import { refusal } from '../helpers/refusal.js';

// What `incident import` reads from other trackers' exports (docs/import-trackers.md), value by value.

const utc = timeZone('UTC');
const at = (s: string) => new Date(s).getTime();

const valid = { key: 'Issue key', fields: { openedAt: 'Created' } };

describe('a map file (--map MAP.json)', () => {
  it.each([
    ['a list', [], 'invalid import map: the map must be a JSON object'],
    ['null', null, 'invalid import map: the map must be a JSON object'],
    ['text', 'jira', 'invalid import map: the map must be a JSON object'],
    ['no key', { fields: { openedAt: 'Created' } }, 'invalid import map: "key" must name the column with the source id'],
    ['an empty key', { ...valid, key: '' }, 'invalid import map: "key" must name the column with the source id'],
    ['a key that is a number', { ...valid, key: 7 }, 'invalid import map: "key" must name the column with the source id'],
    ['a name that is a number', { ...valid, name: 7 }, 'invalid import map: "name" must be a column name'],
    ['updatedAt that is a list', { ...valid, updatedAt: ['Updated'] }, 'invalid import map: "updatedAt" must be a column name'],
    ['updatedBy that is a number', { ...valid, updatedBy: 1 }, 'invalid import map: "updatedBy" must be a column name'],
    ['an unknown date format', { ...valid, dateFormat: 'european' }, 'invalid import map: "dateFormat" must be one of auto, iso, dmy, mdy'],
    ['none as text', { ...valid, none: '-' }, 'invalid import map: "none" must be a list of strings'],
    ['none with a number', { ...valid, none: ['-', 0] }, 'invalid import map: "none" must be a list of strings'],
    ['details as text', { ...valid, details: 'Sprint' }, 'invalid import map: "details" must be a list of column names'],
    ['no fields', { key: 'id' }, 'invalid import map: "fields" must be an object: field → column'],
    ['fields as a list', { key: 'id', fields: ['Created'] }, 'invalid import map: "fields" must be an object: field → column'],
    ['fields as text', { key: 'id', fields: 'Created' }, 'invalid import map: "fields" must be an object: field → column'],
    [
      'a field we do not have',
      { key: 'id', fields: { openedAt: 'Created', sprint: 'Sprint' } },
      'invalid import map: unknown field "sprint" (known: title, description, status, impact, urgency, priority, category, service, source, reporter, assignee, team, openedAt, resolvedAt, closedAt, resolution, resolutionCode, knowledge, slaMet, problem, tags, createdBy)',
    ],
    ['a field given a number', { key: 'id', fields: { openedAt: 'Created', title: 3 } }, 'invalid import map: field "title" must be a column name or a list of them'],
    ['a field given a list with a number', { key: 'id', fields: { openedAt: 'Created', title: ['Summary', 3] } }, 'invalid import map: field "title" must be a column name or a list of them'],
    ['no opening time', { key: 'id', fields: { title: 'Summary' } }, 'invalid import map: "fields.openedAt" must name the column with the opening time'],
    ['values as a list', { ...valid, values: [] }, 'invalid import map: "values" must be an object: field → { source value: our value }'],
    ['values as text', { ...valid, values: 'status' }, 'invalid import map: "values" must be an object: field → { source value: our value }'],
    ['values as null', { ...valid, values: null }, 'invalid import map: "values" must be an object: field → { source value: our value }'],
    ['values for a field that is not translated', { ...valid, values: { team: { Ops: 'ops' } } }, 'invalid import map: "values.team": only status, impact, urgency, priority, source, resolutionCode are translated'],
    ['a table that is a list', { ...valid, values: { status: ['open'] } }, 'invalid import map: "values.status" must be an object'],
    ['a table that is null', { ...valid, values: { status: null } }, 'invalid import map: "values.status" must be an object'],
    ['a table that is text', { ...valid, values: { status: 'open' } }, 'invalid import map: "values.status" must be an object'],
    ['a state we do not have', { ...valid, values: { status: { Done: 'finished' } } }, 'invalid import map: "values.status": "Done" → "finished" is not a valid status'],
    ['a level we do not have', { ...valid, values: { impact: { Extensive: 'P1' } } }, 'invalid import map: "values.impact": "Extensive" → "P1" is not a valid impact'],
    ['an urgency we do not have', { ...valid, values: { urgency: { ASAP: 'urgent' } } }, 'invalid import map: "values.urgency": "ASAP" → "urgent" is not a valid urgency'],
    ['a priority we do not have', { ...valid, values: { priority: { Blocker: 'high' } } }, 'invalid import map: "values.priority": "Blocker" → "high" is not a valid priority'],
    ['a source we do not have', { ...valid, values: { source: { Bot: 'robot' } } }, 'invalid import map: "values.source": "Bot" → "robot" is not a valid source'],
    ['a resolution code we do not have', { ...valid, values: { resolutionCode: { Done: 'solved' } } }, 'invalid import map: "values.resolutionCode": "Done" → "solved" is not a valid resolutionCode'],
    ['a target that is not text', { ...valid, values: { priority: { Blocker: 1 } } }, 'invalid import map: "values.priority": "Blocker" → 1 is not a valid priority'],
    ['a state that is not text', { ...valid, values: { status: { Done: 1 } } }, 'invalid import map: "values.status": "Done" → 1 is not a valid status'],
  ])('refuses %s, saying what is wrong', (_what, map, message) => {
    expect(refusal(() => checkMap(map), { exit: 2 }).message).toBe(message);
  });

  it('takes a full map like the documented Jira one, keeping what it says', () => {
    const jira = {
      name: 'jira',
      key: 'Issue key',
      updatedAt: 'Updated',
      updatedBy: 'Updater',
      dateFormat: 'iso',
      none: ['', '-', 'None'],
      fields: { title: 'Summary', description: '{Description}', openedAt: 'Created', service: ['Service', 'Component/s'] },
      details: ['Sprint'],
      values: {
        status: { 'To Do': 'open', 'Waiting for *': 'on_hold', 'Blocked': 'on_hold:Vendor', Done: 'resolved' },
        impact: { Extensive: 'high', Minor: 'low' },
        urgency: { Soon: 'medium' },
        priority: { Blocker: 'P1' },
        source: { Bot: 'monitoring' },
        resolutionCode: { Fixed: 'fixed', "Won't Fix": 'other' },
      },
    };
    expect(checkMap(jira)).toEqual(jira);
  });

  it('calls a map without a name "csv"', () => {
    expect(checkMap(valid)).toEqual({ ...valid, name: 'csv' });
    for (const dateFormat of ['auto', 'iso', 'dmy', 'mdy']) expect(checkMap({ ...valid, dateFormat }).dateFormat).toBe(dateFormat);
  });

  it('accepts the built-in ServiceNow map as a map file', () => {
    expect(checkMap(JSON.parse(JSON.stringify(SERVICENOW_MAP)))).toEqual(SERVICENOW_MAP);
  });
});

describe('labels as exports write them', () => {
  it.each([
    ['Opened by  8', 'Opened by 8'],
    ['Group\t56', 'Group 56'],
    ['  Caller 2403 ', 'Caller 2403'],
    ['Resolved   by \n 12', 'Resolved by 12'],
    ['Caller 2403', 'Caller 2403'],
  ])('%j is kept as %j', (raw, kept) => {
    expect(tidy(raw)).toBe(kept);
  });
});

describe('impact and urgency (readLevel)', () => {
  it.each([
    ['1 - High', 'high'], ['2 - Medium', 'medium'], ['3 - Low', 'low'],
    ['1', 'high'], ['2', 'medium'], ['3', 'low'], ['1-High', 'high'], ['2: Medium', 'medium'], ['3) Low', 'low'], ['2. Medium', 'medium'],
    ['High', 'high'], ['h', 'high'], ['高', 'high'], ['Critical', 'high'],
    ['Medium', 'medium'], ['MED', 'medium'], ['m', 'medium'], ['Moderate', 'medium'], ['中', 'medium'], ['Normal', 'medium'],
    ['low', 'low'], ['L', 'low'], ['低', 'low'], ['Minor', 'low'],
    ['ＨＩＧＨ', 'high'], [' 2 - Medium ', 'medium'],
    // The number decides when the word is not one we know.
    ['2 - Whatever', 'medium'],
  ])('%j is %s', (value, level) => {
    expect(readLevel(value)).toBe(level);
  });

  it.each(['0', '4', '9 - Odd', 'huge', '', '4 - Low-ish', 'constructor', '__proto__'])('%j is no level (the row is unreadable)', (value) => {
    expect(readLevel(value)).toBeUndefined();
  });
});

describe('priority (readPriority)', () => {
  it.each([
    ['1 - Critical', 'P1'], ['2 - High', 'P2'], ['3 - Moderate', 'P3'], ['4 - Low', 'P4'], ['5 - Planning', 'P5'],
    ['P1', 'P1'], ['p2', 'P2'], ['3', 'P3'], ['5', 'P5'],
    ['Critical', 'P1'], ['Highest', 'P1'], ['Blocker', 'P1'], ['Immediate', 'P1'], ['Urgent', 'P1'],
    ['High', 'P2'], ['Major', 'P2'],
    ['Moderate', 'P3'], ['Medium', 'P3'], ['Normal', 'P3'],
    ['Low', 'P4'], ['Minor', 'P4'],
    ['Planning', 'P5'], ['Lowest', 'P5'], ['Trivial', 'P5'], ['Very Low', 'P5'], ['very  low', 'P5'],
  ])('%j is %s', (value, priority) => {
    expect(readPriority(value)).toBe(priority);
  });

  it.each(['0', '6', '7 - Extreme', 'P0', 'whenever', '', 'constructor', '__proto__', 'toString'])('%j is no priority (the row is unreadable)', (value) => {
    expect(readPriority(value)).toBeUndefined();
  });
});

describe('yes and no (knowledge, made_sla)', () => {
  it.each(['true', 'TRUE', 'yes', 'Y', '1', 't', 'はい', ' Yes '])('%j is yes', (value) => {
    expect(readBoolean(value)).toBe(true);
  });
  it.each(['false', 'False', 'no', 'N', '0', 'f', 'いいえ'])('%j is no', (value) => {
    expect(readBoolean(value)).toBe(false);
  });
  it.each(['maybe', '', '2'])('%j is neither', (value) => {
    expect(readBoolean(value)).toBeUndefined();
  });
});

describe('translation tables (values in a map)', () => {
  const servicenowStatus = new ValueTable(SERVICENOW_MAP.values!.status);

  it.each([
    ['New', 'open', null],
    ['Active', 'classified', null],
    ['In Progress', 'classified', null],
    ['Awaiting Vendor', 'on_hold', 'Vendor'],
    ['Awaiting Problem', 'on_hold', 'Problem'],
    ['AWAITING  evidence', 'on_hold', 'evidence'],
    ['On Hold', 'on_hold', 'On Hold'],
    ['Resolved', 'resolved', null],
    ['closed', 'closed', null],
    ['Canceled', 'cancelled', null],
    ['Cancelled', 'cancelled', null],
  ])('ServiceNow state %j is %s (hold reason %j)', (value, status, reason) => {
    expect(readStatus(value, servicenowStatus)).toEqual({ status, reason });
  });

  it('reads our own state names without a table, and a hold reason a table names outright', () => {
    const none = new ValueTable();
    expect(readStatus('classified', none)).toEqual({ status: 'classified', reason: null });
    expect(readStatus('On Hold', none)).toEqual({ status: 'on_hold', reason: 'On Hold' });
    expect(readStatus('on-hold', none)).toEqual({ status: 'on_hold', reason: 'on-hold' });
    expect(readStatus('ESCALATED', none)).toEqual({ status: 'escalated', reason: null });
    expect(readStatus('Waiting', none)).toBeUndefined();
    const jira = new ValueTable({ Blocked: 'on_hold:Vendor', 'Waiting for *': 'on_hold', Done: 'resolved' });
    expect(readStatus('Blocked', jira)).toEqual({ status: 'on_hold', reason: 'Vendor' });
    expect(readStatus('Waiting for customer', jira)).toEqual({ status: 'on_hold', reason: 'customer' });
    expect(readStatus('done', jira)).toEqual({ status: 'resolved', reason: null });
  });

  it('matches exact keys before patterns, and the longest pattern first', () => {
    const codes = new ValueTable({ '*': 'other', 'Solved*': 'fixed', 'Solved (Work Around)*': 'workaround', 'Solved by caller': 'user-error' });
    expect(codes.lookup('Solved by caller')).toEqual({ to: 'user-error', rest: null });
    expect(codes.lookup('Solved (Work Around) remotely')).toEqual({ to: 'workaround', rest: 'remotely' });
    expect(codes.lookup('Solved')).toEqual({ to: 'fixed', rest: null });
    expect(codes.lookup('Gave up')).toEqual({ to: 'other', rest: 'Gave up' });
    expect(new ValueTable({ Done: 'resolved' }).lookup('Open')).toBeUndefined();
  });

  it.each([
    ['Phone', 'user'], ['Email', 'user'], ['Self-service', 'user'], ['Self service', 'user'], ['Walk-in', 'user'], ['Walk in', 'user'],
    ['Chat', 'user'], ['Virtual Agent', 'user'], ['Monitoring', 'monitoring'], ['Event', 'monitoring'], ['Alert', 'monitoring'],
    ['Direct opening', 'staff'], ['IVR', 'other'],
  ])('ServiceNow contact type %j is source %s', (value, source) => {
    expect(readSource(value, new ValueTable(SERVICENOW_MAP.values!.source))).toBe(source);
  });

  it('reads our own sources without a table, and refuses others', () => {
    expect(readSource('Vendor', new ValueTable())).toBe('vendor');
    expect(readSource('mail', new ValueTable())).toBe('mail');
    expect(readSource('fax', new ValueTable())).toBeUndefined();
  });

  it.each([
    ['Solved (Permanently)', 'fixed'], ['Solved Remotely (Permanently)', 'fixed'],
    ['Solved (Work Around)', 'workaround'], ['Solved Remotely (Work Around)', 'workaround'],
    ['Not Solved (Not Reproducible)', 'no-fault-found'], ['Not Solved (Too Costly)', 'other'],
    ['Closed/Resolved by Caller', 'user-error'], ['Duplicate', 'duplicate'], ['code 6', 'other'],
  ])('ServiceNow close code %j is %s', (value, code) => {
    expect(readResolutionCode(value, new ValueTable(SERVICENOW_MAP.values!.resolutionCode))).toBe(code);
  });

  it('reads our own resolution codes without a table, and refuses others', () => {
    expect(readResolutionCode('No-Fault-Found', new ValueTable())).toBe('no-fault-found');
    expect(readResolutionCode('workaround', new ValueTable())).toBe('workaround');
    expect(readResolutionCode('solved', new ValueTable())).toBeUndefined();
  });
});

describe('time zones (--timezone)', () => {
  const noon = Date.UTC(2024, 0, 15, 12, 0);
  it.each([
    [undefined, 0], ['UTC', 0], ['utc', 0], ['Z', 0], ['GMT', 0], [' UTC ', 0],
    ['+09:00', 9 * 60], ['+0900', 9 * 60], ['+9', 9 * 60], ['UTC+9', 9 * 60], ['GMT-3', -3 * 60],
    ['-03:30', -(3 * 60 + 30)], ['+05:45', 5 * 60 + 45], ['+14:00', 14 * 60], ['+09:59', 9 * 60 + 59],
    ['Asia/Tokyo', 9 * 60], ['Asia/Kolkata', 5 * 60 + 30], ['America/St_Johns', -(3 * 60 + 30)], [' Europe/London ', 0], ['Europe/Vaduz', 60],
  ])('%j: noon there is %i minutes before noon UTC', (zone, minutes) => {
    expect(timeZone(zone)(noon)).toBe(noon - minutes * 60_000);
  });

  it('follows daylight saving time, on both sides of the change', () => {
    const ny = timeZone('America/New_York');
    // 2024-03-10: clocks go from 02:00 EST to 03:00 EDT.
    expect(ny(Date.UTC(2024, 2, 10, 1, 30))).toBe(at('2024-03-10T06:30:00Z'));
    expect(ny(Date.UTC(2024, 2, 10, 3, 30))).toBe(at('2024-03-10T07:30:00Z'));
    expect(ny(Date.UTC(2024, 6, 1, 12, 0))).toBe(at('2024-07-01T16:00:00Z'));
    const tokyo = timeZone('Asia/Tokyo');
    // Many times of one hour (the zone's offset is remembered per hour).
    expect(tokyo(Date.UTC(2024, 3, 1, 9, 0))).toBe(at('2024-04-01T00:00:00Z'));
    expect(tokyo(Date.UTC(2024, 3, 1, 9, 59, 59))).toBe(at('2024-04-01T00:59:59Z'));
  });

  it.each(['+15:00', '+09:60', '+09:00 JST', 'Nowhere/Else', 'JST+9', ''])('refuses %j', (zone) => {
    expect(refusal(() => timeZone(zone), { exit: 2 }).message).toBe(`--timezone must be UTC, an offset such as +09:00 or a zone such as Asia/Tokyo, not "${zone}"`);
  });
});

describe('dates (readDate)', () => {
  it.each([
    // ISO, with or without seconds, fraction and zone
    ['2016-02-29 01:16', 'auto', '2016-02-29T01:16:00.000Z'],
    ['2016-02-29T01:16:07', 'iso', '2016-02-29T01:16:07.000Z'],
    ['2016-02-29', 'auto', '2016-02-29T00:00:00.000Z'],
    ['2016-2-9 1:05', 'auto', '2016-02-09T01:05:00.000Z'],
    ['2016-02-29T01:16:07.25Z', 'auto', '2016-02-29T01:16:07.250Z'],
    ['2016-02-29 01:16:07,5', 'auto', '2016-02-29T01:16:07.500Z'],
    ['2016-02-29T01:16:07.123456Z', 'iso', '2016-02-29T01:16:07.123Z'],
    ['2016-02-29T01:16:00z', 'auto', '2016-02-29T01:16:00.000Z'],
    ['2016-02-29T01:16:00+09:00', 'auto', '2016-02-28T16:16:00.000Z'],
    ['2016-02-29T01:16:00+0930', 'auto', '2016-02-28T15:46:00.000Z'],
    ['2016-02-29 01:16 -05', 'auto', '2016-02-29T06:16:00.000Z'],
    ['2016-02-29T01:16:00-03:30', 'iso', '2016-02-29T04:46:00.000Z'],
    // the edges of what is a date
    ['1970-01-01 00:00', 'auto', '1970-01-01T00:00:00.000Z'],
    ['2199-12-31 23:59:59', 'auto', '2199-12-31T23:59:59.000Z'],
    ['2016-01-31', 'auto', '2016-01-31T00:00:00.000Z'],
    ['2016-12-01', 'auto', '2016-12-01T00:00:00.000Z'],
    // day-first, other separators, seconds
    ['29/2/2016 01:16', 'auto', '2016-02-29T01:16:00.000Z'],
    ['29.02.2016 01:16:30', 'dmy', '2016-02-29T01:16:30.000Z'],
    ['29-02-2016', 'auto', '2016-02-29T00:00:00.000Z'],
    ['1/2/2016T10:00', 'auto', '2016-02-01T10:00:00.000Z'],
    ['1/2/2016, 10:00', 'dmy', '2016-02-01T10:00:00.000Z'],
    // month-first, with am/pm
    ['2/29/2016 1:16 PM', 'mdy', '2016-02-29T13:16:00.000Z'],
    ['2/29/2016 12:30 am', 'mdy', '2016-02-29T00:30:00.000Z'],
    ['2/29/2016 12:30 PM', 'mdy', '2016-02-29T12:30:00.000Z'],
    ['2/29/2016 11:59 AM', 'mdy', '2016-02-29T11:59:00.000Z'],
    ['1/2/2016', 'mdy', '2016-01-02T00:00:00.000Z'],
  ])('%j (%s) is %s', (value, format, iso) => {
    expect(readDate(value, format as 'auto', utc)).toBe(at(iso));
  });

  it.each([
    ['1969-12-31 23:59', 'auto'], ['2200-01-01', 'auto'], ['2016-00-10', 'auto'], ['2016-13-01', 'auto'],
    ['2016-02-30', 'auto'], ['2015-02-29', 'auto'], ['2016-04-31', 'auto'], ['2016-01-00', 'auto'],
    ['2016-01-01 24:00', 'auto'], ['2016-01-01 00:60', 'auto'], ['2016-01-01 00:00:60', 'auto'],
    ['31/2/2016 09:00', 'auto'], ['29/2/2016 01:16', 'iso'], ['2016-02-29', 'dmy'], ['2016-02-29', 'mdy'],
    ['13/13/2016', 'mdy'], ['2/29/2016 13:00 PM', 'mdy'], ['2/29/2016 0:30 AM', 'mdy'],
    ['yesterday', 'auto'], ['', 'auto'], ['29/2/16', 'auto'],
  ])('%j (%s) is not a date (the row is unreadable)', (value, format) => {
    expect(readDate(value, format as 'auto', utc)).toBeUndefined();
  });

  it('reads times without a zone in the --timezone zone; a time with its own offset keeps it', () => {
    const tokyo = timeZone('Asia/Tokyo');
    expect(readDate('2024-04-01 09:00', 'iso', tokyo)).toBe(at('2024-04-01T00:00:00Z'));
    expect(readDate('1/4/2024 09:00', 'auto', tokyo)).toBe(at('2024-04-01T00:00:00Z'));
    expect(readDate('2024-04-01T09:00:00Z', 'auto', tokyo)).toBe(at('2024-04-01T09:00:00Z'));
    expect(readDate('2024-04-01T09:00:00+01:00', 'auto', tokyo)).toBe(at('2024-04-01T08:00:00Z'));
    expect(readDate(' 2024-04-01 09:00 ', 'auto', utc)).toBe(at('2024-04-01T09:00:00Z'));
    expect(readDate('2016-02-30 09:00', 'auto', tokyo)).toBeUndefined();
    expect(readDate('31/2/2016 09:00', 'auto', tokyo)).toBeUndefined();
  });
});
