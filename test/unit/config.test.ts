import { describe, expect, it } from 'vitest';
import { ALWAYS } from '../../src/core/calendar.js';
import { Config, compactDuration, findKey, formatSize, isRuleKey, parseOwnConfig, parseSize, parseValue, requireKey } from '../../src/core/config.js';
import { refusal as refused } from '../helpers/refusal.js';

// Expected values are worked out by hand from docs/configuration.md (SPEC §11).

/** What `config set KEY VALUE` stores. */
const set = (key: string, value: string) => parseValue(key, findKey(key)!, value);
/** The refusal `config set KEY VALUE` gives (exit 2): its message key and parameters. */
const refusal = (key: string, value: string) => {
  const r = refused(() => set(key, value), { exit: 2, input: `${key}=${JSON.stringify(value)}` });
  return { message: r.key, ...r.params };
};

describe('durations are stored as their shortest text', () => {
  it.each([
    [0, '0s'],
    [1, '1s'],
    [59, '59s'],
    [60, '1m'],
    [90, '1m30s'],
    [3600, '1h'],
    [3661, '1h1m1s'],
    [86400, '1d'],
    [86400 + 60, '1d1m'],
    [2 * 86400 + 3 * 3600, '2d3h'],
    [89.6, '1m30s'],
  ])('%s seconds reads %s', (seconds, text) => {
    expect(compactDuration(seconds)).toBe(text);
  });

  it.each([
    ['sla.P1.response', '90 min', '1h30m'],
    ['sla.P1.response', '2時間', '2h'],
    ['sla.P2.resolve', '１５ｍ', '15m'],
    ['resolve.monitor', '48h', '2d'],
    ['resolve.monitor', '1s', '1s'],
    ['notify.timeout', '1s', '1s'],
    ['notify.timeout', '60s', '1m'],
    ['notify.backoff', '1d', '1d'],
    ['check.stale', '36h', '1d12h'],
  ])('%s = %s is stored as %s', (key, value, stored) => {
    expect(set(key, value)).toBe(stored);
  });

  it.each(['none', 'NONE', 'off', '-', 'なし', 'ｎｏｎｅ', ' none '])('a target of %j is no target', (value) => {
    expect(set('sla.P5.resolve', value)).toBe('none');
  });

  it.each([
    ['resolve.monitor', 'none', 'config.bad.duration'],
    ['resolve.monitor', 'soon', 'config.bad.duration'],
    ['resolve.monitor', '0s', 'config.bad.duration'],
    ['notify.timeout', '61s', 'config.bad.duration'],
    ['notify.timeout', '0.4s', 'config.bad.duration'],
    ['notify.backoff', '1d1s', 'config.bad.duration'],
    ['sla.P1.response', 'soon', 'config.bad.durationOrNone'],
    // Parsed, but no target can be zero: said as a duration out of range.
    ['sla.P1.response', '0m', 'config.bad.duration'],
  ])('%s = %j is refused (%s), naming the key and the value typed', (key, value, message) => {
    expect(refusal(key, value)).toMatchObject({ message, key, value });
  });
});

