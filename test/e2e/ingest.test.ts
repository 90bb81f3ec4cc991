import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { actedAs, ANSI, madeBy, Sandbox } from '../helpers/cli.js';
import { fixture } from '../helpers/data.js';
import { runTty } from '../helpers/tty.js';

const payload = (name: string) => readFileSync(fixture(`alerts/${name}`), 'utf8');
const AM19 = 'am_msteams_large_prom_post_request_19alerts.json';
const AM3 = 'am_msteams_card_grafana_inspired_payload_3alerts.json';
const AM1 = 'am_msteams_prom_post_request.json';
const GRAFANA = 'grafana-webhook.json';

let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

/** Feeds a payload on stdin (`-`) and parses --json. */
function ingest(body: unknown, ...args: string[]) {
  const input = typeof body === 'string' ? body : JSON.stringify(body);
  const r = sb.run(['ingest', ...args, '-', '--json'], { input });
  if (r.code !== 0) throw new Error(`exit ${r.code}: ${r.stderr}`);
  return JSON.parse(r.stdout);
}

const am = (alerts: unknown[], status = 'firing') => ({ version: '4', status, receiver: 'incident', groupKey: '{}:{}', alerts });
const alert = (name: string, status = 'firing', extra: Record<string, unknown> = {}) => ({
  status,
  labels: { alertname: name, instance: `${name.toLowerCase()}:9100`, severity: 'critical' },
  annotations: { summary: `${name} is failing`, description: `${name} has been failing for 5 minutes` },
  startsAt: '2026-11-23T00:55:00.123456789Z',
  endsAt: status === 'resolved' ? '2026-11-23T01:20:00Z' : '0001-01-01T00:00:00Z',
  generatorURL: 'http://prometheus:9090/graph?g0.expr=up',
  ...extra,
});

function setSetting(key: string, value: string) {
  const quote = (v: string) => `'${v.replace(/'/g, "''")}'`;
  // A value `config set` would refuse is written straight into the table: the database must exist.
  sb.exec(`INSERT INTO settings (key, value) VALUES (${quote(key)}, ${quote(value)}) ON CONFLICT (key) DO UPDATE SET value = excluded.value`);
}

/** Everything a payload could have written, to check that a refused one wrote nothing. */
const snapshot = () => JSON.stringify([sb.query('SELECT * FROM incidents ORDER BY id'), sb.query('SELECT * FROM events ORDER BY id'), sb.query('SELECT * FROM incident_links')]);

