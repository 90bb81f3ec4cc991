import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import stringWidth from 'string-width';
import { spawnSync } from 'node:child_process';
import { ANSI, BIN, onPg, Sandbox } from '../helpers/cli.js';
import { runTty } from '../helpers/tty.js';

/** How the CLI behaves in real terminals: width, colour, pager, and the no-argument overview. */
let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

const open = (...args: string[]) => sb.run(['open', ...args, '-q']).stdout.trim();
// What the terminal showed, without colour and cursor codes.
const plain = (s: string) => s.replace(/\u001b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');

function seed() {
  open('VPN に接続できない(在宅勤務者の大半が朝から接続不可、証明書エラー)', '--impact', 'high', '--urgency', 'high', '--assignee', '田中太郎', '--team', 'インフラ', '--category', 'network');
  open('Printer on 3F prints blank pages since the driver update last night', '--assignee', 'suzuki', '--category', 'printer');
  open('メールの送信が遅延している', '--impact', 'medium', '--urgency', 'medium', '--team', 'メール');
}

describe('narrow terminals', () => {
  it.each([
    ['en', 60, 'C'],
    ['ja', 60, 'ja_JP.UTF-8'],
    ['en', 40, 'C'],
    ['ja', 40, 'ja_JP.UTF-8'],
  ])('%s at %i columns: every line fits, ref, priority and title stay, text is cut with …', (_lang, cols, LANG) => {
    seed();
    const r = sb.run(['list', '--format', 'table'], { env: { COLUMNS: String(cols), LANG } });
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => stringWidth(l)).filter((w) => w > cols)).toEqual([]);
    for (const ref of ['INC-1', 'INC-2', 'INC-3']) expect(r.stdout).toContain(ref);
    expect(r.stdout).toContain('P1');
    expect(r.stdout).toContain('VPN');
    expect(r.stdout).toContain('…');
    // Dropped columns go whole: no heading of theirs is left behind.
    expect(r.stdout).not.toContain(LANG === 'C' ? 'Opened' : '起票');
  });

  it('keeps more columns when there is room', () => {
    seed();
    const wide = sb.run(['list', '--format', 'table'], { env: { COLUMNS: '200' } }).stdout;
    expect(wide).toContain('Assignee');
    expect(wide).toContain('田中太郎');
    expect(wide).toContain('証明書エラー');
  });
});

describe('colour in a terminal', () => {
  const list = (env: Record<string, string> = {}, args: string[] = []) =>
    runTty(sb, ['list', ...args], [], { PAGER: 'cat', ...env }).output;

  it('is on by default and off with NO_COLOR, TERM=dumb or --no-color', () => {
    seed();
    expect(list()).toMatch(ANSI);
    expect(list({ NO_COLOR: '1' })).not.toMatch(ANSI);
    expect(list({ TERM: 'dumb' })).not.toMatch(ANSI);
    expect(list({}, ['--no-color'])).not.toMatch(ANSI);
    // FORCE_COLOR wins over NO_COLOR.
    expect(list({ NO_COLOR: '1', FORCE_COLOR: '1' })).toMatch(ANSI);
  });

  it('errors and hints carry no escape codes when colour is off', () => {
    // `show` only reads: a database must be there for "not found" (a missing one is exit 5).
    sb.run(['open', 'first']);
    const r = runTty(sb, ['show', 'INC-9'], [], { NO_COLOR: '1' });
    expect(r.code).toBe(3);
    expect(r.output).not.toMatch(ANSI);
  });
});

describe('$PAGER for long lists', () => {
  // A pager that marks every line it shows.
  const PAGER = "sed 's/^/PAGED /'";
  // Twelve incidents, made once and copied into each test's sandbox.
  let template: Sandbox;
  beforeAll(() => {
    template = new Sandbox();
    template.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
    for (let i = 1; i <= 12; i++) template.run(['open', `障害 ${i}`, '-q']);
  });
  afterAll(() => template.cleanup());
  const many = (n: number) => {
    if (n === 12) return sb.copyDatabaseFrom(template);
    for (let i = 1; i <= n; i++) open(`障害 ${i}`);
  };

  it('pages a list that does not fit the terminal', () => {
    many(12);
    const r = runTty(sb, ['list'], [], { PAGER, LINES: '10' });
    expect(r.code).toBe(0);
    expect(plain(r.output)).toMatch(/^PAGED .*INC-12/m);
  });

  it('writes a list that fits straight to the terminal', () => {
    many(2);
    const r = runTty(sb, ['list'], [], { PAGER, LINES: '40' });
    expect(plain(r.output)).toContain('INC-2');
    expect(r.output).not.toContain('PAGED');
  });

  it('never pages when piped, and not when PAGER is empty or cat', () => {
    many(12);
    expect(sb.run(['list'], { env: { PAGER, LINES: '5' } }).stdout).not.toContain('PAGED');
    expect(runTty(sb, ['list'], [], { PAGER: '', LINES: '5' }).output).not.toContain('PAGED');
    expect(runTty(sb, ['list'], [], { PAGER: 'cat', LINES: '5' }).output).not.toContain('PAGED');
  });

  it('INCIDENT_PAGER wins over PAGER', () => {
    many(12);
    const r = runTty(sb, ['list'], [], { PAGER: 'false', INCIDENT_PAGER: PAGER, LINES: '10' });
    expect(r.output).toContain('PAGED');
  });

  it('falls back to plain output when the pager does not exist', () => {
    many(12);
    const r = runTty(sb, ['list'], [], { PAGER: 'no-such-pager-here', LINES: '10' });
    expect(r.code).toBe(0);
    expect(plain(r.output)).toContain('INC-12');
  });
});