describe('sizes', () => {
  it.each([
    ['20MiB', 20 * 1024 * 1024],
    ['512k', 512 * 1024],
    ['512KiB', 512 * 1024],
    ['10 KB', 10 * 1024],
    ['1.5MB', 1536 * 1024],
    ['2g', 2 * 1024 * 1024 * 1024],
    ['1GiB', 1024 * 1024 * 1024],
    ['300000', 300000],
    ['7b', 7],
    ['1.1k', 1126],
    ['1.25k', 1280],
    [' 64 ', 64],
  ])('%j is %d bytes', (text, bytes) => {
    expect(parseSize(text)).toBe(bytes);
  });

  it.each(['', 'MiB', 'lots', '5TB', '-1', '1.5.2', '1,5MB', 'x5', '5 MiB extra'])('%j is not a size', (text) => {
    expect(parseSize(text)).toBeUndefined();
  });

  it.each([
    [0, '0B'],
    [1, '1B'],
    [1023, '1023B'],
    [1024, '1KiB'],
    [1536, '1536B'],
    [1024 * 1024, '1MiB'],
    [1024 * 1024 + 1024, '1025KiB'],
    [20 * 1024 * 1024, '20MiB'],
    [1024 * 1024 * 1024, '1GiB'],
    [3 * 1024 * 1024 * 1024, '3GiB'],
  ])('%d bytes read %s', (bytes, text) => {
    expect(formatSize(bytes)).toBe(text);
  });

  it.each([
    ['512MiB', '512MiB'],
    ['0.5g', '512MiB'],
    ['1', '1B'],
    ['1.5MB', '1536KiB'],
    ['２０ＭｉＢ', '20MiB'],
  ])('attachment.maxSize = %s is stored as %s', (value, stored) => {
    expect(set('attachment.maxSize', value)).toBe(stored);
  });

  it.each(['0', '513MiB', '1g', 'big'])('attachment.maxSize = %s is refused, saying the largest there is', (value) => {
    expect(refusal('attachment.maxSize', value)).toMatchObject({ message: 'config.bad.size', value, max: '512MiB' });
  });
});

describe('percentages, whole numbers and yes/no', () => {
  it.each([
    ['80%', '80%'],
    ['75', '75%'],
    ['1', '1%'],
    ['100', '100%'],
    ['12.5 %', '12.5%'],
    ['12.25', '12.25%'],
    [' 90% ', '90%'],
    ['８０％', '80%'],
  ])('check.warn = %j is stored as %s', (value, stored) => {
    expect(set('check.warn', value)).toBe(stored);
  });

  it.each(['0', '0.5', '101', '1000', '80%%', 'most', '%', '-5'])('check.warn = %j is refused', (value) => {
    expect(refusal('check.warn', value)).toMatchObject({ message: 'config.bad.percent', value });
  });

  it.each([
    ['escalation.maxLevel', '1', '1'],
    ['escalation.maxLevel', ' 9 ', '9'],
    ['title.minLength', '300', '300'],
    ['notify.maxAttempts', '100', '100'],
    ['notify.maxAttempts', '０７', '7'],
  ])('%s = %j is stored as %s', (key, value, stored) => {
    expect(set(key, value)).toBe(stored);
  });

  it.each([
    ['escalation.maxLevel', '0', 1, 9],
    ['escalation.maxLevel', '10', 1, 9],
    ['escalation.maxLevel', '2.5', 1, 9],
    ['title.minLength', '301', 1, 300],
    ['notify.maxAttempts', 'many', 1, 100],
  ])('%s = %j is refused, saying the range %d to %d', (key, value, min, max) => {
    expect(refusal(key, value)).toMatchObject({ message: 'config.bad.integer', value, min, max });
  });

  it.each([
    ['true', 'true'],
    ['yes', 'true'],
    ['on', 'true'],
    ['1', 'true'],
    ['YES', 'true'],
    ['ｙｅｓ', 'true'],
    ['false', 'false'],
    ['no', 'false'],
    ['Off', 'false'],
    ['0', 'false'],
  ])('majorOnly = %j is stored as %s', (value, stored) => {
    expect(set('notify.ops.majorOnly', value)).toBe(stored);
  });

  it.each(['maybe', '', '2', 'y'])('majorOnly = %j is refused', (value) => {
    expect(refusal('notify.ops.majorOnly', value)).toMatchObject({ message: 'config.bad.boolean', value });
  });
});

