import { describe, expect, it } from 'vitest';
import { AppError, ExitCode, storageError, usageError } from '../../src/core/errors.js';
import {
  checkHeaderVersion,
  checkIncident,
  checkProblem,
  checkRow,
  columnSpecs,
  decodeRow,
  encodeRow,
  parseLine,
  recordError,
  RecordError,
  rowWriter,
  type ColumnSpec,
  type TableInfo,
  type TableName,
} from '../../src/core/transfer.js';
import { translator, type MessageKey } from '../../src/i18n/index.js';

/*
 * The JSON Lines format of docs/export-import.md, line by line: how each column is written, what a
 * line may hold, and the checks "as the commands check what people type". The tables are given as
 * the schema has them (PRAGMA table_info: name, type, notnull, default, primary key); every expected
 * line and message below is written by hand from the doc and the message catalog.
 */

type Col = [name: string, type: string, notnull: 0 | 1, dflt: string | null, pk?: number];
const table = (cols: Col[]): TableInfo[] => cols.map(([name, type, notnull, dflt_value, pk = 0]) => ({ name, type, notnull, dflt_value, pk }));

const INCIDENTS = table([
  ['id', 'INTEGER', 0, null, 1], ['title', 'TEXT', 1, null], ['description', 'TEXT', 0, null], ['status', 'TEXT', 1, null],
  ['held_from', 'TEXT', 0, null], ['resolved_from', 'TEXT', 0, null], ['impact', 'TEXT', 0, null], ['urgency', 'TEXT', 0, null],
  ['priority', 'TEXT', 0, null], ['source_priority', 'TEXT', 0, null], ['source_sla_met', 'INTEGER', 0, null],
  ['source_knowledge', 'INTEGER', 1, '0'], ['source_problem', 'TEXT', 0, null], ['category', 'TEXT', 0, null],
  ['service', 'TEXT', 0, null], ['source', 'TEXT', 0, null], ['reporter', 'TEXT', 0, null], ['assignee', 'TEXT', 0, null],
  ['team', 'TEXT', 0, null], ['escalation_level', 'INTEGER', 1, '0'], ['tags', 'TEXT', 1, "'[]'"], ['dedup_key', 'TEXT', 0, null],
  ['occurrences', 'INTEGER', 1, '1'], ['scope', 'TEXT', 0, null], ['detected_at', 'TEXT', 1, null], ['opened_at', 'TEXT', 1, null],
  ['classified_at', 'TEXT', 0, null], ['escalated_at', 'TEXT', 0, null], ['resolved_at', 'TEXT', 0, null], ['closed_at', 'TEXT', 0, null],
  ['response_due_at', 'TEXT', 0, null], ['resolve_due_at', 'TEXT', 0, null], ['hold_started_at', 'TEXT', 0, null],
  ['held_seconds', 'INTEGER', 1, '0'], ['monitor_until', 'TEXT', 0, null], ['resolution', 'TEXT', 0, null],
  ['resolution_code', 'TEXT', 0, null], ['major', 'INTEGER', 1, '0'], ['problem_id', 'INTEGER', 0, null],
  ['problem_handoff', 'TEXT', 0, null], ['external_ref', 'TEXT', 0, null], ['created_by', 'TEXT', 1, null],
  ['updated_at', 'TEXT', 1, null], ['version', 'INTEGER', 1, '1'], ['escalated_to', 'TEXT', 0, null], ['escalation_eta', 'TEXT', 0, null],
]);
const EVENT_COLUMNS: Col[] = [
  ['id', 'INTEGER', 0, null, 1], ['incident_id', 'INTEGER', 1, null], ['at', 'TEXT', 1, null], ['actor', 'TEXT', 1, null],
  ['kind', 'TEXT', 1, null], ['from_value', 'TEXT', 0, null], ['to_value', 'TEXT', 0, null], ['note', 'TEXT', 0, null],
  ['data', 'TEXT', 0, null], ['on_behalf_of', 'TEXT', 0, null], ['os_user', 'TEXT', 0, null], ['hash', 'TEXT', 0, null],
];
const EVENTS = table(EVENT_COLUMNS);
const PROBLEM_EVENTS = table(EVENT_COLUMNS.map((c) => (c[0] === 'incident_id' ? ['problem_id', 'INTEGER', 1, null] : c)));
const KNOWLEDGE = table([
  ['id', 'INTEGER', 0, null, 1], ['title', 'TEXT', 1, null], ['symptoms', 'TEXT', 0, null], ['cause', 'TEXT', 0, null],
  ['resolution', 'TEXT', 0, null], ['workaround', 'TEXT', 0, null], ['category', 'TEXT', 0, null], ['service', 'TEXT', 0, null],
  ['tags', 'TEXT', 1, "'[]'"], ['status', 'TEXT', 1, "'draft'"], ['source_incident', 'INTEGER', 0, null], ['uses', 'INTEGER', 1, '0'],
  ['created_by', 'TEXT', 1, null], ['created_at', 'TEXT', 1, null], ['updated_at', 'TEXT', 1, null], ['version', 'INTEGER', 1, '1'],
]);
const PROBLEMS = table([
  ['id', 'INTEGER', 0, null, 1], ['title', 'TEXT', 1, null], ['description', 'TEXT', 0, null], ['status', 'TEXT', 1, null],
  ['root_cause', 'TEXT', 0, null], ['workaround', 'TEXT', 0, null], ['fix', 'TEXT', 0, null], ['owner', 'TEXT', 0, null],
  ['category', 'TEXT', 0, null], ['service', 'TEXT', 0, null], ['close_reason', 'TEXT', 0, null], ['opened_at', 'TEXT', 1, null],
  ['analysis_started_at', 'TEXT', 0, null], ['known_error_at', 'TEXT', 0, null], ['fixed_at', 'TEXT', 0, null],
  ['closed_at', 'TEXT', 0, null], ['created_by', 'TEXT', 1, null], ['updated_at', 'TEXT', 1, null], ['version', 'INTEGER', 1, '1'],
]);
const INFO: Record<TableName, TableInfo[]> = {
  incidents: INCIDENTS,
  events: EVENTS,
  knowledge: KNOWLEDGE,
  incident_links: table([['incident_id', 'INTEGER', 1, null, 1], ['related_id', 'INTEGER', 1, null, 2], ['kind', 'TEXT', 1, "'related'"]]),
  incident_knowledge: table([['incident_id', 'INTEGER', 1, null, 1], ['kb_id', 'INTEGER', 1, null, 2], ['relation', 'TEXT', 1, null], ['at', 'TEXT', 1, null]]),
  settings: table([['key', 'TEXT', 1, null, 1], ['value', 'TEXT', 1, null]]),
  problems: PROBLEMS,
  problem_events: PROBLEM_EVENTS,
  problem_knowledge: table([['problem_id', 'INTEGER', 1, null, 1], ['kb_id', 'INTEGER', 1, null, 2], ['relation', 'TEXT', 1, null], ['at', 'TEXT', 1, null]]),
  attachment_blobs: table([['sha256', 'TEXT', 1, null, 1], ['size', 'INTEGER', 1, null], ['data', 'BLOB', 1, null]]),
  attachments: table([
    ['id', 'INTEGER', 0, null, 1], ['incident_id', 'INTEGER', 1, null], ['name', 'TEXT', 1, null], ['sha256', 'TEXT', 1, null],
    ['size', 'INTEGER', 1, null], ['media_type', 'TEXT', 1, null], ['attached_by', 'TEXT', 1, null], ['attached_at', 'TEXT', 1, null],
  ]),
  mail_messages: table([
    ['message_id', 'TEXT', 1, null, 1], ['incident_id', 'INTEGER', 0, null], ['action', 'TEXT', 1, null], ['sender', 'TEXT', 0, null],
    ['subject', 'TEXT', 0, null], ['taken_at', 'TEXT', 1, null],
  ]),
};
const SPECS = Object.fromEntries(Object.entries(INFO).map(([t, info]) => [t, columnSpecs(t as TableName, info)])) as Record<TableName, ColumnSpec[]>;

