import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { labelsFingerprint } from '../../src/core/alerts/fingerprint.js';
import { detectFormat, parsePayload } from '../../src/core/alerts/parse.js';
import { mapAlert, mappingFrom } from '../../src/core/alerts/mapping.js';
import { AppError } from '../../src/core/errors.js';
import { classifyIncident, escalateIncident, holdIncident, openIncident, resolveIncident } from '../../src/app/incidents.js';
import { ingestPayload } from '../../src/app/ingest.js';
import { ingestSettingsFrom } from '../../src/app/ingest-config.js';
import { DEFAULT_SLA } from '../../src/core/sla.js';
import { Store } from '../../src/store/index.js';
import { sqliteDb } from '../helpers/sqlite.js';
import { fixture } from '../helpers/data.js';
import { refusal } from '../helpers/refusal.js';

const read = (name: string) => readFileSync(fixture(`alerts/${name}`), 'utf8');

const exit2 = (fn: () => unknown, key: string) => expect(refusal(fn, { exit: 2, input: key }).key).toBe(key);

describe('Alertmanager fingerprint (Prometheus labelSetToFingerprint)', () => {
  it('matches Prometheus own test values, empty set included', () => {
    expect(BigInt(`0x${labelsFingerprint({})}`)).toBe(14695981039346656037n);
    expect(BigInt(`0x${labelsFingerprint({ name: 'garland, briggs', fear: 'love is not enough' })}`)).toBe(5799056148416392346n);
    const triple = { 'first-label': 'first-label-value', 'second-label': 'second-label-value', 'third-label': 'third-label-value' };
    expect(BigInt(`0x${labelsFingerprint(triple)}`)).toBe(13843036195897128121n);
  });

  it('matches the fingerprint a real Alertmanager sent for these labels', () => {
    const labels = {
      alertname: 'Deployment',
      app_kubernetes_io_instance: 'eric-oss-common-base',
      app_kubernetes_io_managed_by: 'Helm',
      app_kubernetes_io_name: 'eric-pm-kube-state-metrics',
      app_kubernetes_io_version: '2.1.0_10',
      chart: 'eric-pm-kube-state-metrics-2.1.0_10',
      deployment: 'eric-log-transformer',
      instance: '192.168.69.53:8080',
      job: 'eric-pm-kube-state-metrics',
      kubernetes_name: 'eric-pm-kube-state-metrics',
      kubernetes_namespace: 'eric-eo-cm-ci406',
      namespace: 'eric-eo-cm-ci406',
      severity: 'Warning',
    };
    expect(labelsFingerprint(labels)).toBe('fbab788ec4c1018b');
  });

  it('is 16 hex digits and ignores the order labels come in', () => {
    const a = labelsFingerprint({ b: '2', a: '1', 'ä': 'x' });
    expect(a).toMatch(/^[0-9a-f]{16}$/);
    expect(labelsFingerprint({ 'ä': 'x', a: '1', b: '2' })).toBe(a);
    expect(labelsFingerprint({ a: '1', b: '3' })).not.toBe(labelsFingerprint({ a: '1', b: '2' }));
  });
});

