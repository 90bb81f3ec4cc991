import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Sandbox } from '../helpers/cli.js';
import { KEY, runTty } from '../helpers/tty.js';

/**
 * What a Japanese-speaking IT operator sees in a working week (SPEC §6: messages, headings and help
 * in Japanese; data values as they are). Each case is a defect a user met, written down so it stays fixed.
 */
let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-12-07T00:30:00Z';
});
afterEach(() => sb.cleanup());

const JA = { LANG: 'ja_JP.UTF-8' };

describe('in Japanese', () => {
  it('report --help says durations print as Japanese in tables, as they do', () => {
    const r = sb.run(['report', '--help'], { env: JA });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('所要時間は表では "3時間12分"');
    expect(r.stdout).not.toContain('3h 12m');
  });

  it('problem list gives each problem\'s age in Japanese words, as reports do', () => {
    sb.run(['problem', 'open', 'VPN 装置の老朽化'], { env: JA });
    const later = { ...JA, INCIDENT_NOW: '2026-12-09T03:45:00Z', COLUMNS: '120' };
    const table = sb.run(['problem', 'list', '--format', 'table'], { env: later }).stdout;
    expect(table).toContain('経過');
    expect(table).toMatch(/│ 2日3時間 +│/);
    expect(table).not.toContain('2d 3h');
    // English stays short; csv/tsv carry seconds (2 days 3 h 15 min).
    expect(sb.run(['problem', 'list', '--format', 'table'], { env: { INCIDENT_NOW: '2026-12-09T03:45:00Z', COLUMNS: '120' } }).stdout).toMatch(/│ 2d 3h +│/);
    expect(sb.run(['problem', 'list', '--format', 'tsv'], { env: later }).stdout).toContain('\t184500\t');
  });

  it('show names the departments an escalation informed, in each language', () => {
    sb.run(['open', '本社 VPN 接続不可', '--impact', 'high', '--urgency', 'medium']);
    const r = sb.run(['escalate', '1', '--to', 'ベンダー', '--reason', '装置故障の疑い', '--notify', '営業部', '--notify', '総務部']);
    expect(r.code).toBe(0);
    const wide = { COLUMNS: '200' };
    expect(sb.run(['show', '1'], { env: { ...JA, ...wide } }).stdout).toContain('連絡先 営業部・総務部');
    expect(sb.run(['show', '1'], { env: wide }).stdout).toContain('notified 営業部, 総務部');
  });

  it('a report grouped by a field says so in Japanese words: 優先度別, 担当別', () => {
    sb.run(['open', 'メール不達', '--impact', 'high', '--urgency', 'high', '--assignee', '田中']);
    let r = sb.run(['report', 'sla', '--format', 'md'], { env: JA });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('# SLA 達成状況 · 最初 → 現在 · 優先度別');
    r = sb.run(['report', 'mttr', '--group-by', 'assignee', '--format', 'md'], { env: JA });
    expect(r.stdout.split('\n')[0]).toContain('· 担当別');
    expect(sb.run(['report', 'sla', '--group-by', 'team', '--format', 'md']).stdout.split('\n')[0]).toBe('# SLA compliance · the beginning → now · by team');
  });

  it('the backlog\'s age buckets read in Japanese in the summary; csv keeps the data values', () => {
    sb.run(['open', 'USB メモリ紛失', '--impact', 'medium', '--urgency', 'high']);
    const later = { INCIDENT_NOW: '2026-12-11T00:30:00Z' }; // four days on: 3 to 7 days old
    const md = sb.run(['report', 'summary', '--format', 'md'], { env: { ...JA, ...later } }).stdout;
    for (const bucket of ['1日未満', '1〜3日', '7〜30日', '30日以上']) expect(md).toContain(`| ${bucket} | 0 | 0 | 0 | 0 | 0 | 0 |`);
    expect(md).toContain('| 3〜7日 | 0 | 1 | 0 | 0 | 0 | 1 |');
    expect(md).not.toContain('3-7d');
    expect(sb.run(['report', 'summary', '--format', 'md'], { env: later }).stdout).toContain('| 3-7d | 0 | 1 | 0 | 0 | 0 | 1 |');
    expect(sb.run(['report', 'summary', '--format', 'csv'], { env: { ...JA, ...later } }).stdout).toContain('backlog,,3-7d,0,1,0,0,0,1');
  });

  it('a time refused in an error is said in local time, as typed (JST), not in UTC', () => {
    const jst = { ...JA, TZ: 'Asia/Tokyo' };
    sb.run(['open', 'メール不達'], { env: jst });
    let r = sb.run(['report', 'sla', '--since', '2026-12-10', '--until', '2026-12-01'], { env: jst });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('incident: --since(2026-12-10 00:00)は --until(2026-12-01 00:00)より前にしてください\n');
    r = sb.run(['open', '障害', '--detected-at', '2026-12-08 09:00'], { env: jst });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('("2026-12-08 09:00" は 2026-12-08 09:00)');
    expect(sb.scalar('SELECT count(*) FROM incidents')).toBe(1);
  });

  it('incidents with no assignee (category, …) are a group named in Japanese; JSON and CSV keep (none)', () => {
    sb.run(['open', 'VPN 接続不可', '--impact', 'high', '--urgency', 'medium', '--assignee', '高橋']);
    sb.run(['open', 'ライセンス期限切れ', '--impact', 'medium', '--urgency', 'low']);
    const md = sb.run(['report', 'workload', '--format', 'md'], { env: JA }).stdout;
    expect(md).toMatch(/^\| 高橋 \| 1 \|/m);
    expect(md).toMatch(/^\| \(未設定\) \| 1 \|/m);
    expect(md).not.toContain('(none)');
    const summary = sb.run(['report', 'summary', '--group-by', 'assignee', '--format', 'md'], { env: JA }).stdout;
    expect(summary).toContain('| 状態 | 高橋 | (未設定) | 計 |');
    expect(sb.run(['report', 'workload', '--format', 'md']).stdout).toMatch(/^\| \(none\) \| 1 \|/m);
    expect(sb.json(['report', 'workload'], { env: JA }).groups.map((g: { group: string }) => g.group)).toEqual(['高橋', '(none)']);
  });

  it('a category not in the list: the hint names the one setting to change', () => {
    sb.run(['config', 'set', 'categories', 'メール,ネットワーク,ハードウェア']);
    const r = sb.run(['open', 'PC が起動しない', '--category', 'ハード'], { env: JA });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('incident: --category "ハード" は一覧にありません。ハードウェア のことですか?\n一覧の設定: incident config set categories "…"\n');
    sb.run(['config', 'set', 'services', 'VPN,Exchange']);
    expect(sb.run(['open', 'x', '--service', 'Exchnge']).stderr).toContain('the list is set with: incident config set services "…"');
    expect(sb.scalar('SELECT count(*) FROM incidents')).toBe(0);
  });

  it('show counts down to a business-hours due time in natural Japanese', () => {
    // Monday 2026-12-07 09:30 JST; P3 answers in 4 working hours (Mon–Fri 09:00–18:00 Asia/Tokyo).
    sb.run(['open', '月次バッチの異常終了', '--impact', 'medium', '--urgency', 'medium']);
    const out = sb.run(['show', '1'], { env: { ...JA, TZ: 'Asia/Tokyo', INCIDENT_NOW: '2026-12-07T02:30:00Z' } }).stdout;
    expect(out).toMatch(/初動 SLA +期限 2026-12-07 13:30\(business の営業時間であと2時間\)/);
    expect(out).not.toContain('あとbusiness');
    expect(sb.run(['show', '1'], { env: { TZ: 'Asia/Tokyo', INCIDENT_NOW: '2026-12-07T02:30:00Z' } }).stdout).toMatch(/Response SLA +due 2026-12-07 13:30 \(in 2h of business hours\)/);
  });

  it('open\'s prompts on a terminal: the list\'s key help is Japanese too', () => {
    const r = runTty(sb, ['open'], [
      { expect: 'タイトル' },
      { send: 'ＶＰＮ 接続不可' + KEY.enter },
      { expect: '詳細' },
      { send: KEY.enter },
      { expect: '影響度' },
      { expect: '決定' },
      { send: KEY.enter },
      { expect: '緊急度' },
      { send: KEY.enter },
      { expect: 'カテゴリ' },
      { send: KEY.enter },
      { expect: 'を起票しました' },
    ], { LANG: 'ja_JP.UTF-8' });
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    expect(r.output).toContain('移動');
    expect(r.output).not.toContain('navigate');
    expect(sb.query('SELECT title, impact, urgency FROM incidents')).toEqual([{ title: 'ＶＰＮ 接続不可', impact: 'medium', urgency: 'medium' }]);
  });

  it('open on a terminal says the incident is opened before it says which known error it matches', () => {
    sb.run(['problem', 'open', '本社 VPN 接続不可']);
    sb.run(['problem', 'analyse', 'PRB-1']);
    expect(sb.run(['problem', 'known-error', 'PRB-1', '--root-cause', '電源ユニットの劣化', '--workaround', '代替機に交換']).code).toBe(0);
    const r = runTty(sb, ['open', 'VPN 接続不可', '--impact', 'low', '--urgency', 'low'], [
      { expect: 'を起票しました' },
      { expect: 'INC-1 は PRB-1.既知のエラー.に該当します' },
      { expect: '回避策: 代替機に交換' },
    ], { LANG: 'ja_JP.UTF-8' });
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
  });

  it('a major incident is flagged in Japanese in tables and show; tsv keeps [MAJOR] for scripts', () => {
    sb.run(['open', '全社メール停止', '--impact', 'high', '--urgency', 'high', '--major']);
    const wide = { ...JA, COLUMNS: '120' };
    expect(sb.run(['list', '--format', 'table'], { env: wide }).stdout).toMatch(/│ \[重大\] 全社メール停止 +│/);
    expect(sb.run(['list', '--format', 'md'], { env: wide }).stdout).toContain('| [重大] 全社メール停止 |');
    expect(sb.run(['show', '1'], { env: wide }).stdout.split('\n')[0]).toBe('INC-1  P1  open  重大インシデント');
    expect(sb.run(['list'], { env: wide }).stdout.split('\t')[3]).toBe('[MAJOR] 全社メール停止');
    expect(sb.run(['list', '--format', 'table'], { env: { COLUMNS: '120' } }).stdout).toContain('[MAJOR] 全社メール停止');
    expect(sb.run(['show', '1']).stdout.split('\n')[0]).toBe('INC-1  P1  open  MAJOR');
  });

  it('show writes the recovery ETA as the SLA lines: no space before the parenthesis in Japanese', () => {
    sb.run(['open', '本社 VPN 接続不可', '--impact', 'high', '--urgency', 'medium']);
    sb.run(['escalate', '1', '--to', 'ベンダー', '--reason', '装置故障', '--eta', '4h']);
    const out = sb.run(['show', '1'], { env: JA }).stdout;
    expect(out).toMatch(/復旧見込み +2026-12-07 04:30\(あと4時間\)/);
    expect(out).toMatch(/解消 SLA +期限 2026-12-07 08:30\(あと8時間\)/);
    expect(sb.run(['show', '1']).stdout).toMatch(/Recovery ETA +2026-12-07 04:30 \(in 4h\)/);
  });
});