describe('webhook URLs and commands', () => {
  it.each([
    ['https://hooks.example.com/services/T1/B2/xyz', 'https://hooks.example.com/services/T1/B2/xyz'],
    [' HTTP://Example.COM ', 'http://example.com/'],
  ])('%j is stored as %s', (value, stored) => {
    expect(set('notify.ops.url', value)).toBe(stored);
  });

  it('refuses other schemes and non-URLs, never echoing a secret', () => {
    expect(refusal('notify.ops.url', 'ftp://user:hunter2@files.example.com/drop')).toEqual({
      message: 'config.bad.url',
      key: 'notify.ops.url',
      value: 'ftp://files.example.com/…',
    });
    expect(refusal('notify.ops.url', 'javascript:alert(1)')).toMatchObject({ message: 'config.bad.url', value: 'javascript:alert(1)' });
    expect(refusal('notify.ops.url', 'hooks.example.com/x')).toMatchObject({ message: 'config.bad.url', value: 'hooks.example.com/x' });
    expect(refusal('notify.ops.url', 'not a url https://user:hunter2@x.example/')).toMatchObject({ message: 'config.bad.url', value: 'not a url https://x.example/…' });
  });

  it('keeps a command on one line as typed, and refuses one on two lines', () => {
    expect(set('notify.cli.command', '  logger -t incident  ')).toBe('logger -t incident');
    expect(refusal('notify.cli.command', 'logger\nrm -rf /')).toMatchObject({ message: 'config.bad.command', value: 'logger\nrm -rf /' });
  });

  it('keeps whom an escalation goes to as one line of text', () => {
    expect(set('escalation.level2.to', '  山田\t太郎 ')).toBe('山田 太郎');
    expect(refusal('escalation.level1.team', '   ')).toMatchObject({ message: 'error.emptyValue' });
    // A name, not a text: 200 characters at most.
    expect(set('escalation.level1.to', 'あ'.repeat(200))).toBe('あ'.repeat(200));
    expect(refusal('escalation.level1.to', 'あ'.repeat(201))).toMatchObject({ message: 'error.tooLong', max: 200 });
  });
});

describe('lists, aliases and patterns', () => {
  it.each([
    ['network, mail ,Network', 'network,mail'],
    ['ネットワーク、メール\nVPN', 'ネットワーク,メール,VPN'],
    [' , ,', ''],
    ['', ''],
    ['VPN,vpn,Vpn', 'VPN'],
    ['cafe\u0301,café', 'café'],
  ])('categories = %j is stored as %j', (value, stored) => {
    expect(set('categories', value)).toBe(stored);
  });

  it.each([
    ['K8s=Kubernetes', 'k8s=kubernetes'],
    ['k8s=kubernetes, AD=Active Directory', 'k8s=kubernetes,ad=active-directory'],
    ['', ''],
  ])('tags.aliases = %j is stored as %j', (value, stored) => {
    expect(set('tags.aliases', value)).toBe(stored);
  });

  it.each(['k8s', 'a=b=c', '=kubernetes', 'k8s=', 'k8s=kubernetes,ad'])('tags.aliases = %j is refused', (value) => {
    expect(refusal('tags.aliases', value)).toMatchObject({ message: 'config.bad.aliases', value });
  });

  it('keeps a title pattern as typed without the spaces around it; blank is no pattern', () => {
    expect(set('title.pattern', '  ^\\[[A-Z]+\\] ')).toBe('^\\[[A-Z]+\\]');
    expect(set('title.pattern', '   ')).toBe('');
    expect(set('title.pattern', '')).toBe('');
  });
});

