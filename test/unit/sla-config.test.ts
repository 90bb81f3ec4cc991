import { describe, expect, it } from 'vitest';
import { Config, KEYS, compactDuration, findKey, isTemplateKey, parseValue, requireKey, templateRe } from '../../src/core/config.js';
import { findAttention, escalates } from '../../src/core/check.js';
import { applyEntryRules } from '../../src/core/rules.js';
import { closest } from '../../src/core/suggest.js';
import { matches, nextAttempt } from '../../src/app/notify.js';
import type { IncidentRecord } from '../../src/core/incident.js';
import { Store } from '../../src/store/index.js';
import { refusal } from '../helpers/refusal.js';

const set = (key: string, value: string) => parseValue(key, findKey(key)!, value);

describe('configuration values', () => {
  it('finds exact keys and family instances; no exact key is also an instance of a family', () => {
    const families = KEYS.filter(isTemplateKey);
    for (const spec of KEYS.filter((s) => !isTemplateKey(s))) {
      expect(findKey(spec.key)).toBe(spec);
      expect(families.filter((f) => templateRe(f).test(spec.key)).map((f) => f.key)).toEqual([]);
    }
    expect(findKey('notify.ops.url')?.key).toBe('notify.<name>.url');
    expect(findKey('escalation.level2.team')?.key).toBe('escalation.level<n>.team');
    expect(findKey('ingest.map.severity.critical')?.key).toBe('ingest.map.<label>.<value>');
    expect(findKey('notify.Ops.url')).toBeUndefined();
    expect(findKey('escalation.level0.to')).toBeUndefined();
    expect(findKey('sla.P6.response')).toBeUndefined();
  });

  it('stores durations, percentages, booleans and lists in one canonical form', () => {
    expect(set('sla.P1.response', '90 min')).toBe('1h30m');
    expect(set('sla.P5.resolve', 'none')).toBe('none');
    expect(set('check.warn', '75')).toBe('75%');
    expect(set('notify.ops.majorOnly', 'yes')).toBe('true');
    expect(set('categories', 'network、 mail,Network ,')).toBe('network,mail');
    expect(set('notify.ops.on', 'Breach, opened')).toBe('breach,opened');
    expect(set('notify.ops.priority', '<=P2')).toBe('P2');
    expect(set('tags.aliases', 'K8s=Kubernetes')).toBe('k8s=kubernetes');
    expect(compactDuration(86400 + 3600)).toBe('1d1h');
  });

  it('refuses what does not parse, naming the key', () => {
    for (const [k, v] of [
      ['resolve.monitor', 'none'],
      ['notify.timeout', '5m'],
      ['notify.ops.url', 'javascript:alert(1)'],
      ['notify.ops.on', ''],
      ['escalation.priority', 'any'],
      ['title.pattern', '*'],
    ]) {
      expect(refusal(() => set(k, v)).params.key, `${k}=${v}`).toBe(k);
    }
  });

  it('refuses a pattern RE2 cannot compile (backreferences, lookaround, JavaScript escapes), naming the key and why', () => {
    for (const [p, why] of [
      ['(a)\\1', 'invalid escape sequence'],
      ['(?=\\w+)\\w', 'unsupported Perl syntax'],
      ['(?<!a)b', 'invalid named capture'],
      ['\\u{1F600}+', 'invalid escape sequence'],
      ['a{1001}', 'invalid repeat count'],
      ['x'.repeat(1001), 'longer than 1000 characters'],
    ]) {
      const e = refusal(() => set('title.pattern', p));
      expect(e.key, p).toBe('config.bad.pattern');
      expect(e.params.key, p).toBe('title.pattern');
      expect(String(e.params.reason), p).toContain(why);
    }
  });

  it('keeps every pattern RE2 compiles, nested repetition and alternation included (RE2 matches in linear time)', () => {
    for (const p of ['(a+)+$', '(a|aa)+$', '(\\w+\\s?)*$', '(ab)+', 'a+b+', '^INC-\\d+', '[A-Z]{2,}-\\d+', '(?:foo|bar)+', '^\\[[A-Z]+\\] \\w', '(?i)^vpn', '\\x{1F600}+', '(\\p{L}x)+', '(?P<n>a)+', '(?<n>a)+']) {
      expect(set('title.pattern', p), p).toBe(p);
    }
  });

  it('matches titles with RE2 semantics, anywhere unless anchored', () => {
    const rules = { categories: [], services: [], titleMinLength: 1, tagAliases: {} };
    const title = (titlePattern: string, t: string) => applyEntryRules({ ...rules, titlePattern }, { title: t }).title;
    expect(title('(a|aa)+$', 'a'.repeat(40))).toBe('a'.repeat(40));
    expect(refusal(() => title('(a|aa)+$', `${'a'.repeat(40)}b`)).key).toBe('rules.titlePattern');
    expect(refusal(() => title('(a+)+$', `${'a'.repeat(5000)}b`)).key).toBe('rules.titlePattern');
    expect(title('VPN', 'the VPN is down')).toBe('the VPN is down');
    expect(title('^\\p{Han}', '障害: VPN')).toBe('障害: VPN');
    expect(refusal(() => title('^\\p{Han}', 'VPN 障害')).key).toBe('rules.titlePattern');
  });

  it('skips a stored pattern RE2 cannot compile, with a warning, instead of refusing every title', () => {
    const warnings: [string, Record<string, unknown>][] = [];
    const rules = { categories: [], services: [], titleMinLength: 1, tagAliases: {}, titlePattern: '(?=x)a' };
    expect(applyEntryRules(rules, { title: 'anything' }, (key, params) => warnings.push([key, params])).title).toBe('anything');
    expect(warnings).toHaveLength(1);
    expect(warnings[0][0]).toBe('rules.titlePatternUnusable');
    expect(warnings[0][1]).toMatchObject({ pattern: '(?=x)a' });
  });

  it('suggests the closest key, keeping the rule name the user typed', () => {
    expect(refusal(() => requireKey('sla.p1.response')).params.suggestion).toBe('sla.P1.response');
    expect(refusal(() => requireKey('notify.teams.comand')).params.suggestion).toBe('notify.teams.command');
    expect(refusal(() => requireKey('escalation.level2.too')).params.suggestion).toBe('escalation.level2.to');
    expect(requireKey('notify.on-call_2.url').spec.type).toBe('url');
  });

  it('never suggests a key that is not one, nor the key that was typed', () => {
    for (const typed of ['escalation.level0.to', 'escalation.level0.team', 'escalation.levelx.to', 'escalation.level10.to', 'notify.Ops.url', 'notify..url', 'ingest.label.owner', 'sla.P6.response']) {
      const e = refusal(() => requireKey(typed));
      const suggestion = e.params.suggestion as string | undefined;
      if (suggestion === undefined) {
        expect(e.key, typed).toBe('config.unknownKeyNoSuggestion');
        continue;
      }
      expect(findKey(suggestion), `${typed} → ${suggestion}`).toBeDefined();
      expect(suggestion, typed).not.toBe(typed);
    }
  });

  it('reads SLA targets, rules and the escalation policy', () => {
    const c = new Config({
      'sla.P1.response': '10m',
      'sla.P4.resolve': 'none',
      'notify.ops.url': 'https://h.example/x',
      'notify.ops.priority': 'P2',
      'notify.cli.command': 'logger',
      'notify.cli.on': 'breach',
      'escalation.level1.to': 'lead',
      'escalation.level2.team': 'managers',
    });
    expect(c.sla().P1).toEqual({ response: 600, resolve: 4 * 3600 });
    expect(c.sla().P4.resolve).toBeNull();
    expect(c.notifyRules().map((r) => [r.name, r.priority, r.on.length])).toEqual([['cli', null, 1], ['ops', 'P2', 5]]);
    expect(c.escalation()).toEqual({ priority: 'P4', maxLevel: 3, levels: { 1: { to: 'lead' }, 2: { team: 'managers' } } });
  });
});

