import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alertDescription, detectFormat, parsePayload, tidy, type Alert } from '../../src/core/alerts/parse.js';
import { fixture } from '../helpers/data.js';
import { refusal } from '../helpers/refusal.js';
import { printedInZone } from '../helpers/zone.js';

// Reading monitoring payloads (SPEC §9, docs/ingest.md), field by field.

const read = (name: string) => readFileSync(fixture(`alerts/${name}`), 'utf8');
const json = (v: unknown) => JSON.stringify(v);
const one = (v: unknown, format?: 'alertmanager' | 'grafana' | 'generic'): Alert => {
  const alerts = parsePayload(json(v), format).alerts;
  expect(alerts).toHaveLength(1);
  return alerts[0];
};
/** A webhook body with one alert. */
const am = (alert: Record<string, unknown>) => one({ version: '4', alerts: [alert] });

/** The line a user reads when a payload is refused (exit 2), and its hint. */
const refusedPayload = (text: string, format?: 'alertmanager' | 'grafana' | 'generic') => refusal(() => parsePayload(text, format), { exit: 2 });
const refused = (text: string, format?: 'alertmanager' | 'grafana' | 'generic') => refusedPayload(text, format).message;
const NOTHING_WRITTEN = 'nothing was written; the formats are described in docs/ingest.md';

describe('text from a payload is cleaned, never refused', () => {
  it.each([
    ['a title keeps its words', '  Disk full on mail01 ', 'title', 'Disk full on mail01'],
    ['control characters become one space in one-line text', 'Disk\u0007full\u0001\u0002on\nmail01\ttoday', 'title', 'Disk full on mail01 today'],
    ['C1 and DEL too', 'a\u009b31mb\u007fc', 'short', 'a 31mb c'],
    ['long text keeps its line breaks and tabs', 'line 1\r\nline 2\rline 3\n\tindented', 'text', 'line 1\nline 2\nline 3\n\tindented'],
    ['long text loses each control character', 'a\u0000\u001bb', 'text', 'a  b'],
    ['composed characters are stored composed (NFC)', 'cafe\u0301 か\u3099', 'title', 'café が'],
  ])('%s', (_what, raw, kind, stored) => {
    expect(tidy(raw, kind as 'title')).toBe(stored);
  });

  it('cuts a title over 300 characters and other short fields over 200 with …, counting characters not code units', () => {
    expect(tidy('x'.repeat(300), 'title')).toBe('x'.repeat(300));
    expect(tidy('x'.repeat(301), 'title')).toBe(`${'x'.repeat(299)}…`);
    expect(tidy('🔥'.repeat(300), 'title')).toBe('🔥'.repeat(300));
    expect(tidy('障'.repeat(201), 'short')).toBe(`${'障'.repeat(199)}…`);
    expect(tidy('y'.repeat(200), 'short')).toBe('y'.repeat(200));
    expect(tidy('z'.repeat(100_001), 'text')).toBe(`${'z'.repeat(99_999)}…`);
  });
});

describe('which format a payload is (docs/ingest.md "Formats and how the shape decides")', () => {
  it.each<[string, unknown, string | null]>([
    ['an object with alerts[] and orgId', { orgId: 1, alerts: [] }, 'grafana'],
    ...['valueString', 'values', 'dashboardURL', 'panelURL', 'silenceURL', 'imageURL'].map(
      (k): [string, unknown, string] => [`an alert with ${k}`, { alerts: [{ labels: { a: 'b' } }, { labels: { a: 'c' }, [k]: '' }] }, 'grafana'],
    ),
    ['any other object with alerts[]', { status: 'firing', alerts: [{ labels: { a: 'b' }, generatorURL: 'http://prom' }] }, 'alertmanager'],
    ['alerts[] holding something that is not an alert', { alerts: [null, 3] }, 'alertmanager'],
    ["Alertmanager's API list", [{ labels: { a: 'b' }, fingerprint: 'f1' }, { labels: { a: 'c' }, fingerprint: 'f2' }], 'alertmanager'],
    ['a list where one alert has a title', [{ labels: { a: 'b' }, fingerprint: 'f1' }, { labels: {}, fingerprint: 'f2', title: 'x' }], 'generic'],
    ['a list where one alert has a dedupKey', [{ labels: { a: 'b' }, fingerprint: 'f1', dedupKey: 'k' }], 'generic'],
    ['a list where one alert has no fingerprint', [{ labels: { a: 'b' }, fingerprint: 'f1' }, { labels: { a: 'b' } }], 'generic'],
    ['a list where one alert has no labels', [{ labels: { a: 'b' }, fingerprint: 'f1' }, { fingerprint: 'f2' }], 'generic'],
    ['an object with a title', { title: 'x' }, 'generic'],
    ['an object with a dedupKey', { dedupKey: 'x' }, 'generic'],
    ['an object with a dedup_key', { dedup_key: 'x' }, 'generic'],
    ['an object with a summary', { summary: 'x' }, 'generic'],
    ['an empty list', [], 'generic'],
    ['an object with alerts that is not a list', { alerts: {}, title: 'x' }, null],
    ['an object with only a fingerprint', { fingerprint: 'x' }, null],
    ['a list of lists of alerts', [{ alerts: [] }], null],
    ['a list of alerts and a webhook body', [{ title: 'x' }, { alerts: [] }], null],
    ['a list with something that is not an object', [{ title: 'x' }, 'y'], null],
    ['a list of lists', [[{ title: 'x' }]], null],
    ['text', 'firing', null],
    ['a number', 42, null],
    ['null', null, null],
  ])('%s: %s', (_what, doc, format) => {
    expect(detectFormat(doc)).toBe(format);
  });
});