const t = translator('en');

/** What the user reads when a line fails: the message as the import says it (core/transfer recordError → cli). */
function said(fn: () => unknown, line = 4): string {
  try {
    fn();
  } catch (e) {
    const r = recordError(e, line);
    if (r instanceof RecordError) return t('import.badRecord', { line: r.line, reason: t(r.error.key, r.error.params) });
    if (r instanceof AppError) return t(r.key, r.params);
    throw r;
  }
  return 'accepted';
}

/** A line's object read into its columns, named by column for the assertions. */
function decoded(tableName: TableName, obj: Record<string, unknown>, ignore: string[] = ['type', 'ref']): Record<string, unknown> {
  const values = decodeRow(SPECS[tableName], obj, ignore);
  return Object.fromEntries(SPECS[tableName].map((s, i) => [s.name, values[i]]));
}

/** checkRow over the columns given (the others null), as the import runs it after decoding. */
const check = (tableName: TableName, cols: Record<string, unknown>, where?: string) =>
  checkRow(tableName, SPECS[tableName], SPECS[tableName].map((s) => cols[s.name] ?? null), where);

/** An incident row as the database holds it. */
const INCIDENT_ROW: Record<string, unknown> = {
  id: 12, title: 'VPN が "切断" される', description: '朝から\n断続的に', status: 'resolved', held_from: null, resolved_from: 'classified',
  impact: 'high', urgency: 'medium', priority: 'P2', source_priority: null, source_sla_met: 0, source_knowledge: 1,
  source_problem: null, category: 'network', service: 'vpn', source: 'user', reporter: 'yamada', assignee: 'tanaka',
  team: 'infra', escalation_level: 0, tags: '["vpn","東京"]', dedup_key: null, occurrences: 3, scope: null,
  detected_at: '2026-12-01T09:00:00.000Z', opened_at: '2026-12-01T09:00:00.000Z', classified_at: '2026-12-01T09:05:00.000Z',
  escalated_at: null, resolved_at: '2026-12-01T11:00:00.000Z', closed_at: null, response_due_at: '2026-12-01T09:30:00.000Z',
  resolve_due_at: '2026-12-01T17:00:00.000Z', hold_started_at: null, held_seconds: 600, monitor_until: null,
  resolution: '再起動', resolution_code: 'fixed', major: 0, problem_id: 3, problem_handoff: null, external_ref: null,
  created_by: 'yamada', updated_at: '2026-12-01T11:00:00.000Z', version: 4, escalated_to: null, escalation_eta: '2026-12-01T10:00:00.000Z',
};
/** The same incident as its line carries it, after `"type":"incident","id":12,"ref":"INC-12",`: written by hand from the doc. */
const INCIDENT_FIELDS =
  '"title":"VPN が \\"切断\\" される","description":"朝から\\n断続的に","status":"resolved","heldFrom":null,"resolvedFrom":"classified",' +
  '"impact":"high","urgency":"medium","priority":"P2","sourcePriority":null,"sourceSlaMet":false,"sourceKnowledge":true,' +
  '"sourceProblem":null,"category":"network","service":"vpn","source":"user","reporter":"yamada","assignee":"tanaka",' +
  '"team":"infra","escalationLevel":0,"tags":["vpn","東京"],"dedupKey":null,"occurrences":3,"scope":null,' +
  '"detectedAt":"2026-12-01T09:00:00.000Z","openedAt":"2026-12-01T09:00:00.000Z","classifiedAt":"2026-12-01T09:05:00.000Z",' +
  '"escalatedAt":null,"resolvedAt":"2026-12-01T11:00:00.000Z","closedAt":null,"responseDueAt":"2026-12-01T09:30:00.000Z",' +
  '"resolveDueAt":"2026-12-01T17:00:00.000Z","holdStartedAt":null,"heldSeconds":600,"monitorUntil":null,' +
  '"resolution":"再起動","resolutionCode":"fixed","major":false,"problem":"PRB-3","problemHandoff":null,"externalRef":null,' +
  '"createdBy":"yamada","updatedAt":"2026-12-01T11:00:00.000Z","version":4,"escalatedTo":null,"escalationEta":"2026-12-01T10:00:00.000Z"';