describe('payload parsing', () => {
  it('tells the formats apart by shape', () => {
    expect(parsePayload(read('am_msteams_large_prom_post_request_19alerts.json')).format).toBe('alertmanager');
    expect(parsePayload(read('am_msteams_card_grafana_inspired_payload_3alerts.json')).format).toBe('alertmanager');
    expect(parsePayload(read('grafana-webhook.json')).format).toBe('grafana');
    expect(detectFormat({ title: 'x' })).toBe('generic');
    expect(detectFormat([{ title: 'x' }])).toBe('generic');
    expect(detectFormat({ foo: 1 })).toBeNull();
    expect(detectFormat([])).toBe('generic');
    expect(detectFormat([{ labels: { a: 'b' }, fingerprint: '0123456789abcdef', status: { state: 'active' } }])).toBe('alertmanager');
    expect(detectFormat('text')).toBeNull();
  });

  it('keeps a sent fingerprint and derives one from the labels when there is none', () => {
    const three = parsePayload(read('am_msteams_card_grafana_inspired_payload_3alerts.json'));
    expect(three.alerts.map((a) => a.dedupKey)).toEqual(['ff6a7a0f5f1c1309', '554664fa753a2b45', '911c76f0240f015b']);
    const old = parsePayload(read('am_msteams_prom_post_request.json')).alerts[0];
    expect(old.derivedKey).toBe(true);
    expect(old.dedupKey).toBe(
      labelsFingerprint({ alertname: 'high_memory_load', instance: 'instance-with-hyphen_and_underscore', job: 'docker_nodes', monitor: 'master', severity: 'warning' }),
    );
    expect(old.title).toBe('Server High Memory usage');
    expect(old.status).toBe('firing');
    // -05:00 offset and nanoseconds read as UTC milliseconds.
    expect(old.startsAt).toBe('2018-03-07T11:33:21.873Z');
    expect(old.endsAt).toBeNull();
  });

  it('titles an alert without summary by its name and instance', () => {
    const p = parsePayload(JSON.stringify({ version: '4', alerts: [{ labels: { alertname: 'NodeDown', instance: 'web01:9100' } }] }));
    expect(p.alerts[0].title).toBe('NodeDown (web01:9100)');
  });

  it('takes the group status when alerts carry none', () => {
    const p = parsePayload(JSON.stringify({ status: 'resolved', alerts: [{ labels: { alertname: 'A' } }] }));
    expect(p.alerts[0].status).toBe('resolved');
  });

  it("reads the alert list Alertmanager's API answers (GET /api/v2/alerts)", () => {
    const listed = [
      { labels: { alertname: 'A', instance: 'x' }, annotations: {}, fingerprint: 'aaaaaaaaaaaaaaaa', status: { state: 'active', silencedBy: [], inhibitedBy: [] }, startsAt: '2026-11-23T00:00:00.000Z', endsAt: '2026-11-23T00:10:00.000Z', receivers: [{ name: 'x' }] },
      { labels: { alertname: 'B' }, annotations: { summary: 'B is down' }, fingerprint: 'bbbbbbbbbbbbbbbb', status: { state: 'suppressed', silencedBy: ['s'], inhibitedBy: [] } },
    ];
    const p = parsePayload(JSON.stringify(listed));
    expect(p.format).toBe('alertmanager');
    expect(p.alerts.map((a) => [a.dedupKey, a.status, a.title])).toEqual([
      ['aaaaaaaaaaaaaaaa', 'firing', 'A (x)'],
      ['bbbbbbbbbbbbbbbb', 'firing', 'B is down'],
    ]);
    expect(parsePayload('[]').alerts).toEqual([]);
  });

  it('reads the generic format as an object, an array or JSON Lines', () => {
    const one = parsePayload('{"title":"Disk full","dedupKey":"mail01-disk","severity":"critical"}');
    expect(one).toMatchObject({ format: 'generic', alerts: [{ title: 'Disk full', dedupKey: 'mail01-disk', status: 'firing', fields: { severity: 'critical' } }] });
    const lines = parsePayload('{"title":"A","dedupKey":"a"}\n\n{"dedupKey":"b","status":"OK"}\n');
    expect(lines.alerts.map((a) => [a.dedupKey, a.status])).toEqual([['a', 'firing'], ['b', 'resolved']]);
    const same = parsePayload('[{"title":"Printer jam","service":"print"},{"title":"Printer jam","service":"print"}]');
    expect(same.alerts[0].dedupKey).toBe(same.alerts[1].dedupKey);
  });

  it('refuses a bad payload whole, saying what was wrong', () => {
    exit2(() => parsePayload(''), 'ingest.bad.empty');
    exit2(() => parsePayload('{"alerts": [{"labels": {"a": "b"}}'), 'ingest.bad.json');
    exit2(() => parsePayload(read('am_msteams_large_prom_post_request_19alerts.json').slice(0, 3000)), 'ingest.bad.json');
    exit2(() => parsePayload('{"hello": "world"}'), 'ingest.bad.shape');
    exit2(() => parsePayload('{"alerts": {}}'), 'ingest.bad.shape');
    exit2(() => parsePayload('{"alerts": [{"labels": {"a": "b"}}, {"annotations": {"summary": "x"}}]}'), 'ingest.bad.noIdentity');
    exit2(() => parsePayload('{"alerts": [{"labels": {"a": "b"}, "status": "burning"}]}'), 'ingest.bad.status');
    exit2(() => parsePayload('{"alerts": [{"labels": ["a"]}]}'), 'ingest.bad.map');
    exit2(() => parsePayload('{"alerts": [{"labels": {"a": "b"}, "startsAt": "yesterday"}]}'), 'ingest.bad.time');
    exit2(() => parsePayload('{"alerts": [42]}'), 'ingest.bad.notObject');
    exit2(() => parsePayload('{"dedupKey": "x"}'), 'ingest.bad.noTitle');
    exit2(() => parsePayload('{"title":"A"}\n{"title":'), 'ingest.bad.jsonLine');
    exit2(() => parsePayload('{"title": "x"}', 'alertmanager'), 'ingest.bad.notWebhook');
  });
});