describe('priority caps and events', () => {
  it.each([
    ['notify.ops.priority', 'any', 'any'],
    ['notify.ops.priority', 'ALL', 'any'],
    ['notify.ops.priority', '*', 'any'],
    ['notify.ops.priority', 'すべて', 'any'],
    ['notify.ops.priority', 'P2', 'P2'],
    ['notify.ops.priority', 'p3', 'P3'],
    ['notify.ops.priority', '<= P3', 'P3'],
    ['notify.ops.priority', '≤P1', 'P1'],
    ['notify.ops.priority', '=<P4', 'P4'],
    ['notify.ops.priority', 'Ｐ５', 'P5'],
    ['escalation.priority', 'none', 'none'],
    ['escalation.priority', 'OFF', 'none'],
    ['escalation.priority', '-', 'none'],
    ['escalation.priority', 'なし', 'none'],
    ['escalation.priority', '<=P2', 'P2'],
  ])('%s = %j is stored as %s', (key, value, stored) => {
    expect(set(key, value)).toBe(stored);
  });

  it.each([
    ['notify.ops.priority', 'none', 'config.bad.priorityOrAny'],
    ['notify.ops.priority', 'P6', 'config.bad.priorityOrAny'],
    ['notify.ops.priority', '>=P2', 'config.bad.priorityOrAny'],
    ['escalation.priority', 'any', 'config.bad.priorityOrNone'],
    ['escalation.priority', 'all', 'config.bad.priorityOrNone'],
    ['escalation.priority', 'urgent', 'config.bad.priorityOrNone'],
  ])('%s = %j is refused (%s)', (key, value, message) => {
    expect(refusal(key, value)).toMatchObject({ message, key, value });
  });

  it.each([
    ['all', 'all'],
    ['ANY', 'all'],
    ['*', 'all'],
    ['すべて', 'all'],
    ['Breach, opened', 'breach,opened'],
    ['opened、closed,OPENED', 'opened,closed'],
    ['escalated,resolved', 'escalated,resolved'],
  ])('notify.ops.on = %j is stored as %s', (value, stored) => {
    expect(set('notify.ops.on', value)).toBe(stored);
  });

  it('refuses an unknown event, naming the events there are and the closest one', () => {
    const choices = 'opened, escalated, breach, resolved, closed';
    expect(refusal('notify.ops.on', 'opened,resolvd')).toEqual({ message: 'config.bad.events', key: 'notify.ops.on', value: 'opened,resolvd', choices, suggestion: 'resolved' });
    expect(refusal('notify.ops.on', ' , ')).toEqual({ message: 'config.bad.events', key: 'notify.ops.on', value: ' , ', choices, suggestion: '' });
    expect(refusal('notify.ops.on', 'xyzzy')).toMatchObject({ message: 'config.bad.events', suggestion: '' });
  });
});

describe('alert mapping keys', () => {
  it.each([
    ['severity', 'severity'],
    ['Team_2', 'Team_2'],
    ['_x', '_x'],
    ['', ''],
    ['none', ''],
    ['なし', ''],
  ])('ingest.label.team = %j is stored as %j', (value, stored) => {
    expect(set('ingest.label.team', value)).toBe(stored);
  });

  it.each(['2team', 'team-x', 'team name', 'チーム'])('ingest.label.team = %j is refused', (value) => {
    expect(refusal('ingest.label.team', value)).toMatchObject({ message: 'config.bad.labelName', value });
  });

  it('keeps a mapping ingest can apply and refuses one it cannot', () => {
    expect(set('ingest.map.severity.critical', ' high/high, team=infra ')).toBe('high/high, team=infra');
    expect(refusal('ingest.map.severity.critical', 'very bad')).toMatchObject({ message: 'config.bad.alertRule', value: 'very bad' });
  });
});