describe('Alertmanager', () => {
  it('opens one incident per alert from a real 19-alert notification, then counts the repeats', () => {
    const first = ingest(payload(AM19));
    expect(first).toMatchObject({ format: 'alertmanager', alerts: 19, updated: [], resolved: [], ignored: [] });
    expect(first.opened).toHaveLength(19);
    expect(first.opened[0]).toMatchObject({
      title: 'Server is down. `infrastructure002A` - `user3environmentc`',
      status: 'open',
      source: 'monitoring',
      reporter: 'alertmanager',
      occurrences: 1,
      // severity "page" is paged for: high/high
      impact: 'high',
      urgency: 'high',
      priority: 'P1',
      service: 'infrastructurevmenvironmentcuser3cne1',
      createdBy: madeBy('monitoring'),
      detectedAt: '2019-01-09T15:20:40.341Z',
      openedAt: '2026-11-23T01:00:00.000Z',
    });
    expect(first.opened[0].dedupKey).toMatch(/^[0-9a-f]{16}$/);
    expect(first.opened[0].description).toContain('is down for more than 5 minute');
    expect(new Set(first.opened.map((i: any) => i.dedupKey)).size).toBe(19);

    // Alertmanager resends the group at its repeat interval: the same 19 incidents, counted again.
    const again = ingest(payload(AM19), '--format', 'alertmanager');
    expect(again.opened).toEqual([]);
    expect(again.updated).toHaveLength(19);
    expect(again.updated.every((i: any) => i.occurrences === 2)).toBe(true);
    expect(sb.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(19);
    const shown = sb.json(['show', 'INC-1']);
    expect(shown.timeline.map((e: any) => [e.kind, e.onBehalfOf ?? e.actor])).toEqual([['opened', 'monitoring'], ['repeated', 'monitoring']]);
    expect(shown.timeline[0]).toMatchObject(actedAs('monitoring'));
  });

  it('keeps the fingerprint Alertmanager sent as the dedup key', () => {
    const r = ingest(payload(AM3));
    expect(r.opened.map((i: any) => i.dedupKey)).toEqual(['ff6a7a0f5f1c1309', '554664fa753a2b45', '911c76f0240f015b']);
    // severity=info: low/low
    expect(r.opened[0]).toMatchObject({ impact: 'low', urgency: 'low', priority: 'P5' });
  });

  it('resolves the incident when the alert resolves, and a new firing afterwards opens a related incident', () => {
    ingest(am([alert('DiskFull'), alert('NodeDown')]));
    const later = { env: { INCIDENT_NOW: '2026-11-23T01:30:00Z' } };
    let r = sb.run(['ingest', '-', '--json'], { input: JSON.stringify(am([alert('DiskFull', 'resolved')], 'resolved')), ...later });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.resolved).toHaveLength(1);
    expect(out.resolved[0]).toMatchObject({ ref: 'INC-1', status: 'resolved', resolutionCode: 'fixed', resolvedAt: '2026-11-23T01:30:00.000Z' });
    expect(out.resolved[0].resolution).toContain('2026-11-23T01:20:00.000Z');
    expect(out.resolved[0].resolution).toContain('DiskFull is failing');
    const shown = sb.json(['show', 'INC-1']);
    expect(shown.timeline.at(-1)).toMatchObject({ kind: 'resolved', ...actedAs('monitoring'), from: 'open', to: 'resolved' });
    expect(sb.json(['show', 'INC-2']).status).toBe('open');

    // The same resolved notification again finds nothing active: nothing changes.
    const dup = ingest(am([alert('DiskFull', 'resolved')], 'resolved'));
    expect(dup).toMatchObject({ opened: [], updated: [], resolved: [] });
    expect(dup.ignored).toEqual([expect.objectContaining({ alert: 1, reason: 'no-active-incident' })]);

    // The trouble comes back: a new incident, pointing at the old one.
    const back = ingest(am([alert('DiskFull')]));
    expect(back.opened).toHaveLength(1);
    expect(back.opened[0]).toMatchObject({ ref: 'INC-3', related: ['INC-1'], occurrences: 1, dedupKey: shown.dedupKey });
  });

  it('opens a new related incident after the old one was closed by a person', () => {
    ingest(am([alert('VPNDown')]));
    expect(sb.run(['resolve', 'INC-1', '--resolution', '再起動']).code).toBe(0);
    expect(sb.run(['close', 'INC-1']).code).toBe(0);
    const r = ingest(am([alert('VPNDown')]));
    expect(r.opened[0]).toMatchObject({ ref: 'INC-2', related: ['INC-1'] });
  });

  it('a repeat of a held incident\'s alert counts on it and opens no second incident (on hold still needs work, SPEC §4)', () => {
    expect(ingest(am([alert('DiskFull')])).opened.map((i: any) => i.ref)).toEqual(['INC-1']);
    expect(sb.run(['classify', 'INC-1', '--impact', 'high', '--urgency', 'high']).code).toBe(0);
    expect(sb.run(['hold', 'INC-1', '--reason', 'waiting for the vendor']).code).toBe(0);
    const r = ingest(am([alert('DiskFull')]));
    expect(r.opened).toEqual([]);
    expect(r.updated.map((i: any) => [i.ref, i.status, i.occurrences])).toEqual([['INC-1', 'on_hold', 2]]);
    expect(sb.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(1);
  });

  it('with ingest.autoResolve off, a resolved alert only adds an event saying it cleared', () => {
    ingest(am([alert('DiskFull')]));
    setSetting('ingest.autoResolve', 'off');
    const r = ingest(am([alert('DiskFull', 'resolved')], 'resolved'));
    expect(r.resolved).toEqual([]);
    expect(r.updated).toHaveLength(1);
    const shown = sb.json(['show', 'INC-1']);
    expect(shown.status).toBe('open');
    expect(shown.timeline.at(-1)).toMatchObject({ kind: 'alert_cleared', ...actedAs('monitoring') });
    expect(shown.timeline.at(-1).note).toContain('DiskFull is failing');
  });

  it('handles a mixed batch: new, repeated, resolved and unknown alerts in one notification', () => {
    ingest(am([alert('A'), alert('B')]));
    const r = ingest(am([alert('A'), alert('B', 'resolved'), alert('C'), alert('Z', 'resolved'), alert('C')]));
    expect(r.opened.map((i: any) => [i.ref, i.occurrences])).toEqual([['INC-3', 2]]);
    expect(r.updated.map((i: any) => [i.ref, i.occurrences])).toEqual([['INC-1', 2]]);
    expect(r.resolved.map((i: any) => [i.ref, i.status])).toEqual([['INC-2', 'resolved']]);
    expect(r.ignored).toEqual([expect.objectContaining({ alert: 4 })]);
  });

  it('matches repeats of alerts that carry no fingerprint (older Alertmanager)', () => {
    const first = ingest(payload(AM1));
    const again = ingest(payload(AM1));
    expect(again.updated[0]).toMatchObject({ ref: first.opened[0].ref, occurrences: 2 });
    // The same labels with the fingerprint a newer Alertmanager would send match too.
    const withFp = JSON.parse(payload(AM1));
    withFp.alerts[0].fingerprint = first.opened[0].dedupKey;
    expect(ingest(withFp).updated[0]).toMatchObject({ ref: first.opened[0].ref, occurrences: 3 });
  });

  it('never duplicates an incident when notifications arrive at once', async () => {
    const input = JSON.stringify(am([alert('Concurrent')]));
    sb.run(['list']);
    const runs = await Promise.all(Array.from({ length: 4 }, () => sb.start(['ingest', '-', '-q'], { input })));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    expect(sb.query('SELECT id, occurrences FROM incidents')).toEqual([{ id: 1, occurrences: 4 }]);
  });

  it('turns a storm of 1,000 repeats into one incident, in one run', () => {
    const storm = am(Array.from({ length: 1000 }, () => alert('Flapping')));
    const r = ingest(storm);
    expect(r.opened).toHaveLength(1);
    expect(r.opened[0].occurrences).toBe(1000);
    expect(sb.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(1);
    expect(sb.query("SELECT count(*) AS n FROM events WHERE kind = 'repeated'")[0].n).toBe(999);
  });

  it('writes 1,000 distinct alerts in one transaction', () => {
    const many = am(Array.from({ length: 1000 }, (_, i) => alert(`Alert${i}`)));
    const r = sb.run(['ingest', '-', '-q'], { input: JSON.stringify(many) });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(1000);
    expect(sb.query('SELECT count(*) AS n FROM incidents')[0].n).toBe(1000);
  });
});

describe('Grafana', () => {
  it('reads the documented webhook body, by shape or by --format', () => {
    const r = ingest(payload(GRAFANA));
    expect(r.format).toBe('grafana');
    expect(r.opened.map((i: any) => [i.title, i.dedupKey, i.team, i.reporter])).toEqual([
      ['Mail queue over 500 on mail01', '3f1a9c0d2b7e4a61', 'infra', 'grafana'],
      ['fs02 の空き容量が 5% 未満', 'b80c6e25d94f1a07', 'infra', 'grafana'],
    ]);
    expect(r.opened[0].description).toContain('The outbound mail queue on mail01 has grown for 10 minutes');
    expect(r.opened[0].description).toContain('runbook_url: https://wiki.example.com/runbooks/mail-queue');
    const again = ingest(payload(GRAFANA), '--format', 'grafana');
    expect(again.updated.map((i: any) => i.occurrences)).toEqual([2, 2]);
  });

  it('resolves from a Grafana resolved notification with valueString', () => {
    const body = JSON.parse(payload(GRAFANA));
    ingest(body);
    body.status = 'resolved';
    body.alerts[0].status = 'resolved';
    body.alerts[0].endsAt = '2026-11-23T00:59:00Z';
    body.alerts[0].valueString = "[ var='B' labels={host=mail01} value=12 ]";
    const r = ingest(body);
    expect(r.resolved.map((i: any) => i.ref)).toEqual(['INC-1']);
    expect(r.updated.map((i: any) => i.ref)).toEqual(['INC-2']);
  });
});

describe('generic JSON', () => {
  it('takes one object, an array or JSON Lines, with severity, service and dedupKey', () => {
    let r = ingest({ title: 'メールサーバーのディスクが満杯', severity: 'critical', dedupKey: 'mail01-disk', service: 'メール', description: '/var 98%' });
    expect(r.format).toBe('generic');
    expect(r.opened[0]).toMatchObject({ title: 'メールサーバーのディスクが満杯', dedupKey: 'mail01-disk', service: 'メール', priority: 'P1', source: 'monitoring' });
    r = ingest([{ title: 'Printer offline', severity: 'warning', labels: { host: 'prn-3f' } }, { title: 'x', dedupKey: 'mail01-disk' }]);
    expect(r.opened[0]).toMatchObject({ title: 'Printer offline', priority: 'P3' });
    expect(r.updated[0]).toMatchObject({ dedupKey: 'mail01-disk', occurrences: 2 });
    r = ingest('{"dedupKey":"mail01-disk","status":"resolved","resolution":"ログを削除して空きを確保"}\n{"title":"Backup failed","severity":"Disaster","dedupKey":"backup"}\n');
    expect(r.resolved[0]).toMatchObject({ dedupKey: 'mail01-disk', resolution: 'ログを削除して空きを確保', resolutionCode: 'fixed' });
    expect(r.opened[0]).toMatchObject({ title: 'Backup failed', priority: 'P1' });
  });

  it('counts a repeated title from a script that sends no dedupKey', () => {
    ingest({ title: 'UPS on battery' }, '--format', 'generic');
    const r = ingest({ title: 'UPS on battery' });
    expect(r.updated[0]).toMatchObject({ ref: 'INC-1', occurrences: 2, priority: null });
  });
});

describe('label mapping from settings', () => {
  it('maps severities and labels to impact, urgency, team, service and assignee as configured', () => {
    ingest(am([alert('Warmup')]));
    setSetting('ingest.map.severity.critical', 'high/medium');
    setSetting('ingest.map.severity.warning', 'low/low');
    setSetting('ingest.map.namespace.payments', 'team=決済チーム, assignee=tanaka, service=決済API, category=application');
    const r = ingest(am([
      alert('PaymentsDown', 'firing', { labels: { alertname: 'PaymentsDown', namespace: 'payments', severity: 'critical' } }),
      alert('Slow', 'firing', { labels: { alertname: 'Slow', severity: 'warning' } }),
    ]));
    expect(r.opened[0]).toMatchObject({ impact: 'high', urgency: 'medium', priority: 'P2', team: '決済チーム', assignee: 'tanaka', service: '決済API', category: 'application' });
    expect(r.opened[1]).toMatchObject({ priority: 'P5' });
  });

  it('refuses a mapping setting it cannot read: exit 2, nothing written', () => {
    ingest(am([alert('Warmup')]));
    setSetting('ingest.map.severity.critical', 'very/bad');
    const before = snapshot();
    const r = sb.run(['ingest', '-'], { input: JSON.stringify(am([alert('New')])) });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('ingest.map.severity.critical');
    expect(snapshot()).toBe(before);
  });
});

describe('bad input is refused whole, with exit 2 and nothing written', () => {
  const good = JSON.stringify(am([alert('A'), alert('B')]));
  const cases: [string, string, string][] = [
    ['malformed JSON', '{"version": "4", "alerts": [', 'not valid JSON'],
    ['a truncated real payload', payload(AM19).slice(0, 4000), 'not valid JSON'],
    ['an empty payload', '  \n', 'empty'],
    ['an unknown shape', '{"event": "down", "host": "web01"}', 'unknown payload shape'],
    ['alerts that are not a list', '{"version": "4", "alerts": "many"}', 'unknown payload shape'],
    ['an alert with neither fingerprint nor labels among good ones', JSON.stringify(am([alert('C'), { annotations: { summary: 'who am I' } }])), 'alert 2'],
    ['an alert with a bad status', JSON.stringify(am([alert('C', 'exploded')])), 'firing or resolved'],
    ['an alert with a time that is not one', JSON.stringify(am([alert('C', 'firing', { startsAt: 'soon' })])), 'startsAt'],
    ['a generic alert without title', '{"dedupKey": "k", "severity": "critical"}', 'title'],
  ];

  it.each(cases)('%s', (_name, input, mention) => {
    ingest(good);
    const before = snapshot();
    const r = sb.run(['ingest', '-'], { input });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(mention);
    expect(r.stderr).toContain('nothing was written');
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.trim().split('\n').length).toBeLessThanOrEqual(2);
    expect(r.stdout).toBe('');
    expect(snapshot()).toBe(before);
  });

  it('refuses --format alertmanager for a body that is not one', () => {
    const r = sb.run(['ingest', '--format', 'alertmanager', '-'], { input: '{"title": "x"}' });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('alerts[] is missing');
  });

  it('says when the file cannot be read', () => {
    const r = sb.run(['ingest', join(sb.dir, 'missing.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('missing.json');
  });
});

describe('input and output', () => {
  it('reads a FILE, and stdin when piped with no FILE', () => {
    const file = join(sb.dir, 'alert.json');
    writeFileSync(file, payload(AM1));
    let r = sb.run(['ingest', file]);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toMatch(/^opened\tINC-1\tP3\topen\t1\tServer High Memory usage\t[0-9a-f]{16}$/);
    expect(r.stderr).toContain('1 alert (alertmanager): 1 opened, 0 updated, 0 resolved, 0 ignored');
    expect(r.stdout + r.stderr).not.toMatch(ANSI);
    r = sb.run(['ingest'], { input: payload(AM1) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('updated\tINC-1');
    r = sb.run(['ingest', '-q'], { input: payload(AM1) });
    expect(r.stdout).toBe('INC-1\n');
    expect(r.stderr).toBe('');
    r = sb.run(['ingest', file, '--format', 'csv']);
    expect(r.stdout.split('\r\n')[0]).toBe('action,ref,priority,status,occurrences,title,dedupKey');
    expect(r.stdout.split('\r\n')[1]).toMatch(/^updated,INC-1,P3,open,4,/);
  });

  it('on a terminal with no FILE, says how to use it instead of waiting', () => {
    const r = runTty(sb, ['ingest'], [{ expect: 'FILE' }]);
    expect(r.failed).toBeNull();
    expect(r.code).toBe(2);
    expect(r.output).toContain('incident ingest -');
  });

  it('prints Japanese messages with LANG=ja_JP.UTF-8', () => {
    const r = sb.run(['ingest', '-'], { input: '{"nope": 1}', env: { LANG: 'ja_JP.UTF-8' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('形式が分かりません');
  });
});
