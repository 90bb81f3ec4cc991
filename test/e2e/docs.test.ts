import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { BIN, Sandbox } from '../helpers/cli.js';
import { KEY, runTty } from '../helpers/tty.js';

/**
 * The guides are executable (docs/guide.md "About the examples"): every ```console block is run,
 * command by command, in one sandbox per guide, in the order the guide tells its story, and what each
 * command prints (stdout and stderr, as a terminal would interleave them) must be what the guide
 * shows. `…` alone on a line stands for any number of lines. Hidden directives before a block:
 * `<!-- doctest: now=ISO -->` sets the clock (INCIDENT_NOW) from there on; `<!-- doctest: db=NAME -->`
 * tells the blocks from there on to run in another sandbox (a second story beside the main one, whose
 * name is `main`); `<!-- doctest: fresh -->` starts the current one again, empty;
 * `<!-- doctest: file=NAME:test/fixtures/… -->` puts a copy of a repository file in its folder as NAME
 * (a file the reader would have, such as another tracker's export). Blocks of any other kind (```sh, plain ```) are not run:
 * terminal-only output (tables, prompts), network or files the reader has.
 */

const ROOT = resolve(__dirname, '../..');

interface Step {
  command: string;
  expected: string[];
  line: number;
}
interface Block {
  line: number;
  db: string;
  now?: string;
  fresh: boolean;
  files: [string, string][];
  steps: Step[];
}

export function parseGuide(text: string): Block[] {
  const lines = text.split('\n');
  const blocks: Block[] = [];
  let now: string | undefined;
  let db = 'main';
  let fresh = false;
  let files: [string, string][] = [];
  for (let i = 0; i < lines.length; i++) {
    const directive = /^<!-- doctest: (.*) -->$/.exec(lines[i].trim());
    if (directive) {
      for (const word of directive[1].split(/\s+/)) {
        if (word === 'fresh') fresh = true;
        else if (word.startsWith('now=')) now = word.slice(4);
        else if (word.startsWith('db=')) db = word.slice(3);
        else if (word.startsWith('file=')) files.push(word.slice(5).split(':') as [string, string]);
        else throw new Error(`line ${i + 1}: unknown doctest directive ${word}`);
      }
      continue;
    }
    if (lines[i].trim() !== '```console') continue;
    const block: Block = { line: i + 1, db, now, fresh, files, steps: [] };
    fresh = false;
    files = [];
    for (i++; i < lines.length && lines[i].trim() !== '```'; i++) {
      const l = lines[i];
      if (l.startsWith('$ ')) {
        let command = l.slice(2);
        const line = i + 1;
        while (command.endsWith('\\') && i + 1 < lines.length) command = `${command.slice(0, -1).trimEnd()} ${lines[++i].trim()}`;
        block.steps.push({ command, expected: [], line });
      } else if (block.steps.length) block.steps[block.steps.length - 1].expected.push(l.trimEnd());
      else throw new Error(`line ${i + 1}: a console block starts with a $ command`);
    }
    blocks.push(block);
  }
  return blocks;
}

/** Whether the lines match, `…` standing for any number of lines. */
function matches(expected: string[], actual: string[]): boolean {
  if (!expected.length) return !actual.length;
  if (expected[0] === '…') return Array.from({ length: actual.length + 1 }, (_, k) => k).some((k) => matches(expected.slice(1), actual.slice(k)));
  return actual.length > 0 && expected[0] === actual[0] && matches(expected.slice(1), actual.slice(1));
}

const trimEnd = (ls: string[]) => {
  const out = [...ls];
  while (out.length && out[out.length - 1] === '') out.pop();
  return out;
};

