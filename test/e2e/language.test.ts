import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../helpers/cli.js';

/** Messages in English or Japanese, by --lang, else LC_ALL / LANG (SPEC §6). Data stays English. */
let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

const JA = { LANG: 'ja_JP.UTF-8' };

describe('choosing the language', () => {
  it('speaks Japanese when LANG is Japanese, English otherwise', () => {
    expect(sb.run(['open', 'VPN 障害'], { env: JA }).stdout).toContain('INC-1 を起票しました');
    expect(sb.run(['open', 'VPN 障害']).stdout).toContain('opened INC-2');
  });

  it('--lang wins over the environment, and LC_ALL over LANG', () => {
    expect(sb.run(['open', 'x', '--lang', 'en'], { env: JA }).stdout).toContain('opened INC-1');
    expect(sb.run(['open', 'x', '--lang=ja']).stdout).toContain('を起票しました');
    expect(sb.run(['open', 'x'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'ja_JP.UTF-8' } }).stdout).toContain('を起票しました');
  });

  it('refuses a language it does not have, exit 2', () => {
    const r = sb.run(['list', '--lang', 'fr']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('en, ja');
  });
});

describe('in Japanese', () => {
  it('errors, hints and usage errors from the parser are Japanese', () => {
    // `show` only reads: a database must be there for "not found" (a missing one is exit 5).
    sb.run(['open', 'first']);
    let r = sb.run(['show', 'INC-9'], { env: JA });
    expect(r.code).toBe(3);
    expect(r.stderr).toContain('INC-9 は見つかりません');
    r = sb.run(['opne'], { env: JA });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('"opne" というコマンドはありません');
    r = sb.run(['open', 'x', '--impact', 'huge'], { env: JA });
    expect(r.stderr).toContain('--impact には high・medium・low');
    r = sb.run(['resolve', '1'], { env: JA });
    expect(r.stderr).toContain('--resolution を指定してください');
  });

  it('table headings are Japanese; data values and JSON stay English', () => {
    sb.run(['open', 'メール遅延', '--impact', '高', '--urgency', '中']);
    const table = sb.run(['list', '--format', 'table'], { env: JA }).stdout;
    expect(table).toContain('タイトル');
    expect(table).toContain('open');
    const json = sb.json(['show', '1'], { env: JA });
    expect(json).toMatchObject({ status: 'open', impact: 'high', urgency: 'medium', priority: 'P2' });
    expect(sb.run(['list'], { env: JA }).stdout.split('\t').slice(1, 3)).toEqual(['P2', 'open']);
  });

  it('show counts down to the due time in words of each language', () => {
    sb.run(['open', 'VPN 障害', '--impact', 'high', '--urgency', 'high']);
    sb.run(['classify', '1']);
    const later = { INCIDENT_NOW: '2026-11-23T01:48:00Z' };
    expect(sb.run(['show', '1'], { env: later }).stdout).toMatch(/Resolution SLA +due 2026-11-23 05:00 \(in 3h 12m\)/);
    expect(sb.run(['show', '1'], { env: { ...JA, ...later } }).stdout).toContain('(あと3時間12分)');
    const overdue = { INCIDENT_NOW: '2026-11-23T08:12:00Z' };
    expect(sb.run(['show', '1'], { env: { ...JA, ...overdue } }).stdout).toContain('3時間12分超過(期限 2026-11-23 05:00)');
  });

  it('help is Japanese', () => {
    const r = sb.run(['resolve', '--help'], { env: JA });
    expect(r.stdout).toContain('使い方: incident resolve');
    expect(r.stdout).toContain('サービスの復旧と対応内容を記録する');
    expect(r.stdout).toContain('例:');
  });
});