describe('calendars', () => {
  it.each([
    ['sla.P4.calendar', 'Berlin', 'berlin'],
    ['sla.P1.calendar', 'always', 'always'],
    ['sla.P3.calendar', 'a'.repeat(40), 'a'.repeat(40)],
    ['sla.P3.calendar', 'team-2_x', 'team-2_x'],
    ['sla.unclassified.calendar', 'none', ''],
    ['sla.unclassified.calendar', '', ''],
    ['sla.unclassified.calendar', 'Business', 'business'],
  ])('%s = %j is stored as %j', (key, value, stored) => {
    expect(set(key, value)).toBe(stored);
  });

  it.each([
    ['sla.P3.calendar', 'a'.repeat(41)],
    ['sla.P3.calendar', '-x'],
    ['sla.P3.calendar', 'berlin team'],
    ['sla.P3.calendar', ''],
    ['sla.P3.calendar', '営業'],
  ])('%s = %j is refused', (key, value) => {
    expect(refusal(key, value)).toMatchObject({ message: 'config.bad.calendarName', value });
  });

  it.each([
    ['calendar.berlin.zone', 'Europe/Berlin', 'Europe/Berlin'],
    ['calendar.business.hours', 'mon-fri 09:00-12:00,13:00-18:00', 'mon-fri 09:00-12:00,13:00-18:00'],
    ['calendar.business.hours', '月-金 09:00-18:00; 土 10:00-14:00', 'mon-fri 09:00-18:00; sat 10:00-14:00'],
    ['calendar.berlin.holidays', 'JP', 'jp'],
    ['calendar.berlin.holidays', 'none', 'none'],
    ['calendar.berlin.holidays', 'off', 'none'],
    ['calendar.berlin.holidays', 'なし', 'none'],
    ['calendar.business.closed', '12/29-01/03 年末年始', '12/29-01/03 年末年始'],
    ['calendar.business.closed', '5/1 創立記念日; 2027-08-13..2027-08-16 夏季休業', '05/01 創立記念日, 2027-08-13..2027-08-16 夏季休業'],
    ['calendar.business.closed', 'none', 'none'],
    // A label keeps its full-width brackets.
    ['calendar.business.closed', '08/13-08/16 夏季休業（全社）', '08/13-08/16 夏季休業（全社）'],
  ])('%s = %j is stored as %j', (key, value, stored) => {
    expect(set(key, value)).toBe(stored);
  });

  it.each([
    ['calendar.berlin.zone', 'Mars/Olympus', 'config.bad.zone'],
    ['calendar.berlin.hours', 'whenever', 'config.bad.hours'],
    ['calendar.berlin.hours', '', 'config.bad.hours'],
    ['calendar.berlin.hours', 'mon ,', 'config.bad.hours'],
    ['calendar.berlin.holidays', 'us', 'config.bad.holidays'],
    ['calendar.berlin.closed', 'someday', 'config.bad.closed'],
    ['calendar.berlin.closed', '01/01-12/31 closed for good', 'config.bad.closed'],
  ])('%s = %j is refused (%s)', (key, value, message) => {
    expect(refusal(key, value)).toMatchObject({ message, key, value });
  });

  it.each(['zone', 'hours', 'holidays', 'closed'])('the built-in always calendar cannot be changed (calendar.always.%s)', (field) => {
    expect(refusal(`calendar.always.${field}`, 'none').message).toBe('calendar.reserved');
  });
});

describe('unknown keys', () => {
  it('takes a key typed in full-width or with spaces around it', () => {
    expect(requireKey(' ｓｌａ.P1.response ')).toEqual({ key: 'sla.P1.response', spec: findKey('sla.P1.response') });
    expect(requireKey('notify.ops.url').key).toBe('notify.ops.url');
    // The dots of a key are dots, not any character.
    expect(findKey('notify-ops-url')).toBeUndefined();
    expect(findKey('sla_P1_response')).toBeUndefined();
    // A family as the docs write it is not a key: its <name> is for the user to choose.
    expect(refused(() => requireKey('notify.<name>.url')).key).toBe('config.unknownKey');
  });

  it.each([
    ['sla.P1.respons', 'sla.P1.response'],
    ['categorie', 'categories'],
    ['notify.ops.urll', 'notify.ops.url'],
    ['notify.Ops.comand', 'notify.ops.command'],
    ['escalation.level2.too', 'escalation.level2.to'],
    ['escalation.level2.teem', 'escalation.level2.team'],
    // No rule name typed: one is shown in its place.
    ['notify..url', 'notify.x.url'],
    ['sla.P1.response.business', 'sla.P1.response'],
    ['calendar.berlin.zones', 'calendar.berlin.zone'],
  ])('%s: did you mean %s?', (typed, suggestion) => {
    const e = refused(() => requireKey(typed));
    expect(e.exit).toBe(2);
    expect(e.key).toBe('config.unknownKey');
    expect(e.params).toEqual({ key: typed, suggestion });
    expect(e.hintKey).toBe('config.unknownKeyHint');
  });

  it('suggests nothing when no key is close', () => {
    const e = refused(() => requireKey('zzzzzzzzzzzz'));
    expect(e.key).toBe('config.unknownKeyNoSuggestion');
    expect(e.params).toEqual({ key: 'zzzzzzzzzzzz' });
    expect(e.hintKey).toBe('config.unknownKeyHint');
  });
});