describe('suggestions and entry rules', () => {
  it('finds what a person meant', () => {
    expect(closest('netwrok', ['network', 'mail'])).toBe('network');
    expect(closest('ＶＰＮ', ['VPN', 'Exchange'])).toBe('VPN');
    expect(closest('zzzzzzzz', ['VPN', 'Exchange'])).toBeUndefined();
  });

  const rules = { categories: ['network', 'mail'], services: [], titleMinLength: 3, titlePattern: null, tagAliases: { k8s: 'kubernetes' } };
  it('answers the canonical value, leaves free text free, refuses the unknown', () => {
    expect(applyEntryRules(rules, { title: 'abc', category: 'Network', service: 'anything', tags: ['k8s', 'kubernetes'] })).toEqual({
      title: 'abc',
      category: 'network',
      service: 'anything',
      tags: ['kubernetes'],
    });
    expect(refusal(() => applyEntryRules(rules, { category: 'mial' })).params.suggestion).toBe('mail');
    expect(refusal(() => applyEntryRules(rules, { title: 'ab' })).key).toBe('rules.titleTooShort');
  });
});

const incident = (over: Partial<IncidentRecord>): IncidentRecord =>
  ({
    id: 1, ref: 'INC-1', title: 't', status: 'open', priority: 'P1', major: false, escalationLevel: 0,
    openedAt: '2026-11-23T00:00:00.000Z', classifiedAt: null, responseDueAt: '2026-11-23T00:15:00.000Z',
    resolveDueAt: '2026-11-23T04:00:00.000Z', heldSeconds: 0, monitorUntil: null, ...over,
  }) as IncidentRecord;