describe('any input is read or refused with exit 2, never a crash', () => {
  const refusedOrRead = (text: string) => {
    try {
      parsePayload(text);
    } catch (e) {
      if (!(e instanceof AppError) || e.exitCode !== 2) throw e;
    }
  };
  it('holds for arbitrary text and arbitrary JSON', () => {
    fc.assert(fc.property(fc.string(), refusedOrRead), { numRuns: 300 });
    fc.assert(fc.property(fc.jsonValue(), (v) => refusedOrRead(JSON.stringify(v))), { numRuns: 300 });
  });
  it('holds for alert-shaped JSON with wrong types anywhere', () => {
    const anything = fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.dictionary(fc.string(), fc.oneof(fc.string(), fc.integer(), fc.constant(null))), fc.array(fc.string()));
    const alertish = fc.record(
      { status: anything, labels: anything, annotations: anything, fingerprint: anything, startsAt: anything, endsAt: anything, valueString: anything, values: anything, title: anything, dedupKey: anything },
      { requiredKeys: [] },
    );
    fc.assert(fc.property(fc.array(alertish, { maxLength: 5 }), anything, (alerts, status) => {
      refusedOrRead(JSON.stringify({ version: '4', status, alerts }));
      refusedOrRead(JSON.stringify(alerts));
      for (const a of alerts) refusedOrRead(JSON.stringify(a));
    }), { numRuns: 300 });
  });
});

describe('label mapping', () => {
  const alert = (labels: Record<string, string>, fields = {}) => ({ labels, fields });

  it('maps critical|warning|info by default, whatever the case', () => {
    const m = mappingFrom({});
    expect(mapAlert(alert({ severity: 'critical' }), m)).toMatchObject({ impact: 'high', urgency: 'high' });
    expect(mapAlert(alert({ severity: 'Warning' }), m)).toMatchObject({ impact: 'medium', urgency: 'medium' });
    expect(mapAlert(alert({ severity: 'INFO' }), m)).toMatchObject({ impact: 'low', urgency: 'low' });
    expect(mapAlert(alert({ severity: 'whatever' }), m)).not.toHaveProperty('impact');
  });

  it('lets settings replace a severity, add rules and rename labels', () => {
    const m = mappingFrom({
      'ingest.map.severity.critical': 'high/medium',
      'ingest.map.namespace.payments': 'team=payments, service=決済, category=application',
      'ingest.label.service': 'job',
    });
    const out = mapAlert(alert({ severity: 'critical', namespace: 'payments', job: 'api', team: 'ops' }), m);
    expect(out).toMatchObject({ impact: 'high', urgency: 'medium', team: 'payments', service: '決済', category: 'application' });
    expect(mapAlert(alert({ job: 'api', team: 'ops' }), m)).toMatchObject({ service: 'api', team: 'ops' });
  });

  it('takes impact and urgency labels over the severity, and ignores values that are not levels', () => {
    const m = mappingFrom({});
    expect(mapAlert(alert({ severity: 'critical', urgency: 'low' }), m)).toMatchObject({ impact: 'high', urgency: 'low' });
    expect(mapAlert(alert({ severity: 'critical', urgency: 'asap' }), m)).toMatchObject({ impact: 'high', urgency: 'high' });
  });

  it('refuses a setting it cannot read (exit 2)', () => {
    exit2(() => mappingFrom({ 'ingest.map.severity.critical': 'banana' }), 'ingest.badSetting');
    exit2(() => mappingFrom({ 'ingest.map.severity.critical': 'colour=red' }), 'ingest.badSetting');
    exit2(() => ingestSettingsFrom({ 'ingest.autoResolve': 'maybe' }), 'ingest.badSetting');
    expect(ingestSettingsFrom({ 'ingest.autoResolve': 'off' }).autoResolve).toBe(false);
    expect(ingestSettingsFrom({})).toMatchObject({ autoResolve: true, watchSeconds: 3 * 86400 });
    expect(ingestSettingsFrom({ 'resolve.monitor': '1d12h' }).watchSeconds).toBe(36 * 3600);
  });
});