describe('the effective configuration', () => {
  it('answers what is set, else the default, else nothing', () => {
    const c = new Config({ 'check.warn': '90%', 'notify.ops.url': 'https://h.example/x' });
    expect(c.get('check.warn')).toBe('90%');
    expect(c.get('resolve.monitor')).toBe('3d');
    expect(c.get('notify.ops.on')).toBe('all');
    expect(c.get('notify.ops.command')).toBe('');
    expect(c.get('no.such.key')).toBe('');
  });

  it('reads durations, numbers, sizes, percentages and lists', () => {
    const c = new Config({ 'check.warn': '12.5%', categories: 'network,mail', 'sla.P2.resolve': 'none', 'attachment.maxSize': '1536KiB' });
    expect(c.duration('resolve.monitor')).toBe(3 * 86400);
    expect(c.duration('sla.P2.resolve')).toBeNull();
    expect(c.duration('sla.unclassified')).toBeNull();
    expect(c.integer('escalation.maxLevel')).toBe(3);
    expect(c.bytes('attachment.maxSize')).toBe(1536 * 1024);
    expect(new Config().bytes('attachment.maxSize')).toBe(20 * 1024 * 1024);
    expect(new Config({ 'attachment.maxSize': 'garbage' }).bytes('attachment.maxSize')).toBe(0);
    expect(c.fraction('check.warn')).toBe(0.125);
    expect(new Config().fraction('check.warn')).toBe(0.8);
    expect(c.list('categories')).toEqual(['network', 'mail']);
    expect(c.list('services')).toEqual([]);
  });

  it('has the SLA targets of docs/configuration.md by default, each priority in its calendar', () => {
    const sla = new Config().sla();
    const h = 3600;
    expect([sla.P1, sla.P2, sla.P3, sla.P4, sla.P5]).toEqual([
      { response: 15 * 60, resolve: 4 * h },
      { response: 30 * 60, resolve: 8 * h },
      { response: 4 * h, resolve: 3 * 24 * h },
      { response: 24 * h, resolve: 5 * 24 * h },
      { response: null, resolve: null },
    ]);
    // Unset: the unclassified target is P3's response target, counted in P3's calendar.
    expect(sla.unclassified).toBeUndefined();
    const cal = sla.calendars!;
    expect([cal.P1, cal.P2].map((c) => c?.always)).toEqual([true, true]);
    expect([cal.P3, cal.P4, cal.P5, cal.unclassified].map((c) => [c?.name, c?.always])).toEqual([
      ['business', false],
      ['business', false],
      ['business', false],
      ['business', false],
    ]);
  });

  it('counts the unclassified clock in its own calendar, else in P3s', () => {
    const own = new Config({ 'sla.unclassified': '2h', 'sla.unclassified.calendar': 'always', 'sla.P3.calendar': 'berlin', 'calendar.berlin.zone': 'Europe/Berlin' }).sla();
    expect(own.unclassified).toBe(2 * 3600);
    expect(own.calendars?.unclassified?.name).toBe('always');
    expect(own.calendars?.P3?.name).toBe('berlin');
    const p3s = new Config({ 'sla.P3.calendar': 'berlin', 'sla.unclassified': 'none' }).sla();
    expect(p3s.unclassified).toBeNull();
    expect(p3s.calendars?.unclassified?.name).toBe('berlin');
  });

  it('knows always, business and every calendar a key names', () => {
    expect(new Config().calendarNames()).toEqual(['always', 'business']);
    expect(new Config({ 'calendar.berlin.zone': 'Europe/Berlin', 'calendar.berlin.holidays': 'none', 'calendar.business.hours': 'mon-fri 10:00-17:00', 'categories': 'x', 'sla.P4.calendar': 'osaka' }).calendarNames()).toEqual(['always', 'business', 'berlin']);
  });

  it('makes a calendar from its keys, the defaults filling the rest', () => {
    const holiday = (date: string) => (date === '2027-05-03' ? '憲法記念日' : null);
    const offsets = () => [];
    const c = new Config({ 'calendar.berlin.zone': 'Europe/Berlin', 'calendar.berlin.holidays': 'none', 'calendar.berlin.closed': '12/24-12/26' });
    expect(c.calendar('always')).toBe(ALWAYS);
    const berlin = c.calendar('berlin', { japaneseHoliday: holiday, offsets });
    expect(berlin).toMatchObject({ name: 'berlin', always: false, zone: 'Europe/Berlin', closed: [{ kind: 'yearly', from: [12, 24], to: [12, 26], label: '' }] });
    expect(berlin.holiday('2027-05-03')).toBeNull();
    expect(berlin.offsets).toBe(offsets);
    // Monday to Friday 09:00-18:00, in minutes of the day; Sunday and Saturday closed.
    const nineToSix = [{ start: 540, end: 1080 }];
    expect(berlin.hours).toEqual([[], nineToSix, nineToSix, nineToSix, nineToSix, nineToSix, []]);
    // Made once: the same calendar the second time.
    expect(c.calendar('berlin')).toBe(berlin);

    const business = c.calendar('business', { japaneseHoliday: holiday });
    expect(business.zone).toBe('Asia/Tokyo');
    expect(business.holiday('2027-05-03')).toBe('憲法記念日');
    expect(business.closed).toEqual([{ kind: 'yearly', from: [12, 29], to: [1, 3], label: '年末年始' }]);
    // Without a holiday source, no day is a holiday; zone offsets come from the runtime (Berlin is
    // an hour ahead of UTC in winter, two in summer).
    const plain = new Config({ 'calendar.berlin.zone': 'Europe/Berlin', 'calendar.berlin.closed': 'garbage written by hand' });
    expect(plain.calendar('business').holiday('2027-05-03')).toBeNull();
    expect(plain.calendar('berlin').offsets('Europe/Berlin', [Date.UTC(2027, 0, 15), Date.UTC(2027, 6, 15)])).toEqual([60, 120]);
    // Closed days that no longer read close nothing.
    expect(plain.calendar('berlin').closed).toEqual([]);
  });

  it('reads the entry rules', () => {
    expect(new Config().entryRules()).toEqual({ categories: [], services: [], titleMinLength: 1, titlePattern: null, tagAliases: {} });
    const c = new Config({ categories: 'network,mail', services: 'VPN', 'title.minLength': '5', 'title.pattern': '^\\[', 'tags.aliases': 'k8s=kubernetes,ad=active-directory' });
    expect(c.entryRules()).toEqual({
      categories: ['network', 'mail'],
      services: ['VPN'],
      titleMinLength: 5,
      titlePattern: '^\\[',
      tagAliases: { k8s: 'kubernetes', ad: 'active-directory' },
    });
  });

  it('reads the escalation policy', () => {
    expect(new Config().escalation()).toEqual({ priority: 'P4', maxLevel: 3, levels: {} });
    const c = new Config({
      'escalation.priority': 'none',
      'escalation.maxLevel': '5',
      'escalation.level1.to': 'lead',
      'escalation.level1.team': 'ops',
      'escalation.level3.team': 'managers',
      'escalation.level10.to': 'nobody',
      'xescalation.level2.to': 'nobody',
      'escalation.level2.toX': 'nobody',
    });
    expect(c.escalation()).toEqual({ priority: null, maxLevel: 5, levels: { 1: { to: 'lead', team: 'ops' }, 3: { team: 'managers' } } });
  });

  it('reads the notification rules, by name', () => {
    const c = new Config({
      'notify.ops.url': 'https://h.example/x',
      'notify.ops.on': 'opened,breach',
      'notify.ops.priority': 'P2',
      'notify.ops.majorOnly': 'true',
      'notify.cli.command': 'logger',
      'notify.lonely.on': 'closed',
      'xnotify.bad.url': 'https://h.example/y',
      'notify.bad.urlx': 'https://h.example/z',
    });
    expect(c.notifyRules()).toEqual([
      { name: 'cli', url: null, command: 'logger', on: ['opened', 'escalated', 'breach', 'resolved', 'closed'], priority: null, majorOnly: false },
      { name: 'ops', url: 'https://h.example/x', command: null, on: ['opened', 'breach'], priority: 'P2', majorOnly: true },
    ]);
  });
});

