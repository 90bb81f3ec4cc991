import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CsvError, CsvParser, guessDelimiter, parseCsv } from '../../src/core/csv.js';
import { checkMap, readDate, readLevel, readPriority, readStatus, timeZone, ValueTable, SERVICENOW_MAP } from '../../src/core/tracker-map.js';
import { CompiledMap, foldIncident, RowError } from '../../src/core/tracker-import.js';
import { AppError } from '../../src/core/errors.js';

const utc = timeZone('UTC');
const at = (s: string) => new Date(s).getTime();

describe('CSV parser', () => {
  it('reads quoted commas, doubled quotes, line breaks inside quotes, CRLF and a BOM', () => {
    const text = '\ufeffa,b,c\r\n1,"x, y","say ""hi"""\r\n2,"two\nlines",\r\n\r\n3,,z';
    expect(parseCsv(text)).toEqual([
      { line: 1, fields: ['a', 'b', 'c'] },
      { line: 2, fields: ['1', 'x, y', 'say "hi"'] },
      { line: 3, fields: ['2', 'two\nlines', ''] },
      { line: 6, fields: ['3', '', 'z'] },
    ]);
  });

  it('gives the same records however the text is cut into chunks', () => {
    const cell = fc.oneof(fc.string(), fc.constantFrom('"', '""', ',', '\n', '\r\n', 'x"y', ' ', 'ｶﾅ漢字'));
    const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.array(fc.nat(), { maxLength: 6 }), (rows, cuts) => {
        const text = rows.map((r) => r.map(quote).join(',')).join('\n') + '\n';
        const whole = parseCsv(text);
        const p = new CsvParser();
        const got = [];
        let from = 0;
        for (const c of [...cuts.map((n) => n % (text.length + 1))].sort((a, b) => a - b)) {
          got.push(...p.push(text.slice(from, c)));
          from = c;
        }
        got.push(...p.push(text.slice(from)), ...p.end());
        expect(got).toEqual(whole);
        // Every row with something in it comes back as it was written.
        const expected = rows.filter((r) => !(r.length === 1 && r[0] === ''));
        expect(whole.map((r) => r.fields)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });

  it('finds the delimiter from the header line', () => {
    expect(guessDelimiter('number,incident_state,active')).toBe(',');
    expect(guessDelimiter('ID;タイトル;"a,b";ステータス')).toBe(';');
    expect(guessDelimiter('a\tb\tc')).toBe('\t');
    expect(parseCsv('a;b\n"x;y";z', ';')).toEqual([{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['x;y', 'z'] }]);
  });

  it('names the line of a quoted field that never closes', () => {
    expect(() => parseCsv('a,b\n1,"open\nstill open')).toThrow(CsvError);
    try {
      parseCsv('a,b\n1,"open\nstill open');
    } catch (e) {
      expect((e as CsvError).line).toBe(2);
    }
  });
});

describe('values as exports write them', () => {
  it('reads levels and priorities', () => {
    expect(readLevel('2 - Medium')).toBe('medium');
    expect(readLevel('1 - High')).toBe('high');
    expect(readLevel('高')).toBe('high');
    expect(readLevel('9 - Odd')).toBeUndefined();
    expect(readPriority('1 - Critical')).toBe('P1');
    expect(readPriority('3 - Moderate')).toBe('P3');
    expect(readPriority('P4')).toBe('P4');
    expect(readPriority('Highest')).toBe('P1');
    expect(readPriority('7 - Extreme')).toBeUndefined();
  });

  it('translates states with patterns; the awaited party is the hold reason', () => {
    const t = new ValueTable(SERVICENOW_MAP.values!.status);
    expect(readStatus('Awaiting User Info', t)).toEqual({ status: 'on_hold', reason: 'User Info' });
    expect(readStatus('awaiting  vendor', t)).toEqual({ status: 'on_hold', reason: 'vendor' });
    expect(readStatus('Active', t)).toEqual({ status: 'classified', reason: null });
    expect(readStatus('-100', t)).toBeUndefined();
  });

  it('reads day-first, month-first and ISO dates, in a time zone, and refuses impossible ones', () => {
    expect(readDate('29/2/2016 01:16', 'auto', utc)).toBe(at('2016-02-29T01:16:00Z'));
    expect(readDate('2016-02-29 01:16', 'auto', utc)).toBe(at('2016-02-29T01:16:00Z'));
    expect(readDate('2/29/2016 1:16 PM', 'mdy', utc)).toBe(at('2016-02-29T13:16:00Z'));
    expect(readDate('29/2/2015 01:16', 'auto', utc)).toBeUndefined();
    expect(readDate('29/2/2016 01:16', 'iso', utc)).toBeUndefined();
    expect(readDate('2016-02-29T01:16:00+09:00', 'auto', utc)).toBe(at('2016-02-28T16:16:00Z'));
    const tokyo = timeZone('Asia/Tokyo');
    expect(readDate('1/4/2024 09:00', 'dmy', tokyo)).toBe(at('2024-04-01T00:00:00Z'));
    expect(readDate('2024-04-01 09:00', 'auto', timeZone('+09:00'))).toBe(at('2024-04-01T00:00:00Z'));
    // Daylight saving time: New York is UTC-4 in July and UTC-5 in January.
    const ny = timeZone('America/New_York');
    expect(readDate('2024-07-01 12:00', 'iso', ny)).toBe(at('2024-07-01T16:00:00Z'));
    expect(readDate('2024-01-01 12:00', 'iso', ny)).toBe(at('2024-01-01T17:00:00Z'));
    expect(() => timeZone('Nowhere/Else')).toThrow(AppError);
  });
});

describe('maps', () => {
  it('refuses a map that does not say where the id and the opening time are', () => {
    expect(() => checkMap({ fields: { openedAt: 'x' } })).toThrow(AppError);
    expect(() => checkMap({ key: 'id', fields: {} })).toThrow(AppError);
    expect(() => checkMap({ key: 'id', fields: { openedAt: 'c' }, values: { status: { Done: 'finished' } } })).toThrow(AppError);
    expect(checkMap({ key: 'id', fields: { openedAt: 'c' } }).name).toBe('csv');
  });

  it('names the column and value of a row it cannot read', () => {
    const m = new CompiledMap(SERVICENOW_MAP, ['number', 'incident_state', 'opened_at', 'impact'], { toUtc: utc });
    expect(() => m.read({ line: 4, fields: ['INC1', 'New', '1/1/2016 00:00', 'huge'] })).toThrow(RowError);
    try {
      m.read({ line: 4, fields: ['INC1', 'New', '1/1/2016 00:00', 'huge'] });
    } catch (e) {
      expect((e as RowError).params).toEqual({ column: 'impact', value: 'huge' });
    }
    expect(m.read({ line: 5, fields: ['INC1', '?', '1/1/2016 00:00', '?'] })).toMatchObject({ key: 'INC1', status: null, impact: null });
  });
});

describe('replaying an event log', () => {
  const header = ['number', 'incident_state', 'opened_at', 'sys_updated_at', 'sys_updated_by', 'assigned_to', 'assignment_group', 'resolved_at'];
  const m = new CompiledMap(SERVICENOW_MAP, header, { toUtc: utc });
  const rows = [
    ['INC1', 'New', '1/1/2016 00:00', '1/1/2016 00:00', 'a', '?', 'G1', '?'],
    ['INC1', 'Active', '1/1/2016 00:00', '1/1/2016 01:00', 'b', 'r1', 'G1', '?'],
    ['INC1', 'Awaiting User Info', '1/1/2016 00:00', '1/1/2016 02:00', 'b', 'r1', 'G1', '?'],
    ['INC1', 'Active', '1/1/2016 00:00', '1/1/2016 05:00', 'c', 'r2', 'G2', '?'],
    ['INC1', 'Resolved', '1/1/2016 00:00', '1/1/2016 06:00', 'c', 'r2', 'G2', '?'],
    ['INC1', 'Active', '1/1/2016 00:00', '1/1/2016 07:00', 'd', 'r2', 'G2', '?'],
    ['INC1', 'Awaiting Vendor', '1/1/2016 00:00', '1/1/2016 08:00', 'd', 'r2', 'G2', '?'],
    ['INC1', 'Resolved', '1/1/2016 00:00', '1/1/2016 10:00', 'd', 'r2', 'G2', '1/1/2016 09:00'],
  ].map((fields, i) => m.read({ line: i + 2, fields }));
  const r = foldIncident(rows, { actor: 'me', now: new Date('2026-01-01T00:00:00Z'), format: 'servicenow', file: 'x.csv' });

  it('counts hold time up to the resolution only, so net = gross − hold', () => {
    // Holds: 02:00→05:00 (3h) and 08:00→10:00 clipped at resolved_at 09:00 (1h).
    expect(r.incident.heldSeconds).toBe(4 * 3600);
    expect(r.incident.resolvedAt).toBe('2016-01-01T09:00:00.000Z');
    expect(r.incident.status).toBe('resolved');
    expect(r.incident.resolvedFrom).toBe('on_hold');
    expect(r.incident.classifiedAt).toBe('2016-01-01T01:00:00.000Z');
  });

  it('records each change as an event by its updater, and counts reopenings and reassignments', () => {
    expect(r.events.map((e) => `${e.kind}:${e.actor}:${e.to ?? ''}`)).toEqual([
      'opened:a:open',
      'classified:b:classified',
      'assigned:b:r1',
      'held:b:on_hold',
      'resumed:c:classified',
      'assigned:c:r2',
      'resolved:c:resolved',
      'reopened:d:classified',
      'held:d:on_hold',
      'resolved:d:resolved',
      'imported:me:',
    ]);
    expect(r.reopenings).toBe(1);
    // G1 (nobody) → r1 is a first assignment; r1/G1 → r2/G2 is one reassignment.
    expect(r.reassignments).toBe(1);
  });
});