describe('writing a line (incident export)', () => {
  it('writes an incident with every column in table order, camelCase, tags as an array, flags as booleans and the problem as a PRB ref', () => {
    const line = encodeRow(SPECS.incidents, INCIDENT_ROW, { type: 'incident', id: 12, ref: 'INC-12' });
    expect(JSON.stringify(line)).toBe(`{"type":"incident","id":12,"ref":"INC-12",${INCIDENT_FIELDS}}`);
  });

  it('writes the same text on the fast path a million-incident export takes (id and ref written by the caller)', () => {
    const columns = INCIDENTS.map((c) => c.name);
    const write = rowWriter(SPECS.incidents, columns, ['id']);
    expect(write(columns.map((c) => INCIDENT_ROW[c]))).toBe(INCIDENT_FIELDS);
  });

  it.each([
    ['no tags, flags the other way, SLA met, no problem', { tags: '[]', major: 1, source_knowledge: 0, source_sla_met: 1, problem_id: null },
      '"tags":[]', '"major":true', '"sourceKnowledge":false', '"sourceSlaMet":true', '"problem":null'],
    ['a single tag, no SLA outcome from the source', { tags: '["障害"]', source_sla_met: null, problem_id: 27 },
      '"tags":["障害"]', '"sourceSlaMet":null', '"problem":"PRB-27"'],
  ])('writes %s', (_what, change, ...fields) => {
    const row: Record<string, unknown> = { ...INCIDENT_ROW, ...change };
    const columns = INCIDENTS.map((c) => c.name);
    const fast = rowWriter(SPECS.incidents, columns, ['id'])(columns.map((c) => row[c]));
    const slow = JSON.stringify(encodeRow(SPECS.incidents, row));
    for (const f of fields) {
      expect(fast).toContain(f);
      expect(slow).toContain(f);
    }
  });

  it('writes a timeline event as the doc lists its keys (the incident is the line it sits in); data as an object, or as the text it was', () => {
    const at = '2026-12-01T09:00:00.000Z';
    const event = { id: 7, incident_id: 12, at, actor: '田中', kind: 'escalated', from_value: 'open', to_value: 'escalated', note: null,
      data: '{"to":"vendor","notify":["総務部"]}', on_behalf_of: null, os_user: 'tanaka', hash: 'ab12' };
    expect(JSON.stringify(encodeRow(SPECS.events, event))).toBe(
      `{"id":7,"at":"${at}","actor":"田中","kind":"escalated","from":"open","to":"escalated","note":null,` +
        '"data":{"to":"vendor","notify":["総務部"]},"onBehalfOf":null,"osUser":"tanaka","hash":"ab12"}',
    );
    // Text in `data` that is not JSON travels as a string (and goes back verbatim, below).
    expect(encodeRow(SPECS.events, { ...event, data: 'not json {' }).data).toBe('not json {');
    expect(encodeRow(SPECS.events, { ...event, data: null }).data).toBeNull();
    const columns = EVENT_COLUMNS.map((c) => c[0]);
    expect(rowWriter(SPECS.events, columns)(columns.map((c) => (event as Record<string, unknown>)[c]))).toBe(
      `"id":7,"at":"${at}","actor":"田中","kind":"escalated","from":"open","to":"escalated","note":null,` +
        '"data":{"to":"vendor","notify":["総務部"]},"onBehalfOf":null,"osUser":"tanaka","hash":"ab12"',
    );
  });

  it('writes links, knowledge links and attachments with INC/KB refs', () => {
    expect(JSON.stringify(encodeRow(SPECS.incident_links, { incident_id: 14, related_id: 12, kind: 'duplicate' }, { type: 'link' }))).toBe(
      '{"type":"link","incident":"INC-14","related":"INC-12","kind":"duplicate"}',
    );
    expect(
      JSON.stringify(encodeRow(SPECS.incident_knowledge, { incident_id: 12, kb_id: 3, relation: 'used', at: '2026-12-01T09:00:00.000Z' }, { type: 'kb-link' })),
    ).toBe('{"type":"kb-link","incident":"INC-12","kb":"KB-3","relation":"used","at":"2026-12-01T09:00:00.000Z"}');
    expect(JSON.stringify(encodeRow(SPECS.knowledge, { id: 3, title: 'VPN', tags: '[]', status: 'draft', source_incident: 12, uses: 0 }))).toBe(
      '{"id":3,"title":"VPN","symptoms":null,"cause":null,"resolution":null,"workaround":null,"category":null,"service":null,' +
        '"tags":[],"status":"draft","sourceIncident":"INC-12","uses":0,"createdBy":null,"createdAt":null,"updatedAt":null,"version":null}',
    );
  });

  it("writes a file's bytes as base64 with padding, only its own bytes even when they sit inside a larger buffer", () => {
    const pool = Buffer.from('xxhi!yy');
    const bytes = pool.subarray(2, 5); // "hi!"
    expect(encodeRow(SPECS.attachment_blobs, { sha256: 'ab', size: 3, data: bytes })).toEqual({ sha256: 'ab', size: 3, data: 'aGkh' });
    expect(encodeRow(SPECS.attachment_blobs, { sha256: 'ab', size: 2, data: new Uint8Array([104, 105]) }).data).toBe('aGk=');
    const columns = ['sha256', 'size', 'data'];
    expect(rowWriter(SPECS.attachment_blobs, columns)(['ab', 3, bytes])).toBe('"sha256":"ab","size":3,"data":"aGkh"');
  });
});