describe('the Grafana webhook (test/fixtures/alerts/grafana-webhook.json)', () => {
  const payload = parsePayload(read('grafana-webhook.json'));
  const [mail, disk] = payload.alerts;

  it('reads each alert with its fingerprint, title, times and value', () => {
    expect(payload.format).toBe('grafana');
    expect(mail).toMatchObject({
      index: 1,
      status: 'firing',
      dedupKey: '3f1a9c0d2b7e4a61',
      derivedKey: false,
      title: 'Mail queue over 500 on mail01',
      description: 'The outbound mail queue on mail01 has grown for 10 minutes',
      resolution: null,
      startsAt: '2026-11-23T00:51:03.157Z',
      endsAt: null,
      value: 'B=512, C=1',
    });
    expect(disk).toMatchObject({ index: 2, dedupKey: 'b80c6e25d94f1a07', title: 'fs02 の空き容量が 5% 未満', value: 'B=4.2, C=1' });
  });

  it('describes a new incident with the alert text, its labels, value and links (blank links left out)', () => {
    expect(alertDescription(mail)).toBe(
      [
        'The outbound mail queue on mail01 has grown for 10 minutes',
        '',
        'labels: alertname=Mail queue growing, team=infra, host=mail01',
        'value: B=512, C=1',
        'generatorURL: https://grafana.example.com/alerting/mailq01/edit',
        'silenceURL: https://grafana.example.com/alerting/silence/new?matchers=alertname%3DMail%20queue%20growing',
        'runbook_url: https://wiki.example.com/runbooks/mail-queue',
      ].join('\n'),
    );
  });

  it('prefers valueString to the values map, and writes nested values as JSON', () => {
    expect(one({ orgId: 1, alerts: [{ fingerprint: 'f', valueString: "[ var='B' value=512 ]", values: { B: 512 } }] }).value).toBe("[ var='B' value=512 ]");
    expect(one({ orgId: 1, alerts: [{ fingerprint: 'f', valueString: ' ', values: { B: { x: 1 }, C: null, D: 'up' } }] }).value).toBe('B={"x":1}, C=null, D=up');
    expect(one({ orgId: 1, alerts: [{ fingerprint: 'f', values: {} }] }).value).toBeNull();
    expect(one({ orgId: 1, alerts: [{ fingerprint: 'f', values: [1, 2] }] }).value).toBeNull();
    expect(one({ orgId: 1, alerts: [{ fingerprint: 'f', valueString: 7 }] }).value).toBe('7');
  });

  it('takes no value from an Alertmanager alert, even forced to read one that has one', () => {
    expect(one({ alerts: [{ fingerprint: 'f', valueString: 'x=1' }] }, 'alertmanager').value).toBeNull();
    expect(one([{ labels: { a: 'b' }, fingerprint: 'f', valueString: 'x=1' }], 'grafana').value).toBe('x=1');
  });
});

