import { describe, expect, it } from 'vitest';
import { mapAlert, mappingFrom, parseRuleValue } from '../../src/core/alerts/mapping.js';
import { refusal } from '../helpers/refusal.js';

// How an alert's labels become incident fields (SPEC §9, docs/ingest.md "Label mapping").

const alert = (labels: Record<string, string>, fields: Record<string, string> = {}) => ({ labels, fields });
const defaults = mappingFrom({});

describe('the built-in severity table', () => {
  it.each([
    ['critical', 'high', 'high'], ['disaster', 'high', 'high'], ['page', 'high', 'high'],
    ['error', 'high', 'medium'], ['high', 'high', 'medium'],
    ['warning', 'medium', 'medium'], ['average', 'medium', 'medium'],
    ['minor', 'medium', 'low'], ['low', 'medium', 'low'],
    ['info', 'low', 'low'], ['information', 'low', 'low'],
    // Zabbix's own spelling, and any case or width
    ['Disaster', 'high', 'high'], ['High', 'high', 'medium'], ['Average', 'medium', 'medium'], ['Information', 'low', 'low'],
    ['CRITICAL', 'high', 'high'], ['ｃｒｉｔｉｃａｌ', 'high', 'high'], [' warning ', 'medium', 'medium'],
  ])('severity %j gives impact %s, urgency %s', (severity, impact, urgency) => {
    expect(mapAlert(alert({ severity }), defaults)).toEqual({ impact, urgency, severity });
  });

  it('leaves anything else, or no severity, for a person to classify', () => {
    expect(mapAlert(alert({ severity: 'none' }), defaults)).toEqual({ severity: 'none' });
    expect(mapAlert(alert({ alertname: 'DiskFull' }), defaults)).toEqual({ severity: null });
    expect(mapAlert(alert({}), defaults)).toEqual({ severity: null });
  });

  it('reads the severity label whatever the case of its name, and the generic severity field over it', () => {
    expect(mapAlert(alert({ Severity: 'critical' }), defaults)).toEqual({ impact: 'high', urgency: 'high', severity: 'critical' });
    expect(mapAlert(alert({ severity: 'info' }, { severity: 'critical' }), defaults)).toEqual({ impact: 'high', urgency: 'high', severity: 'critical' });
  });
});

describe('labels named like a field, and the generic format’s own fields', () => {
  it('sets service, category, team and assignee from labels of those names', () => {
    const out = mapAlert(alert({ service: 'メール', category: 'hardware', team: 'インフラ', assignee: 'tanaka', instance: 'mail01' }), defaults);
    expect(out).toEqual({ service: 'メール', category: 'hardware', team: 'インフラ', assignee: 'tanaka', severity: null });
  });

  it('takes impact and urgency labels over the severity, in any of the ways a level is written', () => {
    expect(mapAlert(alert({ severity: 'info', impact: 'High', urgency: '2' }), defaults)).toEqual({ impact: 'high', urgency: 'medium', severity: 'info' });
    expect(mapAlert(alert({ impact: '低', urgency: 'h' }), defaults)).toEqual({ impact: 'low', urgency: 'high', severity: null });
    expect(mapAlert(alert({ severity: 'critical', impact: 'huge', urgency: 'asap' }), defaults)).toEqual({ impact: 'high', urgency: 'high', severity: 'critical' });
  });

  it('lets the generic format’s own fields win over its labels', () => {
    const out = mapAlert(alert({ service: 'from-label', team: 'label-team', impact: 'low' }, { service: 'メール', impact: 'high', urgency: 'low' }), defaults);
    expect(out).toEqual({ service: 'メール', team: 'label-team', impact: 'high', urgency: 'low', severity: null });
  });

  it('skips blank values and cleans the others as it cleans any payload text', () => {
    expect(mapAlert(alert({ service: '   ', team: '' }), defaults)).toEqual({ severity: null });
    expect(mapAlert(alert({ service: ' mail\u0007server ' }), defaults)).toEqual({ service: 'mail server', severity: null });
    expect(mapAlert(alert({ team: 'x'.repeat(250) }), defaults).team).toBe(`${'x'.repeat(199)}…`);
  });
});