describe('reading a line (incident import)', () => {
  it('reads an incident line back into the columns it was written from', () => {
    const obj = JSON.parse(`{"type":"incident","id":12,"ref":"INC-12",${INCIDENT_FIELDS}}`);
    expect(decoded('incidents', obj)).toEqual(INCIDENT_ROW);
  });

  it('gives an absent field its column default: no tags, one occurrence, level 0, not major, a draft entry; others null', () => {
    const row = decoded('incidents', { id: 1, title: 't', status: 'open', detectedAt: '2026-12-01T09:00:00Z', openedAt: '2026-12-01T09:00:00Z', createdBy: 'a', updatedAt: '2026-12-01T09:00:00Z' });
    expect(row).toMatchObject({ tags: '[]', occurrences: 1, escalation_level: 0, held_seconds: 0, major: 0, source_knowledge: 0, version: 1 });
    // Written before schema 11: no escalation target nor ETA.
    expect(row).toMatchObject({ description: null, escalated_to: null, escalation_eta: null, problem_id: null });
    expect(decoded('knowledge', { id: 3, title: 'VPN', createdBy: 'a', createdAt: '2026-12-01T09:00:00Z', updatedAt: '2026-12-01T09:00:00Z' })).toMatchObject({ status: 'draft', uses: 0, tags: '[]' });
    // A link written before links had kinds is `related`.
    expect(decoded('incident_links', { incident: 'INC-14', related: 'INC-12' }, ['type'])).toEqual({ incident_id: 14, related_id: 12, kind: 'related' });
  });

  it('reads flags, tags, refs, JSON data and base64 bytes', () => {
    const event = { id: 1, at: 'x', actor: 'a', kind: 'noted' };
    expect(decoded('events', { ...event, data: { to: 'vendor', notify: ['総務部'] } }, []).data).toBe('{"to":"vendor","notify":["総務部"]}');
    expect(decoded('events', { ...event, data: [1, 2] }, []).data).toBe('[1,2]');
    expect(decoded('events', { ...event, data: 'not json {' }, []).data).toBe('not json {');
    expect(decoded('events', { ...event, data: null }, []).data).toBeNull();
    expect(decoded('incidents', { ...JSON.parse(`{${INCIDENT_FIELDS}}`), id: 1, major: true, sourceKnowledge: false, sourceSlaMet: true })).toMatchObject({ major: 1, source_knowledge: 0, source_sla_met: 1 });
    expect(decoded('incidents', { ...JSON.parse(`{${INCIDENT_FIELDS}}`), id: 1, sourceSlaMet: null, tags: [] })).toMatchObject({ source_sla_met: null, tags: '[]' });
    expect(decoded('incidents', { ...JSON.parse(`{${INCIDENT_FIELDS}}`), id: 1, problem: 'PRB-0027' })).toMatchObject({ problem_id: 27 });
    const blob = decoded('attachment_blobs', { sha256: 'ab', size: 3, data: 'aGkh' }, ['type']).data as Buffer;
    expect(Buffer.from(blob).toString()).toBe('hi!');
    expect((decoded('attachment_blobs', { sha256: 'ab', size: 0, data: '' }, ['type']).data as Buffer).length).toBe(0);
  });

  it.each([
    ['a time to the nanosecond', '2026-12-01T09:00:00.123456789Z'],
    ['a time to the second', '2026-12-01T09:00:00Z'],
    ['a time to the millisecond', '2026-12-01T09:00:00.000Z'],
  ])('takes %s', (_what, time) => {
    expect(decoded('incidents', { ...JSON.parse(`{${INCIDENT_FIELDS}}`), id: 1, openedAt: time }).opened_at).toBe(time);
  });

  const base = () => ({ ...JSON.parse(`{${INCIDENT_FIELDS}}`), id: 12 });
  it.each<[string, Record<string, unknown>, string]>([
    ['a title that is a number', { title: 5 }, '"title" must be text'],
    ['a required field written as null', { title: null }, '"title" must be not null'],
    ['a count with a fraction', { occurrences: 1.5 }, '"occurrences" must be an integer'],
    ['a count past 2^53', { occurrences: 2 ** 53 }, '"occurrences" must be an integer'],
    ['a count written as text', { occurrences: '3' }, '"occurrences" must be an integer'],
    ['a time without the T', { openedAt: '2026-12-01 09:00:00Z' }, '"openedAt" must be an ISO-8601 UTC time (…Z)'],
    ['a time with an offset', { openedAt: '2026-12-01T09:00:00+09:00' }, '"openedAt" must be an ISO-8601 UTC time (…Z)'],
    ['a time with something before it', { openedAt: 'at 2026-12-01T09:00:00Z' }, '"openedAt" must be an ISO-8601 UTC time (…Z)'],
    ['a time with something after it', { openedAt: '2026-12-01T09:00:00Z!' }, '"openedAt" must be an ISO-8601 UTC time (…Z)'],
    ['a time with ten decimals', { openedAt: '2026-12-01T09:00:00.1234567890Z' }, '"openedAt" must be an ISO-8601 UTC time (…Z)'],
    ['month 13', { openedAt: '2026-13-01T09:00:00Z' }, '"openedAt" must be an ISO-8601 UTC time (…Z)'],
    ['a time as a number', { escalationEta: 1764579600000 }, '"escalationEta" must be an ISO-8601 UTC time (…Z)'],
    ['a monitoring end that is not a time', { monitorUntil: 'tomorrow' }, '"monitorUntil" must be an ISO-8601 UTC time (…Z)'],
    ['tags as one string', { tags: 'vpn,東京' }, '"tags" must be an array of text'],
    ['a tag that is a number', { tags: ['vpn', 1] }, '"tags" must be an array of text'],
    ['a flag written as 1', { major: 1 }, '"major" must be true or false'],
    ['a flag written as text', { sourceKnowledge: 'true' }, '"sourceKnowledge" must be true or false'],
    ["the source's SLA outcome as text", { sourceSlaMet: 'yes' }, '"sourceSlaMet" must be true, false or null'],
    ['an incident ref where a problem is meant', { problem: 'INC-3' }, '"problem" must be a PRB-n reference'],
    ['a problem as a bare number', { problem: 3 }, '"problem" must be a PRB-n reference'],
    ['a problem ref as typed at the prompt', { problem: '3' }, '"problem" must be a PRB-n reference'],
    ['a problem ref in lower case', { problem: 'prb-3' }, '"problem" must be a PRB-n reference'],
    ['a problem ref without its hyphen', { problem: 'PRB3' }, '"problem" must be a PRB-n reference'],
    ['a problem ref with a space before', { problem: ' PRB-3' }, '"problem" must be a PRB-n reference'],
    ['a problem ref with a space after', { problem: 'PRB-3 ' }, '"problem" must be a PRB-n reference'],
  ])('refuses %s, naming the line and the field', (_what, change, message) => {
    expect(said(() => decodeRow(SPECS.incidents, { ...base(), ...change }, ['type', 'ref']))).toBe(`line 4: ${message}; nothing was imported`);
  });

  it.each<[string, TableName, Record<string, unknown>, string]>([
    ['event data that is a number', 'events', { id: 1, at: 'x', actor: 'a', kind: 'noted', data: 5 }, '"data" must be an object'],
    ['base64 without its padding', 'attachment_blobs', { sha256: 'ab', size: 2, data: 'aGk' }, '"data" must be base64 (RFC 4648)'],
    ['base64 with a space inside', 'attachment_blobs', { sha256: 'ab', size: 2, data: 'aG k=' }, '"data" must be base64 (RFC 4648)'],
    ['base64 with a line break after it', 'attachment_blobs', { sha256: 'ab', size: 2, data: 'aGk=\n' }, '"data" must be base64 (RFC 4648)'],
    ['base64 in the URL alphabet', 'attachment_blobs', { sha256: 'ab', size: 2, data: '-_8=' }, '"data" must be base64 (RFC 4648)'],
    ['bytes as an array of numbers', 'attachment_blobs', { sha256: 'ab', size: 2, data: [104, 105] }, '"data" must be base64 (RFC 4648)'],
    ['a knowledge link to an incident', 'incident_knowledge', { incident: 'INC-12', kb: 'INC-3', relation: 'used', at: 'x' }, '"kb" must be a KB-n reference'],
  ])('refuses %s', (_what, tableName, obj, message) => {
    expect(said(() => decodeRow(SPECS[tableName], obj, ['type']))).toBe(`line 4: ${message}; nothing was imported`);
  });

  it('names the fields of an event as the doc lists them (the incident is the line it sits in)', () => {
    const keys = ['id', 'at', 'actor', 'kind', 'from', 'to', 'note', 'data', 'onBehalfOf', 'osUser', 'hash'];
    expect(columnSpecs('events', EVENTS).map((s) => s.key)).toEqual(keys);
    expect(columnSpecs('problem_events', PROBLEM_EVENTS).map((s) => s.key)).toEqual(keys);
  });

  it('refuses an unknown field, so nothing is ever dropped in silence; the keys the caller handles are not unknown', () => {
    expect(said(() => decodeRow(SPECS.incidents, { ...base(), colour: 'red' }, ['type', 'ref']))).toBe('line 4: unknown field "colour"; nothing was imported');
    // The incident is the line an event sits in: an event cannot name one.
    expect(said(() => decodeRow(SPECS.events, { id: 1, incidentId: 12, at: 'x', actor: 'a', kind: 'noted' }, []))).toBe(
      'line 4: unknown field "incidentId"; nothing was imported',
    );
    // A setting line's `type` is the caller's; the same columns read without it do not know the key.
    expect(said(() => decodeRow(SPECS.settings, { type: 'setting', key: 'k', value: 'v' }, ['type']))).toBe('accepted');
    expect(said(() => decodeRow(SPECS.settings, { type: 'setting', key: 'k', value: 'v' }, []))).toBe('line 4: unknown field "type"; nothing was imported');
    expect(said(() => decodeRow(SPECS.settings, { type: 'setting', ref: 'x', key: 'k', value: 'v' }, ['type', 'ref']))).toBe('accepted');
  });

  it('names a required field that is missing (the id too), and lets an optional one be absent', () => {
    const { title: _title, ...noTitle } = base();
    expect(said(() => decodeRow(SPECS.incidents, noTitle, []))).toBe('line 4: "title" is missing; nothing was imported');
    const { id: _id, ...noId } = base();
    expect(said(() => decodeRow(SPECS.incidents, noId, []))).toBe('line 4: "id" is missing; nothing was imported');
    expect(said(() => decodeRow(SPECS.settings, { key: 'k' }, []))).toBe('line 4: "value" is missing; nothing was imported');
    const { description: _d, ...noDescription } = base();
    expect(decoded('incidents', noDescription).description).toBeNull();
  });

  it('carries a column a later schema adds, with its default, without code changes', () => {
    const later = table([
      ['key', 'TEXT', 1, null, 1],
      ['region', 'TEXT', 1, "'Tokyo''s east'"],
      ['banner', 'TEXT', 1, "'line one\nline two'"],
      ['offset_minutes', 'INTEGER', 1, '-540'],
      ['weight', 'REAL', 1, '1.5'],
      ['retry_count', 'bigint', 0, null],
      ['last_attempt', 'TEXT', 0, null],
      ['snooze_until', 'TEXT', 0, null],
      ['seen_at', 'TEXT', 1, 'CURRENT_TIMESTAMP'],
      ['attempts', 'INTEGER', 1, '3'],
    ]);
    const specs = columnSpecs('settings', later);
    expect(specs.map((s) => s.key)).toEqual(['key', 'region', 'banner', 'offsetMinutes', 'weight', 'retryCount', 'lastAttempt', 'snoozeUntil', 'seenAt', 'attempts']);
    const read = (obj: Record<string, unknown>) => decodeRow(specs, { weight: '2', seenAt: '2026-12-01T09:00:00Z', ...obj }, []);
    expect(read({ key: 'k' }).slice(0, 4)).toEqual(['k', "Tokyo's east", 'line one\nline two', -540]);
    expect(read({ key: 'k' })[9]).toBe(3);
    // A column of the primary key is required even where the table lets it be null.
    const keyed = columnSpecs('settings', table([['id', 'INTEGER', 0, null, 1], ['name', 'TEXT', 1, null]]));
    expect(said(() => decodeRow(keyed, { name: 'x' }, []))).toBe('line 4: "id" is missing; nothing was imported');
    // A default that is no simple literal (a number with a fraction, CURRENT_TIMESTAMP): the field must be there.
    expect(said(() => decodeRow(specs, { key: 'k', seenAt: '2026-12-01T09:00:00Z' }, []))).toBe('line 4: "weight" is missing; nothing was imported');
    expect(said(() => decodeRow(specs, { key: 'k', weight: '2' }, []))).toBe('line 4: "seenAt" is missing; nothing was imported');
    // A column's type decides its check: integers by any spelling of INT; times by the _at and _until endings only.
    expect(said(() => read({ key: 'k', retryCount: '3' }))).toBe('line 4: "retryCount" must be an integer; nothing was imported');
    expect(said(() => read({ key: 'k', lastAttempt: 'a while ago' }))).toBe('accepted');
    expect(said(() => read({ key: 'k', snoozeUntil: 'tomorrow' }))).toBe('line 4: "snoozeUntil" must be an ISO-8601 UTC time (…Z); nothing was imported');
    expect(said(() => read({ key: 'k', seenAt: 'today' }))).toBe('line 4: "seenAt" must be an ISO-8601 UTC time (…Z); nothing was imported');
  });

  it.each([
    ['{"type":"setting"', 'line 3: not valid JSON; nothing was imported'],
    ['[{"type":"setting"}]', 'line 3: expected one JSON object per line; nothing was imported'],
    ['null', 'line 3: expected one JSON object per line; nothing was imported'],
    ['42', 'line 3: expected one JSON object per line; nothing was imported'],
    ['"incident"', 'line 3: expected one JSON object per line; nothing was imported'],
  ])('refuses the line %s', (text, message) => {
    expect(said(() => parseLine(text, 3), 99)).toBe(message);
  });

  it('reads a line that is one JSON object', () => {
    expect(parseLine('{"type":"setting","key":"k","value":"値"}', 1)).toEqual({ type: 'setting', key: 'k', value: '値' });
  });
});