describe('the Alertmanager webhook', () => {
  it('reads an old Alertmanager body (no fingerprint, no per-alert status, nanoseconds and an offset)', () => {
    const payload = parsePayload(read('am_msteams_prom_post_request.json'));
    expect(payload.format).toBe('alertmanager');
    const [a] = payload.alerts;
    expect(a).toMatchObject({ index: 1, status: 'firing', derivedKey: true, title: 'Server High Memory usage', startsAt: '2018-03-07T11:33:21.873Z', endsAt: null, value: null });
    expect(a.dedupKey).toMatch(/^[0-9a-f]{16}$/);
    expect(alertDescription(a)).toBe(
      '10.80.40.11 reported high memory usage with 23.28%.\n\nlabels: alertname=high_memory_load, instance=instance-with-hyphen_and_underscore, job=docker_nodes, monitor=master, severity=warning',
    );
  });

  it('derives the fingerprint Prometheus gives the labels when none is sent', () => {
    // Prometheus's own test value (model/signature_test.go) for these labels.
    expect(am({ labels: { name: 'garland, briggs', fear: 'love is not enough' } })).toMatchObject({ dedupKey: '507a62d79ee76c9a', derivedKey: true });
    expect(am({ labels: { name: 'garland, briggs', fear: 'love is not enough' }, fingerprint: '   ' })).toMatchObject({ dedupKey: '507a62d79ee76c9a', derivedKey: true });
  });

  it('keeps a sent fingerprint as it is, trimmed; a number is taken as text', () => {
    expect(am({ fingerprint: ' 3f1a9c0d2b7e4a61 ' })).toMatchObject({ dedupKey: '3f1a9c0d2b7e4a61', derivedKey: false });
    expect(am({ fingerprint: 12345 })).toMatchObject({ dedupKey: '12345', derivedKey: false });
    expect(am({ fingerprint: 'f'.repeat(200) }).dedupKey).toBe('f'.repeat(200));
    expect(am({ fingerprint: '鍵'.repeat(200) }).dedupKey).toBe('鍵'.repeat(200));
  });

  it.each([
    ['the summary annotation', { labels: { alertname: 'NodeDown', instance: 'web01' }, annotations: { summary: 'web01 is down', title: 't' } }, 'web01 is down'],
    ['the alert name and instance', { labels: { alertname: 'NodeDown', instance: 'web01:9100' }, annotations: { summary: '  ' } }, 'NodeDown (web01:9100)'],
    ['the alert name alone', { labels: { alertname: 'Watchdog' } }, 'Watchdog'],
    ['the title annotation', { labels: { instance: 'web01' }, annotations: { title: 'Web down', message: 'm' } }, 'Web down'],
    ['the message annotation', { labels: { instance: 'web01' }, annotations: { message: 'Web is down' } }, 'Web is down'],
    ['the first line of the description', { labels: { job: 'web' }, annotations: { description: 'Web is down\nsince 09:00' } }, 'Web is down'],
    ['the fingerprint when nothing else says what it is', { labels: { job: 'web' }, fingerprint: 'abc123' }, 'alert abc123'],
  ])('titles an alert by %s', (_what, alert, title) => {
    expect(am(alert).title).toBe(title);
  });

  it('cuts a long name and instance to a title', () => {
    expect(am({ labels: { alertname: 'A'.repeat(290), instance: 'host-0001' } }).title).toBe(`${'A'.repeat(290)} (host-00…`);
  });

  it('reads labels and annotations given as numbers and booleans as text, and leaves out nulls', () => {
    const a = am({ labels: { alertname: 'Temp', rack: 12, critical: true, zone: null }, annotations: { summary: 'Hot', threshold: 40.5 } });
    expect(a.labels).toEqual({ alertname: 'Temp', rack: '12', critical: 'true' });
    expect(a.annotations).toEqual({ summary: 'Hot', threshold: '40.5' });
    expect(am({ labels: null, fingerprint: 'f' }).labels).toEqual({});
  });

  it('takes the description from the description annotation, else the message; the resolution annotation too', () => {
    expect(am({ fingerprint: 'f', annotations: { description: 'd', message: 'm' } }).description).toBe('d');
    expect(am({ fingerprint: 'f', annotations: { message: 'm\r\nsecond line' } }).description).toBe('m\nsecond line');
    expect(am({ fingerprint: 'f', annotations: { description: '  ' } }).description).toBeNull();
    expect(am({ fingerprint: 'f', annotations: { resolution: 'restarted the queue' } }).resolution).toBe('restarted the queue');
  });

  it('keeps the links in a fixed order, the runbook last, and leaves blank ones out', () => {
    const a = am({
      fingerprint: 'f',
      annotations: { runbook: 'https://wiki/b', runbook_url: ' https://wiki/a ' },
      imageURL: 'https://img',
      silenceURL: '  ',
      panelURL: 'https://grafana/d/1?viewPanel=2',
      dashboardURL: 'https://grafana/d/1',
      generatorURL: 'https://prom/graph',
    });
    expect(Object.entries(a.links)).toEqual([
      ['generatorURL', 'https://prom/graph'],
      ['dashboardURL', 'https://grafana/d/1'],
      ['panelURL', 'https://grafana/d/1?viewPanel=2'],
      ['imageURL', 'https://img'],
      ['runbook_url', 'https://wiki/a'],
      ['runbook', 'https://wiki/b'],
    ]);
    expect(am({ fingerprint: 'f', annotations: { runbook_url: ' ' } }).links).toEqual({});
  });

  it('takes the group status for alerts that carry none, and each alert’s own status over it', () => {
    const p = parsePayload(json({ status: 'resolved', alerts: [{ fingerprint: 'a' }, { fingerprint: 'b', status: 'firing' }, { fingerprint: 'c', status: '' }] }));
    expect(p.alerts.map((a) => [a.index, a.status])).toEqual([[1, 'resolved'], [2, 'firing'], [3, 'resolved']]);
    expect(am({ fingerprint: 'a' }).status).toBe('firing');
    expect(one({ status: null, alerts: [{ fingerprint: 'a' }] }).status).toBe('firing');
  });

  it('numbers the alerts of the API list from 1', () => {
    const p = parsePayload(json([{ labels: { a: 'b' }, fingerprint: 'f1' }, { labels: { a: 'c' }, fingerprint: 'f2', status: { state: 'active' } }]));
    expect(p.alerts.map((a) => [a.index, a.dedupKey])).toEqual([[1, 'f1'], [2, 'f2']]);
    expect(refused(json([{ labels: { a: 'b' }, fingerprint: 'f1' }, { labels: { a: 'c' }, fingerprint: 'f2', startsAt: 'soon' }]))).toBe('alert 2: startsAt is not a time: "soon"');
  });

  it.each([
    ['active', 'firing'], ['suppressed', 'firing'], ['unprocessed', 'firing'], ['resolved', 'resolved'],
  ])("reads the API list's status.state %s as %s", (state, status) => {
    expect(one([{ labels: { a: 'b' }, fingerprint: 'f', status: { state } }]).status).toBe(status);
  });

  it('reads the times monitoring sends as UTC milliseconds; Go’s zero time is "not set"', () => {
    const times = (startsAt: unknown, endsAt?: unknown) => {
      const a = am({ fingerprint: 'f', startsAt, endsAt });
      return [a.startsAt, a.endsAt];
    };
    expect(times('2026-11-23T09:51:03.157076+09:00', '0001-01-01T00:00:00Z')).toEqual(['2026-11-23T00:51:03.157Z', null]);
    expect(times('2026-11-23T09:51:03.123456789Z', '2026-11-23T10:00:00Z')).toEqual(['2026-11-23T09:51:03.123Z', '2026-11-23T10:00:00.000Z']);
    expect(times('2026-11-23 09:51:03.1-05:00')).toEqual(['2026-11-23T14:51:03.100Z', null]);
    expect(times('2026-11-23T09:51:03+0900')).toEqual(['2026-11-23T00:51:03.000Z', null]);
    expect(times('2026-11-23T09:51z')).toEqual(['2026-11-23T09:51:00.000Z', null]);
    expect(times(' 2026-11-23T09:51:03 ')).toEqual(['2026-11-23T09:51:03.000Z', null]);
    expect(times('Mon, 23 Nov 2026 09:51:03 GMT')).toEqual(['2026-11-23T09:51:03.000Z', null]);
    expect(times('2024-02-29T23:30:00-01:00', '2026-01-31T00:00:00Z')).toEqual(['2024-03-01T00:30:00.000Z', '2026-01-31T00:00:00.000Z']);
    expect(times('', '  ')).toEqual([null, null]);
    expect(times(null)).toEqual([null, null]);
    expect(times('1970-01-01T00:00:00Z', '2200-01-01T00:00:00Z')).toEqual(['1970-01-01T00:00:00.000Z', '2200-01-01T00:00:00.000Z']);
  });

  it('reads a time without a zone as UTC, whatever the zone of the machine that runs ingest', () => {
    // Read by a process started in Tokyo (UTC+9), where a time read as local time would be 9 hours early.
    const printed = printedInZone(
      'Asia/Tokyo',
      `import { parsePayload } from './src/core/alerts/parse.js';
       const startsAt = (t: string) => parsePayload(JSON.stringify({ version: '4', alerts: [{ fingerprint: 'f', startsAt: t }] })).alerts[0].startsAt;
       console.log(JSON.stringify({
         local: new Date(2026, 10, 23, 9, 51, 3).toISOString(),
         read: ['2026-11-23T09:51:03', '2026-11-23 09:51:03.5', '2026-11-23T09:51', ' 2026-11-23T09:51:03 '].map(startsAt),
         other: ['2026/11/23 09:51:03', 'Nov 23 2026 09:51:03', 'Mon, 23 Nov 2026 09:51:03', 'Mon, 23 Nov 2026 09:51:03 +0900', 'Mon, 23 Nov 2026 09:51:03 EST', 'Mon Nov 23 2026 09:51:03 GMT+0900 (日本標準時)'].map(startsAt),
       }));`,
    );
    expect(JSON.parse(printed)).toEqual({
      // The process is in Tokyo: its local 09:51:03 is 00:51:03 UTC.
      local: '2026-11-23T00:51:03.000Z',
      read: ['2026-11-23T09:51:03.000Z', '2026-11-23T09:51:03.500Z', '2026-11-23T09:51:00.000Z', '2026-11-23T09:51:03.000Z'],
      // Other forms than RFC 3339: in UTC too when they name no zone; in the zone they name (EST is UTC−5).
      other: ['2026-11-23T09:51:03.000Z', '2026-11-23T09:51:03.000Z', '2026-11-23T09:51:03.000Z', '2026-11-23T00:51:03.000Z', '2026-11-23T14:51:03.000Z', '2026-11-23T00:51:03.000Z'],
    });
  });
});