describe("the user's own config file", () => {
  it.each([
    ['notify.ops.command', true],
    ['notify.ops.url', true],
    ['notify.ops.on', true],
    ['notify.ops.majorOnly', true],
    ['notify.timeout', false],
    ['notify.Ops.command', false],
    ['notify.ops.commands', false],
    ['sla.P1.response', false],
    ['xnotify.ops.command', false],
  ])('%s belongs in it: %s', (key, yes) => {
    expect(isRuleKey(key)).toBe(yes);
  });

  it('reads rules, skipping comments, blank lines, a byte-order mark and Windows line ends', () => {
    const text = '\uFEFF# my rules\r\n\r\nnotify.me.command = notify-send "incident"  \r\n  # indented comment\nnotify.me.on=Breach, opened\n ｎｏｔｉｆｙ.me.majorOnly = yes\n';
    expect(parseOwnConfig(text, '/home/u/.config/incident/config')).toEqual({
      'notify.me.command': 'notify-send "incident"',
      'notify.me.on': 'breach,opened',
      'notify.me.majorOnly': 'true',
    });
    expect(parseOwnConfig('', 'f')).toEqual({});
  });

  const fileError = (text: string) => {
    const e = refused(() => parseOwnConfig(text, '/cfg'));
    expect(e.exit).toBe(2);
    expect(e.hintKey).toBe('config.file.hint');
    return { message: e.key, ...e.params };
  };

  it('refuses a line that is not key = value, naming the file and the line', () => {
    expect(fileError('# rules\n\nnotify.me.command logger')).toEqual({ message: 'config.file.badLine', path: '/cfg', line: 3, text: 'notify.me.command logger' });
    expect(fileError('x = 1')).toEqual({ message: 'config.file.notRule', path: '/cfg', line: 1, key: 'x' });
    expect(fileError('= logger')).toEqual({ message: 'config.file.badLine', path: '/cfg', line: 1, text: '= logger' });
    expect(fileError(`${'x'.repeat(100)}`)).toMatchObject({ message: 'config.file.badLine', text: 'x'.repeat(80) });
  });

  it('refuses a key that is not a notification rule, and a bad value, naming the line', () => {
    expect(fileError('notify.me.on = all\nsla.P1.response = 5m')).toEqual({ message: 'config.file.notRule', path: '/cfg', line: 2, key: 'sla.P1.response' });
    expect(fileError(`notify.${'y'.repeat(100)}.on = all`)).toMatchObject({ message: 'config.file.notRule', line: 1, key: `notify.${'y'.repeat(73)}` });
    expect(fileError(' ｓｌａ.P1.response = 5m')).toMatchObject({ message: 'config.file.notRule', key: 'sla.P1.response' });
    expect(fileError('# x\nnotify.me.on = sometimes')).toEqual({ message: 'config.file.badValue', path: '/cfg', line: 2, key: 'notify.me.on' });
  });
});