describe('checking records as the commands check typed input', () => {
  it.each<[TableName, string, Record<string, unknown>]>([
    ['incidents', 'title is too long (301 characters; at most 300)', { title: 'x'.repeat(301) }],
    ['incidents', 'title cannot be empty', { title: '   ' }],
    ['incidents', 'description contains control characters', { description: 'a\u0007b' }],
    ['incidents', 'scope cannot be empty', { scope: '' }],
    ['incidents', 'resolution contains control characters', { resolution: '\u001b[31m' }],
    ['incidents', 'problemHandoff cannot be empty', { problem_handoff: ' ' }],
    ['incidents', 'reporter contains control characters', { reporter: 'yamada\ntaro' }],
    ['incidents', 'assignee is too long (201 characters; at most 200)', { assignee: 'x'.repeat(201) }],
    ['incidents', 'team contains control characters', { team: '\t' }],
    ['incidents', 'category cannot be empty', { category: '' }],
    ['incidents', 'service cannot be empty', { service: '' }],
    ['incidents', 'sourcePriority cannot be empty', { source_priority: '' }],
    ['incidents', 'sourceProblem cannot be empty', { source_problem: '' }],
    ['incidents', 'dedupKey cannot be empty', { dedup_key: '' }],
    ['incidents', 'externalRef cannot be empty', { external_ref: '' }],
    ['incidents', 'createdBy cannot be empty', { created_by: '' }],
    ['incidents', 'tags contains control characters', { tags: '["vpn","a\\tb"]' }],
    ['incidents', 'tags is too long (201 characters; at most 200)', { tags: `["${'x'.repeat(201)}"]` }],
    ['knowledge', 'title cannot be empty', { title: '' }],
    ['knowledge', 'symptoms cannot be empty', { symptoms: '' }],
    ['knowledge', 'cause cannot be empty', { cause: '' }],
    ['knowledge', 'resolution cannot be empty', { resolution: '' }],
    ['knowledge', 'workaround cannot be empty', { workaround: '' }],
    ['knowledge', 'category contains control characters', { category: 'a\nb' }],
    ['knowledge', 'service cannot be empty', { service: '' }],
    ['knowledge', 'createdBy cannot be empty', { created_by: '' }],
    ['knowledge', 'tags cannot be empty', { tags: '[""]' }],
    ['problems', 'title cannot be empty', { title: '' }],
    ['problems', 'description cannot be empty', { description: '' }],
    ['problems', 'rootCause cannot be empty', { root_cause: '' }],
    ['problems', 'workaround cannot be empty', { workaround: '' }],
    ['problems', 'fix cannot be empty', { fix: '' }],
    ['problems', 'owner contains control characters', { owner: 'a\nb' }],
    ['problems', 'category cannot be empty', { category: '' }],
    ['problems', 'service cannot be empty', { service: '' }],
    ['problems', 'closeReason cannot be empty', { close_reason: '' }],
    ['problems', 'createdBy cannot be empty', { created_by: '' }],
    ['events', 'actor cannot be empty', { actor: '' }],
    ['events', 'onBehalfOf cannot be empty', { on_behalf_of: '' }],
    ['events', 'osUser contains control characters', { os_user: 'a\tb' }],
    ['events', 'note contains control characters', { note: 'a\u0000b' }],
    ['events', 'from contains control characters', { from_value: 'a\u0007' }],
    ['events', 'to is too long (100001 characters; at most 100000)', { to_value: 'x'.repeat(100_001) }],
    ['problem_events', 'actor cannot be empty', { actor: '' }],
    ['problem_events', 'onBehalfOf cannot be empty', { on_behalf_of: '' }],
    ['problem_events', 'osUser cannot be empty', { os_user: '' }],
    ['problem_events', 'note contains control characters', { note: '\u0007' }],
    ['problem_events', 'from contains control characters', { from_value: '\u0007' }],
    ['problem_events', 'to contains control characters', { to_value: '\u0007' }],
    ['attachment_blobs', 'sha256 cannot be empty', { sha256: '' }],
    ['attachments', 'name contains control characters', { name: 'a\nb.png' }],
    ['attachments', 'sha256 cannot be empty', { sha256: '' }],
    ['attachments', 'mediaType cannot be empty', { media_type: '' }],
    ['attachments', 'attachedBy cannot be empty', { attached_by: '' }],
    ['mail_messages', 'messageId cannot be empty', { message_id: '' }],
    ['mail_messages', 'sender cannot be empty', { sender: '' }],
    ['mail_messages', 'subject contains control characters', { subject: 'a\u0007' }],
  ])('refuses in %s text typed input could not have stored: %s', (tableName, reason, cols) => {
    expect(said(() => check(tableName, cols))).toBe(`line 4: ${reason}; nothing was imported`);
  });

  it('keeps the text exactly as the file has it: long text holds line breaks and tabs, and blank timeline fields and mail subjects are fine', () => {
    expect(said(() => check('incidents', { description: '一行目\n\t二行目', title: ' 前後の空白 ', tags: '["vpn","東京"]' }))).toBe('accepted');
    expect(said(() => check('incidents', { title: 'x'.repeat(300), assignee: 'y'.repeat(200) }))).toBe('accepted');
    expect(said(() => check('events', { actor: 'a', note: '', from_value: ' ', to_value: '' }))).toBe('accepted');
    expect(said(() => check('problem_events', { actor: 'a', note: '', from_value: '', to_value: '' }))).toBe('accepted');
    expect(said(() => check('mail_messages', { message_id: '<a@b>', action: 'ignored', subject: '' }))).toBe('accepted');
  });

  it.each<[TableName, string, unknown, string]>([
    ['incidents', 'status', 'done', '"status" must be one of open, classified, escalated, on_hold, resolved, closed, cancelled, not "done"'],
    ['incidents', 'held_from', 'paused', '"heldFrom" must be one of open, classified, escalated, on_hold, resolved, closed, cancelled, not "paused"'],
    ['incidents', 'resolved_from', 'fixed', '"resolvedFrom" must be one of open, classified, escalated, on_hold, resolved, closed, cancelled, not "fixed"'],
    ['incidents', 'impact', 'High', '"impact" must be one of high, medium, low, not "High"'],
    ['incidents', 'urgency', 'now', '"urgency" must be one of high, medium, low, not "now"'],
    ['incidents', 'priority', 'P0', '"priority" must be one of P1, P2, P3, P4, P5, not "P0"'],
    ['incidents', 'source', 'fax', '"source" must be one of user, monitoring, staff, vendor, other, mail, not "fax"'],
    ['incidents', 'resolution_code', 'solved', '"resolutionCode" must be one of fixed, workaround, no-fault-found, duplicate, user-error, vendor, other, not "solved"'],
    ['knowledge', 'status', 'archived', '"status" must be one of draft, published, retired, not "archived"'],
    ['problems', 'status', 'resolved', '"status" must be one of open, analysing, known_error, fixed, closed, not "resolved"'],
    ['problem_events', 'kind', 'resolved', '"kind" must be one of opened, linked, unlinked, knowledge, handed_off, analysed, reopened, known_error, fixed, closed, not "resolved"'],
    ['incident_knowledge', 'relation', 'owns', '"relation" must be one of created, used, not "owns"'],
    ['incident_links', 'kind', 'sibling', '"kind" must be one of related, duplicate, parent, not "sibling"'],
    ['mail_messages', 'action', 'bounced', '"action" must be one of opened, noted, ignored, not "bounced"'],
    ['problem_knowledge', 'relation', 'fixes', '"relation" must be one of workaround, linked, not "fixes"'],
  ])('refuses in %s a %s that is not a stored spelling, listing the known ones', (tableName, column, value, reason) => {
    expect(said(() => check(tableName, { [column]: value }))).toBe(`line 4: ${reason}; nothing was imported`);
  });

  it.each<[TableName, string, string[]]>([
    ['incidents', 'status', ['open', 'classified', 'escalated', 'on_hold', 'resolved', 'closed', 'cancelled']],
    ['incidents', 'impact', ['high', 'medium', 'low']],
    ['incidents', 'source', ['user', 'monitoring', 'staff', 'vendor', 'other', 'mail']],
    ['incident_knowledge', 'relation', ['created', 'used']],
    ['incident_links', 'kind', ['related', 'duplicate', 'parent']],
    ['mail_messages', 'action', ['opened', 'noted', 'ignored']],
    ['problem_knowledge', 'relation', ['workaround', 'linked']],
    ['problems', 'status', ['open', 'analysing', 'known_error', 'fixed', 'closed']],
  ])('takes in %s every %s the commands store', (tableName, column, values) => {
    for (const v of values) expect(said(() => check(tableName, { [column]: v }))).toBe('accepted');
  });

  it('refuses an event kind no command writes, naming the event by its place in the timeline', () => {
    expect(said(() => check('events', { kind: 'deleted' }, 'timeline[2].'))).toMatch(/^line 4: "timeline\[2\]\.kind" must be one of opened, classified, assigned, .*, not "deleted"; nothing was imported$/);
    expect(said(() => check('events', { actor: '' }, 'timeline[0].'))).toBe('line 4: timeline[0].actor cannot be empty; nothing was imported');
    expect(said(() => check('events', { kind: 'escalated', actor: '田中' }, 'timeline[0].'))).toBe('accepted');
  });

  it.each<[TableName, string, number, string]>([
    ['incidents', 'escalation_level', 1001, '"escalationLevel" must be a whole number from 0 to 1000, not 1001'],
    ['incidents', 'escalation_level', -1, '"escalationLevel" must be a whole number from 0 to 1000, not -1'],
    ['incidents', 'occurrences', 0, '"occurrences" must be a whole number from 1 to ∞, not 0'],
    ['incidents', 'held_seconds', -1, '"heldSeconds" must be a whole number from 0 to ∞, not -1'],
    ['incidents', 'version', 0, '"version" must be a whole number from 1 to ∞, not 0'],
    ['knowledge', 'uses', -3, '"uses" must be a whole number from 0 to ∞, not -3'],
    ['knowledge', 'version', 0, '"version" must be a whole number from 1 to ∞, not 0'],
    ['problems', 'version', -1, '"version" must be a whole number from 1 to ∞, not -1'],
    ['attachment_blobs', 'size', -1, '"size" must be a whole number from 0 to ∞, not -1'],
    ['attachments', 'size', -20, '"size" must be a whole number from 0 to ∞, not -20'],
  ])('refuses in %s a %s of %d', (tableName, column, value, reason) => {
    expect(said(() => check(tableName, { [column]: value }))).toBe(`line 4: ${reason}; nothing was imported`);
  });

  it('checks only the fields with a rule: ids, times and settings pass as their kind read them', () => {
    expect(said(() => check('incidents', { id: 12, opened_at: '2026-12-01T09:00:00Z', title: 'VPN', problem_id: 3 }))).toBe('accepted');
    expect(said(() => check('settings', { key: 'sla.P1.response', value: '15m' }))).toBe('accepted');
    expect(said(() => check('incident_links', { incident_id: 14, related_id: 12, kind: 'parent' }))).toBe('accepted');
  });

  it('takes the counts at their bounds', () => {
    expect(said(() => check('incidents', { escalation_level: 1000, occurrences: 1, held_seconds: 0, version: 1 }))).toBe('accepted');
    expect(said(() => check('incidents', { escalation_level: 0, occurrences: Number.MAX_SAFE_INTEGER }))).toBe('accepted');
    expect(said(() => check('knowledge', { uses: 0, version: 1 }))).toBe('accepted');
    expect(said(() => check('attachments', { size: 0 }))).toBe('accepted');
  });
});