describe('the generic format', () => {
  it('reads every documented field', () => {
    const a = one({
      title: 'メールサーバーのディスク使用率 95%',
      dedupKey: 'mail01-disk',
      status: 'firing',
      severity: 'critical',
      description: '/var が 95% です',
      service: 'メール',
      category: 'hardware',
      team: 'インフラ',
      assignee: 'tanaka',
      impact: 'high',
      urgency: 2,
      reporter: 'zabbix',
      labels: { host: 'mail01' },
      startsAt: '2026-11-23T09:00:00+09:00',
      url: 'https://zabbix.example.com/tr_events.php?eventid=1',
      value: '95%',
    });
    expect(a).toEqual({
      index: 1,
      status: 'firing',
      dedupKey: 'mail01-disk',
      derivedKey: false,
      title: 'メールサーバーのディスク使用率 95%',
      description: '/var が 95% です',
      resolution: null,
      labels: { host: 'mail01' },
      annotations: {},
      fields: { severity: 'critical', service: 'メール', category: 'hardware', team: 'インフラ', assignee: 'tanaka', impact: 'high', urgency: '2', reporter: 'zabbix' },
      startsAt: '2026-11-23T00:00:00.000Z',
      endsAt: null,
      links: { url: 'https://zabbix.example.com/tr_events.php?eventid=1' },
      value: '95%',
    });
    expect(alertDescription(a)).toBe('/var が 95% です\n\nlabels: host=mail01\nvalue: 95%\nurl: https://zabbix.example.com/tr_events.php?eventid=1');
  });

  it('reads a resolved alert with its resolution and end time, and no title', () => {
    const a = one({ dedupKey: 'mail01-disk', status: 'resolved', resolution: '古いログを削除して空きを確保', endsAt: '2026-11-23T10:00:00Z', severity: ' ' });
    expect(a).toMatchObject({ status: 'resolved', title: null, resolution: '古いログを削除して空きを確保', endsAt: '2026-11-23T10:00:00.000Z', fields: {}, links: {}, value: null, description: null });
    expect(alertDescription(a)).toBeNull();
  });

  it.each([
    ['summary', { summary: 'Backup failed', dedupKey: 'k' }, 'Backup failed'],
    ['title over summary', { title: 'T', summary: 'S', dedupKey: 'k' }, 'T'],
    ['the alertname label', { labels: { alertname: 'BackupFailed', instance: 'fs01' } }, 'BackupFailed (fs01)'],
    ['the summary annotation', { dedupKey: 'k', annotations: { summary: 'From annotation' } }, 'From annotation'],
  ])('titles an alert by %s', (_what, alert, title) => {
    expect(one(alert, 'generic').title).toBe(title);
  });

  it('takes the description field over the description annotation, and the time field for startsAt', () => {
    expect(one({ title: 't', dedupKey: 'k', description: 'field', annotations: { description: 'annotation' } }).description).toBe('field');
    expect(one({ title: 't', dedupKey: 'k', annotations: { description: 'annotation' } }).description).toBe('annotation');
    expect(one({ title: 't', dedupKey: 'k', time: '2026-11-23T01:00:00Z' }).startsAt).toBe('2026-11-23T01:00:00.000Z');
    expect(one({ title: 't', dedupKey: 'k', time: '2026-11-23T01:00:00Z', startsAt: '2026-11-23T02:00:00Z' }).startsAt).toBe('2026-11-23T02:00:00.000Z');
  });

  it('takes the key from dedupKey, else dedup_key, else fingerprint, cleaned', () => {
    expect(one({ title: 't', dedupKey: 'a', dedup_key: 'b', fingerprint: 'c' }).dedupKey).toBe('a');
    expect(one({ title: 't', dedup_key: 'b', fingerprint: 'c' }).dedupKey).toBe('b');
    expect(one({ title: 't', fingerprint: 'c' }, 'generic').dedupKey).toBe('c');
    expect(one({ title: 't', dedupKey: ' zabbix-\u000712 ' })).toMatchObject({ dedupKey: 'zabbix- 12', derivedKey: false });
    expect(one({ title: 't', dedupKey: 'k'.repeat(200) }).dedupKey).toBe('k'.repeat(200));
    expect(one({ title: 't', dedupKey: ` ${'k'.repeat(200)} ` }).dedupKey).toBe('k'.repeat(200));
  });

  it('computes the key from the labels as Alertmanager would, when none is sent', () => {
    expect(one({ title: 't', dedupKey: '  ', labels: { name: 'garland, briggs', fear: 'love is not enough' } })).toMatchObject({ dedupKey: '507a62d79ee76c9a', derivedKey: true });
  });

  it('takes numbers and booleans sent for text fields as text', () => {
    expect(one({ title: 'Door open', dedupKey: 1042, value: false, severity: 3 })).toMatchObject({ dedupKey: '1042', value: 'false', fields: { severity: '3' } });
  });

  it('computes the key from the title and service when there are no labels: the same title again is a repeat', () => {
    const p = parsePayload('{"title":"Printer jam","service":"print"}\n{"title":"Printer jam","service":"print"}\n{"title":"Printer jam","service":"copy"}\n{"title":"Printer jam"}');
    const keys = p.alerts.map((a) => a.dedupKey);
    expect(p.alerts.every((a) => a.derivedKey)).toBe(true);
    expect(keys[0]).toBe(keys[1]);
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toMatch(/^[0-9a-f]{16}$/);
    // The key is the fingerprint of the labels title and service (empty when none is sent).
    const asLabels = (labels: Record<string, string>) => one({ title: 'x', labels }).dedupKey;
    expect(keys[0]).toBe(asLabels({ title: 'Printer jam', service: 'print' }));
    expect(keys[3]).toBe(asLabels({ title: 'Printer jam', service: '' }));
  });

  it.each([
    ...['firing', 'problem', 'alerting', 'triggered', 'trigger', 'open', 'active', 'suppressed', 'unprocessed', 'critical', 'down', 'PROBLEM', 'Firing', 'ＯＰＥＮ', '  '].map((s) => [s, 'firing']),
    ...['resolved', 'ok', 'recovered', 'recovery', 'cleared', 'clear', 'closed', 'normal', 'up', 'inactive', 'OK', 'Resolved', ' RECOVERED '].map((s) => [s, 'resolved']),
  ])('status %j is %s', (status, expected) => {
    expect(one({ title: 't', dedupKey: 'k', status }).status).toBe(expected);
  });

  it('reads a JSON Lines stream, CRLF and blank lines included, numbering alerts from 1', () => {
    const p = parsePayload('\ufeff{"title":"A","dedupKey":"a"}\r\n \t \r\n{"dedupKey":"a","status":"resolved"}\r\n{"title":"B","dedupKey":"b"}\r\n');
    expect(p.format).toBe('generic');
    expect(p.alerts.map((a) => [a.index, a.dedupKey, a.status])).toEqual([[1, 'a', 'firing'], [2, 'a', 'resolved'], [3, 'b', 'firing']]);
  });

  it('reads nothing from an empty list (nothing to do)', () => {
    expect(parsePayload(' [] ')).toEqual({ format: 'generic', alerts: [] });
    expect(parsePayload('{"version":"4","status":"firing","alerts":[]}')).toEqual({ format: 'alertmanager', alerts: [] });
  });
});