describe('settings: ingest.label.<field> and ingest.map.<label>.<value>', () => {
  it('reads a field from the label a setting names, and from none when it is empty', () => {
    const m = mappingFrom({ 'ingest.label.service': ' job ', 'ingest.label.team': '', 'ingest.label.category': '  ', 'ingest.label.assignee': 'Owner' });
    expect(mapAlert(alert({ job: 'api', service: 'ignored', team: 'ops', owner: 'sato' }), m)).toEqual({ service: 'api', assignee: 'sato', severity: null });
    expect(mapAlert(alert({ '': 'ops' }), m)).toEqual({ severity: null });
  });

  it.each([
    ['impact', { level: 'low' }, { impact: 'low' }],
    ['urgency', { level: 'low' }, { urgency: 'low' }],
    ['category', { level: 'network' }, { category: 'network' }],
    ['team', { level: 'network' }, { team: 'network' }],
  ])('ingest.label.%s renames the label that field reads', (field, labels, expected) => {
    expect(mapAlert(alert({ ...labels, [field]: 'medium' }), mappingFrom({ [`ingest.label.${field}`]: 'level' }))).toEqual({ ...expected, severity: null });
  });

  it('reads the severity from another label, with the built-in table and rules for it', () => {
    const m = mappingFrom({ 'ingest.label.severity': 'priority', 'ingest.map.severity.p1': 'high/high' });
    expect(mapAlert(alert({ priority: 'P1', severity: 'info' }), m)).toEqual({ impact: 'high', urgency: 'high', severity: 'P1' });
    expect(mapAlert(alert({ priority: 'warning' }), m)).toEqual({ impact: 'medium', urgency: 'medium', severity: 'warning' });
    expect(mapAlert(alert({ severity: 'critical' }), m)).toEqual({ severity: null });
  });

  it('replaces a built-in severity, whatever the case of the setting, and keeps the others', () => {
    const m = mappingFrom({ 'ingest.map.severity.Warning': 'low/medium', 'ingest.map.severity.page': 'team=oncall' });
    expect(mapAlert(alert({ severity: 'warning' }), m)).toEqual({ impact: 'low', urgency: 'medium', severity: 'warning' });
    expect(mapAlert(alert({ severity: 'page' }), m)).toEqual({ team: 'oncall', severity: 'page' });
    expect(mapAlert(alert({ severity: 'critical' }), m)).toEqual({ impact: 'high', urgency: 'high', severity: 'critical' });
    expect(mapAlert(alert({ severity: 'sev1' }), mappingFrom({ 'ingest.map.severity.SEV1': 'high/high' }))).toEqual({ impact: 'high', urgency: 'high', severity: 'sev1' });
  });

  it('applies rules on other labels last: over labels named like a field and over the severity', () => {
    const m = mappingFrom({ 'ingest.map.alertname.VPNDown': 'high/high, team=network, assignee=tanaka' });
    expect(mapAlert(alert({ alertname: 'vpndown', severity: 'info', team: 'ops', urgency: 'low' }), m)).toEqual({
      impact: 'high', urgency: 'high', team: 'network', assignee: 'tanaka', severity: 'info',
    });
    expect(mapAlert(alert({ alertname: 'DiskFull', team: 'ops' }), m)).toEqual({ team: 'ops', severity: null });
    expect(mapAlert(alert({ team: 'ops' }), m)).toEqual({ team: 'ops', severity: null });
  });

  it('applies rules on other labels in order of label name, so the later name wins', () => {
    const m = mappingFrom({ 'ingest.map.namespace.payments': 'team=決済チーム', 'ingest.map.alertname.VPNDown': 'team=network, service=VPN' });
    expect(mapAlert(alert({ alertname: 'VPNDown', namespace: 'payments' }), m)).toEqual({ team: '決済チーム', service: 'VPN', severity: null });
    const z = mappingFrom({ 'ingest.map.zone.tokyo': 'team=tokyo-ops', 'ingest.map.app.mail': 'team=mail' });
    expect(mapAlert(alert({ zone: 'Tokyo', app: 'mail' }), z)).toEqual({ team: 'tokyo-ops', severity: null });
  });

  it('matches a rule whose value holds dots, and ignores settings that are not rules', () => {
    const m = mappingFrom({ 'ingest.map.instance.db01.example.com': 'service=DB', 'ingest.autoResolve': 'off', 'ingest.map.severity': 'banana', 'other.map.x.y': 'banana', 'my.ingest.map.team.dba': 'banana' });
    expect(mapAlert(alert({ instance: 'DB01.example.com' }), m)).toEqual({ service: 'DB', severity: null });
  });

  it('refuses a rule it cannot read, naming the setting', () => {
    expect(refusal(() => mappingFrom({ 'ingest.map.team.dba': 'urgent' }))).toMatchObject({
      exit: 2,
      message: 'setting ingest.map.team.dba = "urgent" cannot be read',
      hint: 'write it as impact/urgency (high/high) or field=value pairs (team=network, service=VPN); a switch is on or off',
    });
  });
});

describe('a rule’s value', () => {
  it.each([
    ['high/high', { impact: 'high', urgency: 'high' }],
    ['low / medium', { impact: 'low', urgency: 'medium' }],
    ['1/3', { impact: 'high', urgency: 'low' }],
    ['高/中', { impact: 'high', urgency: 'medium' }],
    ['team=network, service=VPN', { team: 'network', service: 'VPN' }],
    ['high/medium, team=dba', { impact: 'high', urgency: 'medium', team: 'dba' }],
    ['Team = 決済チーム , Service=決済API,category=application', { team: '決済チーム', service: '決済API', category: 'application' }],
    ['assignee=tanaka,', { assignee: 'tanaka' }],
    ['impact=low, urgency=High', { impact: 'low', urgency: 'high' }],
    ['service=a=b', { service: 'a=b' }],
    [`team=${'t'.repeat(250)}`, { team: `${'t'.repeat(199)}…` }],
  ])('%j sets %j', (text, set) => {
    expect(parseRuleValue(text, 'ingest.map.x.y')).toEqual(set);
  });

  it.each(['banana', 'high', 'high/high/high', '/high', 'high/', 'huge/high', 'high/soon', 'colour=red', 'team=', '=dba', 'impact=huge', 'team=dba, impact=huge', 'urgency=now', '', ' , '])(
    '%j is refused',
    (text) => {
      expect(refusal(() => parseRuleValue(text, 'ingest.map.severity.critical'), { exit: 2 }).message).toBe(`setting ingest.map.severity.critical = "${text}" cannot be read`);
    },
  );
});