describe('rules between an incident’s fields', () => {
  const incident = (fields: Record<string, unknown>) => ({
    id: 7, status: 'open', impact: null, urgency: null, priority: null, source_priority: null, resolved_at: null, closed_at: null, ...fields,
  });
  const T = '2026-12-01T11:00:00.000Z';

  it.each<[string, Record<string, unknown>, string]>([
    ['P1 with low × low', { impact: 'low', urgency: 'low', priority: 'P1' }, 'priority P1 does not follow impact × urgency (low × low gives P5)'],
    ['P3 with high × high', { impact: 'high', urgency: 'high', priority: 'P3' }, 'priority P3 does not follow impact × urgency (high × high gives P1)'],
    ['no priority with medium × low', { impact: 'medium', urgency: 'low' }, 'priority none does not follow impact × urgency (medium × low gives P4)'],
    ['P3 without an urgency', { impact: 'high', priority: 'P3' }, 'priority P3 does not follow impact × urgency (high × none gives none)'],
    ['P2 without an impact', { urgency: 'high', priority: 'P2' }, 'priority P2 does not follow impact × urgency (none × high gives none)'],
    ['an open one resolved', { resolved_at: T }, `a record in state open cannot have "resolvedAt" (${T})`],
    ['a cancelled one closed', { status: 'cancelled', closed_at: T }, `a record in state cancelled cannot have "closedAt" (${T})`],
    ['an on-hold one resolved', { status: 'on_hold', resolved_at: T }, `a record in state on_hold cannot have "resolvedAt" (${T})`],
    ['a resolved one without its time', { status: 'resolved' }, 'a record in state resolved needs "resolvedAt" (it is null)'],
    ['a resolved one closed', { status: 'resolved', resolved_at: T, closed_at: T }, `a record in state resolved cannot have "closedAt" (${T})`],
    ['a closed one never resolved', { status: 'closed', closed_at: T }, 'a record in state closed needs "resolvedAt" (it is null)'],
    ['a closed one without its close time', { status: 'closed', resolved_at: T }, 'a record in state closed needs "closedAt" (it is null)'],
  ])('refuses %s', (_what, fields, reason) => {
    expect(said(() => checkIncident(incident(fields), ['opened']))).toBe(`line 4: ${reason}; nothing was imported`);
  });

  it.each<[string, Record<string, unknown>]>([
    ['the matrix priority', { impact: 'high', urgency: 'medium', priority: 'P2' }],
    ['no impact, no urgency, no priority', {}],
    ["another tracker's priority kept as it was", { impact: 'low', urgency: 'low', priority: 'P1', source_priority: '1 - Critical' }],
    ['a resolved one with its time', { status: 'resolved', resolved_at: T }],
    ['a closed one with both times', { status: 'closed', resolved_at: T, closed_at: T }],
    ['a cancelled one with neither', { status: 'cancelled' }],
    ['an escalated one with neither', { status: 'escalated' }],
  ])('takes %s', (_what, fields) => {
    expect(said(() => checkIncident(incident(fields), ['imported', 'opened']))).toBe('accepted');
  });

  it('refuses a timeline without its opening', () => {
    expect(said(() => checkIncident(incident({}), ['classified', 'imported']))).toBe(
      'line 4: the timeline of INC-7 has no "opened" event (every incident was opened once); nothing was imported',
    );
    expect(said(() => checkIncident(incident({}), []))).toBe('line 4: the timeline of INC-7 has no "opened" event (every incident was opened once); nothing was imported');
  });

  it.each<[string, Record<string, unknown>, string]>([
    ['a closed problem without its close time', { status: 'closed', closed_at: null }, 'line 4: a record in state closed needs "closedAt" (it is null); nothing was imported'],
    ['a fixed problem with a close time', { status: 'fixed', closed_at: T }, `line 4: a record in state fixed cannot have "closedAt" (${T}); nothing was imported`],
    ['a closed problem with its time', { status: 'closed', closed_at: T }, 'accepted'],
    ['an open problem', { status: 'open', closed_at: null }, 'accepted'],
  ])('problems: %s', (_what, row, message) => {
    expect(said(() => checkProblem(row))).toBe(message);
  });
});