describe('refused payloads: one line saying what and which alert, nothing written', () => {
  it.each([
    ['an empty payload', ' \n ', undefined, 'the payload is empty'],
    ['a BOM and nothing else', '\ufeff', undefined, 'the payload is empty'],
    ['an unknown shape', '{"hello":"world"}', undefined, 'unknown payload shape: not an Alertmanager or Grafana webhook body, nor a generic alert (title, dedupKey, …)'],
    ['--format alertmanager on a generic alert', '{"title":"x"}', 'alertmanager', 'not a alertmanager webhook body: alerts[] is missing'],
    ['--format grafana on JSON Lines', '{"title":"x"}\n{"title":"y"}', 'grafana', 'not a grafana webhook body: alerts[] is missing'],
    ['--format grafana on text', '"firing"', 'grafana', 'not a grafana webhook body: alerts[] is missing'],
    ['an alert that is not an object', '{"alerts":[{"fingerprint":"a"},"b"]}', undefined, 'alert 2: an alert must be a JSON object'],
    ['a generic alert that is not an object', '[{"title":"x"},"b"]', 'generic', 'alert 2: an alert must be a JSON object'],
    ['labels that are a list', '{"alerts":[{"labels":["a"]}]}', undefined, 'alert 1: labels must be an object of strings'],
    ['annotations that are text', '{"alerts":[{"fingerprint":"a","annotations":"x"}]}', undefined, 'alert 1: annotations must be an object of strings'],
    ['a generic alert with labels that are text', '{"title":"x","labels":"a=b"}', undefined, 'alert 1: labels must be an object of strings'],
    ['a label that is an object', '{"alerts":[{"labels":{"a":{"b":1}}}]}', undefined, 'alert 1: labels.a must be a string'],
    ['an annotation that is a list', '{"alerts":[{"fingerprint":"a","annotations":{"summary":["x"]}}]}', undefined, 'alert 1: annotations.summary must be a string'],
    ['a fingerprint that is an object', '{"alerts":[{"fingerprint":{}}]}', undefined, 'alert 1: fingerprint must be a string'],
    ['a link that is a list', '{"alerts":[{"fingerprint":"a","generatorURL":["x"]}]}', undefined, 'alert 1: generatorURL must be a string'],
    ['a generic field that is an object', '{"title":"x","service":{"name":"mail"}}', undefined, 'alert 1: service must be a string'],
    ['a generic dedupKey that is a list', '{"title":"x","dedupKey":["a"]}', undefined, 'alert 1: dedupKey must be a string'],
    ['neither fingerprint nor labels', '{"alerts":[{"fingerprint":"a"},{"labels":{},"annotations":{"summary":"x"}}]}', undefined, 'alert 2: it has neither fingerprint nor labels, so repeats could not be matched'],
    ['a fingerprint over 200 characters', json({ alerts: [{ fingerprint: 'f'.repeat(201) }] }), undefined, 'alert 1: fingerprint is too long (at most 200 characters)'],
    ['a dedupKey over 200 characters', json({ title: 't', dedupKey: ` ${'鍵'.repeat(201)} ` }), undefined, 'alert 1: dedupKey is too long (at most 200 characters)'],
    ['a generic alert with no identity', '{"status":"resolved"}', 'generic', 'alert 1: it has neither dedupKey, labels nor title'],
    ['a firing generic alert without a title', '[{"title":"ok","dedupKey":"a"},{"dedupKey":"b","title":"  "}]', undefined, 'alert 2: title is missing (a firing alert needs one)'],
    ['an unknown status', '{"alerts":[{"fingerprint":"a","status":"burning"}]}', undefined, 'alert 1: status must be firing or resolved, not "burning"'],
    ['an unknown generic status', '{"title":"x","status":"pending"}', undefined, 'alert 1: status must be firing or resolved, not "pending"'],
    ['a status that is an object', '{"title":"x","status":{"state":"active"}}', undefined, 'alert 1: status must be a string'],
    ['an unknown API state', '[{"labels":{"a":"b"},"fingerprint":"f","status":{"state":"sleeping"}}]', undefined, 'alert 1: status.state must be firing or resolved, not "sleeping"'],
    ['an unknown group status', '{"status":"maybe","alerts":[{"fingerprint":"a"}]}', undefined, 'status must be firing or resolved, not "maybe"'],
    ['a group status that is a list', '{"status":["firing"],"alerts":[{"fingerprint":"a"}]}', undefined, 'status must be a string'],
    ['a startsAt that is not a time', '{"alerts":[{"fingerprint":"a"},{"fingerprint":"b","startsAt":"yesterday"}]}', undefined, 'alert 2: startsAt is not a time: "yesterday"'],
    ['an endsAt that is no date', '{"alerts":[{"fingerprint":"a","endsAt":"2026-02-30T00:00:00Z"}]}', undefined, 'alert 1: endsAt is not a time: "2026-02-30T00:00:00Z"'],
    ['a day February does not have', '{"alerts":[{"fingerprint":"a","startsAt":"2026-02-29T09:00:00Z"}]}', undefined, 'alert 1: startsAt is not a time: "2026-02-29T09:00:00Z"'],
    ['a day April does not have', '{"title":"x","startsAt":"2026-04-31 10:00:00+09:00"}', undefined, 'alert 1: startsAt is not a time: "2026-04-31 10:00:00+09:00"'],
    ...['2026-02-30T10:00:00+0900', '2026-02-30T10:00:00.123Z', '2026-02-30T09:51Z', 'at 2026-11-23T09:51:03Z', '2026-11-23T09:51:03Z (JST)', '12026-11-23T09:51:03Z'].map(
      (t): [string, string, undefined, string] => [`startsAt ${t}`, json({ alerts: [{ fingerprint: 'a', startsAt: t }] }), undefined, `alert 1: startsAt is not a time: "${t}"`],
    ),
    ['a time before 1970', '{"alerts":[{"fingerprint":"a","startsAt":"1969-12-31T23:59:59Z"}]}', undefined, 'alert 1: startsAt is not a time: "1969-12-31T23:59:59Z"'],
    ['a time after 2200', '{"alerts":[{"fingerprint":"a","startsAt":"2200-01-01T00:00:01Z"}]}', undefined, 'alert 1: startsAt is not a time: "2200-01-01T00:00:01Z"'],
    ['a Unix time', '{"title":"x","time":1764000000}', undefined, 'alert 1: startsAt is not a time: "1764000000"'],
  ])('refuses %s', (_what, text, format, message) => {
    const r = refusedPayload(text, format as 'generic' | undefined);
    expect(r.message).toBe(message);
  });

  it('says nothing was written and where the formats are described', () => {
    expect(refusedPayload('{"alerts":[42]}').hint).toBe(NOTHING_WRITTEN);
    expect(refusedPayload('{"hello":"world"}').hint).toBe(
      'nothing was written; name the format with --format alertmanager|grafana|generic (see docs/ingest.md)',
    );
  });

  it('gives the JSON error, and the line of a JSON Lines stream that is broken', () => {
    expect(refused('{"alerts": [')).toMatch(/^the payload is not valid JSON \(.+\)$/);
    expect(refused('[1]\n[2]')).toMatch(/^the payload is not valid JSON \(.+\)$/);
    expect(refused('{"title":"A"} trailing')).toMatch(/^the payload is not valid JSON \(.+\)$/);
    expect(refused('{"title":"A"}\n\n{"title":')).toMatch(/^line 3 of the payload is not valid JSON \(.+\)$/);
    expect(refused('{"title":"A"}\r\n{"title":"B"}\r\nnope')).toMatch(/^line 3 of the payload is not valid JSON \(.+\)$/);
  });
});

describe('a new incident’s description', () => {
  const base: Alert = {
    index: 1, status: 'firing', dedupKey: 'k', derivedKey: false, title: 't', description: null, resolution: null,
    labels: {}, annotations: {}, fields: {}, startsAt: null, endsAt: null, links: {}, value: null,
  };

  it.each([
    ['nothing at all', {}, null],
    ['only the alert text', { description: 'Disk full' }, 'Disk full'],
    ['only labels', { labels: { host: 'mail01', disk: '/var' } }, 'labels: host=mail01, disk=/var'],
    ['only a value', { value: '95%' }, 'value: 95%'],
    ['only links', { links: { generatorURL: 'http://a', runbook_url: 'http://b' } }, 'generatorURL: http://a\nrunbook_url: http://b'],
  ])('with %s', (_what, parts, text) => {
    expect(alertDescription({ ...base, ...parts })).toBe(text);
  });

  it('is cut at 100,000 characters like any long text', () => {
    expect(alertDescription({ ...base, description: 'd'.repeat(99_990), labels: { host: 'mail01' } })).toBe(`${'d'.repeat(99_990)}\n\nlabels:…`);
  });
});