describe('one transaction per payload', () => {
  const change = (store: Store) => ({ store, actor: 'monitoring', now: new Date('2026-11-23T01:00:00Z'), sla: DEFAULT_SLA });

  it('lifecycle operations nest inside an outer write as savepoints: a failure undoes them all', async () => {
    const store = await Store.open(':memory:');
    await expect(
      store.write(async () => {
        await openIncident(change(store), { title: 'first', dedupKey: 'k' });
        await openIncident(change(store), { title: 'again', dedupKey: 'k' });
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(await store.incidents.list({})).toHaveLength(0);
    expect(sqliteDb(store).prepare('SELECT count(*) FROM events').pluck().get()).toBe(0);
    await store.close();
  });

  it('counts a repeat on the incident its key opened in every state that still needs work (SPEC §4: open, classified, escalated, on hold), and a new one after resolve (docs/ingest.md)', async () => {
    const store = await Store.open(':memory:');
    const texts = { resolution: () => 'r', cleared: () => 'c' };
    const fire = () => ingestPayload(change(store), parsePayload(JSON.stringify({ version: '4', alerts: [{ labels: { alertname: 'DiskFull', instance: 'mail01' }, status: 'firing' }] })), texts);
    const id = (await fire()).opened[0].id;
    const moves = [
      () => classifyIncident(change(store), id, { impact: 'high', urgency: 'high' }),
      () => escalateIncident(change(store), id, { reason: 'vendor' }),
      () => holdIncident(change(store), id, 'waiting for the vendor'),
    ];
    for (const [n, move] of moves.entries()) {
      await move();
      const r = await fire();
      expect(r.opened).toEqual([]);
      expect(r.updated.map((i) => [i.id, i.occurrences])).toEqual([[id, n + 2]]);
    }
    expect((await store.incidents.get(id))!.status).toBe('on_hold');
    await resolveIncident(change(store), id, { resolution: 'disk cleaned', code: 'fixed', monitorSeconds: 3600 });
    const after = await fire();
    expect(after.opened.map((i) => i.id)).not.toContain(id);
    expect(after.opened).toHaveLength(1);
    expect(await store.incidents.list({})).toHaveLength(2);
    await store.close();
  });

  it('counts a storm of repeats on one incident', async () => {
    const store = await Store.open(':memory:');
    const alerts = Array.from({ length: 1000 }, () => ({ labels: { alertname: 'Storm', instance: 'a' }, status: 'firing' }));
    const texts = { resolution: () => 'r', cleared: () => 'c' };
    const r = await ingestPayload(change(store), parsePayload(JSON.stringify({ version: '4', alerts })), texts);
    expect(r.opened).toHaveLength(1);
    expect(r.opened[0].occurrences).toBe(1000);
    expect(await store.incidents.list({})).toHaveLength(1);
    await store.close();
  });
});