describe('the header and the line an error names', () => {
  it.each([[0], [-1], [1.5], ['1'], [null]])('refuses format version %j', (version) => {
    expect(said(() => checkHeaderVersion(version), 1)).toBe(`line 1: "version" must be a whole number from 1 to 1, not ${String(version)}; nothing was imported`);
  });

  it('reads format version 1', () => {
    expect(said(() => checkHeaderVersion(1), 1)).toBe('accepted');
  });

  it('keeps the line an error already names, and its hint', () => {
    const early = usageError('import.duplicate', { line: 3, ref: 'INC-1' });
    expect(recordError(early, 9)).toBe(early);
    const conflict = recordError(usageError('import.conflict', { ref: 'INC-1' }, 'import.conflictHint'), 9) as AppError;
    expect([conflict.exitCode, t(conflict.key, conflict.params), conflict.hintKey]).toEqual([
      ExitCode.usage,
      'line 9: INC-1 already exists with different content; nothing was imported',
      'import.conflictHint',
    ]);
  });

  it('passes on what is not a usage error as it is: a storage failure, a bug', () => {
    const full = storageError('storage.diskFull' as MessageKey);
    expect(recordError(full, 4)).toBe(full);
    const refused = new AppError(ExitCode.notAllowed, 'error.emptyValue', { flag: 'x' });
    expect(recordError(refused, 4)).toBe(refused);
    const bug = new TypeError('x is undefined');
    expect(recordError(bug, 4)).toBe(bug);
  });
});