describe('incident with no arguments', () => {
  it('on a terminal with no database yet: how to start, and nothing is created', () => {
    const r = runTty(sb, [], []);
    expect(r.code).toBe(0);
    expect(plain(r.output)).toContain('No incidents recorded yet');
    expect(plain(r.output)).toContain('incident open');
    // On PostgreSQL the database exists but stays empty: no tables made.
    if (onPg) expect(sb.scalar("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'")).toBe(0);
    else expect(existsSync(sb.db)).toBe(false);
  });

  it('on a terminal: what is open for me and how much is overdue', () => {
    open('VPN 障害', '--impact', 'high', '--urgency', 'high', '--assignee', 'tester');
    open('プリンタ', '--assignee', 'tester');
    open('誰かの件', '--assignee', 'someone');
    open('未割当');
    // Two hours later the P1 is past its 15-minute response target.
    const env = { INCIDENT_NOW: '2026-11-23T03:00:00Z' };
    const out = plain(runTty(sb, [], [], env).output);
    expect(out).toContain('Assigned to you (tester): 2 open, 1 overdue');
    expect(out).toContain('All open: 4 (1 overdue, 1 unassigned)');
    expect(out).toContain('INC-1');
    expect(out).toContain('INC-2');
    expect(out).not.toContain('INC-3');
    expect(out).toMatch(/overdue by 1h 45m/);
    const ja = plain(runTty(sb, [], [], { ...env, LANG: 'ja_JP.UTF-8' }).output);
    expect(ja).toContain('あなた(tester)の担当: 未解決 2 件、うち期限超過 1 件');
    expect(ja).toContain('1時間45分超過');
  });

  it('says when nothing is open', () => {
    open('x');
    sb.run(['cancel', '1', '--reason', 'false alarm']);
    expect(plain(runTty(sb, [], []).output)).toContain('Nothing is open');
  });

  it('piped: the plain help on stdout, exit 0', () => {
    const r = sb.run([]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: incident/);
    expect(r.stdout).not.toMatch(ANSI);
  });

  it('stops quietly when the reader of a pipe goes away (| head)', () => {
    const r = spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" --help | head -1`], { env: sb.env, encoding: 'utf8' });
    expect(r.stdout).toMatch(/^Usage: incident/);
    expect(r.stderr).toBe('');
  });

  it("runs from cron with every stream on /dev/null (`< /dev/null > /dev/null 2>&1`)", () => {
    const sh = (cmd: string) => spawnSync('bash', ['-c', `"${process.execPath}" "${BIN}" ${cmd} </dev/null >/dev/null 2>&1; echo "exit $?"`], { env: sb.env, encoding: 'utf8' });
    expect(sh('open "cron probe" --impact 3 --urgency 3').stdout).toBe('exit 0\n');
    expect(sb.query('SELECT title FROM incidents')).toEqual([{ title: 'cron probe' }]);
    // A missing value still never waits on stdin: exit 2, as without a terminal.
    expect(sh('open').stdout).toBe('exit 2\n');
    expect(sh('list').stdout).toBe('exit 0\n');
  });

  it('an unknown word is still an unknown command', () => {
    const r = sb.run(['opne']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('unknown command "opne"');
  });

  it('help for an unknown command, and a command group without its subcommand, are usage errors (exit 2)', () => {
    const help = sb.run(['help', 'opne']);
    expect(help.code).toBe(2);
    expect(help.stdout).toBe('');
    expect(help.stderr.trimEnd().split('\n').at(-1)).toBe('incident: unknown command "opne"');
    const group = sb.run(['kb']);
    expect(group.code).toBe(2);
    expect(group.stdout).toBe('');
    expect(group.stderr).toMatch(/^Usage: incident kb /);
    // Help asked for is not an error: on stdout, exit 0.
    expect(sb.run(['help', 'list'])).toMatchObject({ code: 0, stderr: '' });
    expect(sb.run(['kb', '--help'])).toMatchObject({ code: 0, stderr: '' });
  });

  it('a mistyped command or option names what was probably meant, in one hint line', () => {
    const cmd = sb.run(['lst']);
    expect(cmd.code).toBe(2);
    expect(cmd.stderr).toBe('incident: unknown command "lst"\ndid you mean list? (see: incident --help)\n');
    const opt = sb.run(['list', '--sotr', 'due']);
    expect(opt.code).toBe(2);
    expect(opt.stderr).toBe('incident: unknown option "--sotr"\ndid you mean --sort? (see: incident list --help)\n');
    const ja = sb.run(['--lang', 'ja', 'lst']);
    expect(ja.stderr.split('\n')[1]).toBe('list のことですか?(使い方: incident --help)');
    // A subcommand's typo, caught by commander: its suggestion, the same hint.
    expect(sb.run(['kb', 'shwo', 'KB-1']).stderr).toBe('incident: unknown command "shwo"\ndid you mean show? (see: incident kb --help)\n');
    // Nothing close: the usual pointer to help.
    expect(sb.run(['xyzzy']).stderr).toBe('incident: unknown command "xyzzy"\nsee: incident --help\n');
    // A subcommand's option: the help of that subcommand, where its options are listed.
    expect(sb.run(['problem', 'analyse', 'PRB-1', '--xyzzy', 'c'])).toMatchObject({ code: 2, stderr: 'incident: unknown option "--xyzzy"\nsee: incident problem analyse --help\n' });
  });
});