function runGuide(file: string, lang: string): void {
  const blocks = parseGuide(readFileSync(join(ROOT, file), 'utf8'));
  const sandboxes = new Map<string, Sandbox>();
  let now: string | undefined;
  const sandbox = () => {
    const s = new Sandbox();
    // `incident` on the PATH, as after `npm link`.
    const bin = join(s.dir, '.bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'incident'), `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
    chmodSync(join(bin, 'incident'), 0o755);
    s.env = { ...s.env, PATH: `${bin}:${process.env.PATH}`, LANG: lang, TZ: 'Asia/Tokyo', INCIDENT_ACTOR: 'tanaka', COLUMNS: '100' };
    return s;
  };
  afterAll(() => sandboxes.forEach((s) => s.cleanup()));

  it('has examples to run', () => expect(blocks.length).toBeGreaterThan(3));

  for (const block of blocks) {
    it(`${file}:${block.line}`, () => {
      let sb = sandboxes.get(block.db);
      if (!sb || block.fresh) {
        sb?.cleanup();
        sb = sandbox();
        sandboxes.set(block.db, sb);
      }
      now = block.now ?? now;
      for (const [name, from] of block.files) copyFileSync(join(ROOT, from), join(sb.dir, name));
      for (const step of block.steps) {
        const r = spawnSync('sh', ['-c', `{ ${step.command}\n} 2>&1`], {
          cwd: sb.dir,
          env: { ...sb.env, ...(now && { INCIDENT_NOW: now }) },
          encoding: 'utf8',
          timeout: 60_000,
        });
        // What may vary from run to run: only where the sandbox is.
        const actual = trimEnd(r.stdout.split(sb.dir).join('.').split('\n').map((l) => l.trimEnd()));
        const expected = trimEnd(step.expected);
        if (!matches(expected, actual)) expect(actual.join('\n'), `${file}:${step.line}: $ ${step.command}`).toBe(expected.join('\n'));
      }
    });
  }
}

describe('docs/guide.md', () => runGuide('docs/guide.md', 'C'));
describe('docs/ja/guide.md', () => runGuide('docs/ja/guide.md', 'ja_JP.UTF-8'));
describe('docs/sla-and-check.md', () => runGuide('docs/sla-and-check.md', 'C'));

describe('help and docs agree', () => {
  it('lists every report kind in the Japanese help as in the English one', () => {
    const sb = new Sandbox();
    try {
      const kinds = 'summary | sla | mttr | recurring | workload | trend | kb | problems';
      for (const lang of ['en', 'ja']) {
        const r = sb.run(['--help', '--lang', lang], { env: { COLUMNS: '200' } });
        expect(r.stdout.replace(/\s+/g, ' '), lang).toContain(kinds);
      }
    } finally {
      sb.cleanup();
    }
  });
});

describe('docs/terminal.md', () => {
  // What each command in the "Commands that prompt" table is run as, missing the value it asks for.
  const argv: Record<string, string[][]> = {
    open: [['open']],
    classify: [['classify', 'INC-1']],
    edit: [['edit', 'INC-1']],
    'escalate, hold, reopen, cancel': [['escalate', 'INC-1'], ['hold', 'INC-2'], ['reopen', 'INC-3'], ['cancel', 'INC-1']],
    resolve: [['resolve', 'INC-1']],
    'kb add': [['kb', 'add']],
    'kb edit': [['kb', 'edit', 'KB-1']],
    'problem open': [['problem', 'open']],
    'problem known-error': [['problem', 'known-error', 'PRB-1']],
    'problem fix': [['problem', 'fix', 'PRB-2']],
  };

  it('lists every command that prompts, and each does prompt on a terminal (Ctrl-C writes nothing)', () => {
    const doc = readFileSync(join(ROOT, 'docs/terminal.md'), 'utf8');
    const table = doc.slice(doc.indexOf('Commands that prompt'), doc.indexOf('## `incident` with no command'));
    const listed = [...table.matchAll(/^\| ((?:`[^`]+`(?:, )?)+) \|/gm)].map((m) => m[1].replace(/`/g, ''));
    expect(listed).toEqual(Object.keys(argv));
    const sb = new Sandbox();
    try {
      const ok = (args: string[]) => expect(sb.run(args).code, args.join(' ')).toBe(0);
      ok(['open', 'no levels yet', '-q']);
      ok(['open', 'waiting', '-i', 'low', '-u', 'low', '-q']);
      ok(['classify', 'INC-2']);
      ok(['open', 'done', '-q']);
      ok(['resolve', 'INC-3', '--resolution', 'fixed']);
      ok(['kb', 'add', '--title', 'entry', '-q']);
      ok(['problem', 'open', 'cause', '-q']);
      ok(['problem', 'open', 'another cause', '-q']);
      ok(['problem', 'analyse', 'PRB-2', '--owner', 'suzuki']);
      const before = sb.query('SELECT (SELECT count(*) FROM events) AS e, (SELECT count(*) FROM problem_events) AS p, (SELECT count(*) FROM knowledge) AS k')[0];
      for (const args of Object.values(argv).flat()) {
        const r = runTty(sb, args, [{ expect: '\\?' }, { send: KEY.ctrlC }]);
        expect(r.failed, `${args.join(' ')} did not prompt:\n${r.output}`).toBeNull();
        expect(r.code, args.join(' ')).toBe(130);
      }
      expect(sb.query('SELECT (SELECT count(*) FROM events) AS e, (SELECT count(*) FROM problem_events) AS p, (SELECT count(*) FROM knowledge) AS k')[0]).toEqual(before);
    } finally {
      sb.cleanup();
    }
  }, 180_000);
});