describe('what check finds', () => {
  const now = (iso: string) => ({ now: new Date(iso), warn: 0.8, staleSeconds: 3 * 86400, lastActivity: new Map() });
  it('breach, warning, and nothing on hold', () => {
    expect(findAttention([incident({})], now('2026-11-23T00:10:00Z'))).toEqual([]);
    expect(findAttention([incident({})], now('2026-11-23T00:13:00Z')).map((f) => [f.kind, f.due])).toEqual([['warning', 'response']]);
    expect(findAttention([incident({})], now('2026-11-23T00:16:00Z')).map((f) => [f.kind, f.due])).toEqual([['breach', 'response']]);
    expect(findAttention([incident({ classifiedAt: '2026-11-23T00:05:00Z' })], now('2026-11-23T00:16:00Z'))).toEqual([]);
    expect(findAttention([incident({ status: 'on_hold' })], now('2026-11-23T05:00:00Z'))).toEqual([]);
  });
  it('warns by the share of the target used, leaving hold time out', () => {
    // 4h target pushed back by 1h of hold: at 3h10m of running time, 79% is used.
    const i = incident({ classifiedAt: '2026-11-23T00:01:00Z', heldSeconds: 3600, resolveDueAt: '2026-11-23T05:00:00.000Z' });
    expect(findAttention([i], now('2026-11-23T04:10:00Z'))).toEqual([]);
    expect(findAttention([i], now('2026-11-23T04:15:00Z')).map((f) => f.kind)).toEqual(['warning']);
  });
  it('stale and watch-ended', () => {
    const r = findAttention(
      [incident({ id: 2, priority: null, responseDueAt: null, resolveDueAt: null }), incident({ id: 3, status: 'resolved', monitorUntil: '2026-11-24T00:00:00.000Z' })],
      now('2026-11-26T00:00:00Z'),
    );
    expect(r.map((f) => [f.incident.id, f.kind])).toEqual([[2, 'stale'], [3, 'watch-ended']]);
  });
  it('escalates within the priority cap and the level limit; major always', () => {
    expect(escalates({ priority: 'P3', major: false, escalationLevel: 0 }, 'P2', 3)).toBe(false);
    expect(escalates({ priority: 'P3', major: true, escalationLevel: 0 }, 'P2', 3)).toBe(true);
    expect(escalates({ priority: 'P1', major: false, escalationLevel: 3 }, 'P2', 3)).toBe(false);
    expect(escalates({ priority: 'P1', major: false, escalationLevel: 0 }, null, 3)).toBe(false);
  });
});

describe('notification rules and the outbox', () => {
  it('matches events, priorities and major incidents', () => {
    const rule = { name: 'ops', url: 'x', command: null, on: ['opened' as const], priority: 'P2' as const, majorOnly: false };
    expect(matches(rule, 'opened', { priority: 'P2', major: false })).toBe(true);
    expect(matches(rule, 'opened', { priority: 'P3', major: false })).toBe(false);
    expect(matches(rule, 'opened', { priority: null, major: true })).toBe(true);
    expect(matches(rule, 'closed', { priority: 'P1', major: false })).toBe(false);
    expect(matches({ ...rule, priority: null, majorOnly: true }, 'opened', { priority: 'P1', major: false })).toBe(false);
  });
  it('backs off exponentially and gives up after the last try', () => {
    const now = new Date('2026-11-23T00:00:00Z');
    const o = { maxAttempts: 4, backoffSeconds: 60 };
    expect([1, 2, 3].map((n) => nextAttempt(now, n, o))).toEqual(['2026-11-23T00:01:00.000Z', '2026-11-23T00:02:00.000Z', '2026-11-23T00:04:00.000Z']);
    expect(nextAttempt(now, 4, o)).toBeNull();
  });
  it('lets one process claim a row at a time and never claims a delivered one', async () => {
    const store = await Store.open(':memory:');
    const id = await store.outbox.add({ incidentId: null, event: 'opened', rule: 'ops', targetKind: 'webhook', target: 'http://x', payload: {}, createdAt: 't0' });
    expect(await store.outbox.claim(id, 't1', 't5')).toBe(true);
    expect(await store.outbox.claim(id, 't2', 't6')).toBe(false);
    expect((await store.outbox.due('t9')).map((n) => n.id)).toEqual([id]); // lease ran out: a crashed sender's row comes back
    await store.outbox.delivered(id, 't3');
    expect(await store.outbox.claim(id, 't9', 'u')).toBe(false);
    expect(await store.outbox.due('t9')).toEqual([]);
  });
});
