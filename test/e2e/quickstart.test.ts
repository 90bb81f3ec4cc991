import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { BIN, onPg } from '../helpers/cli.js';
import { createDatabase, psql } from '../helpers/pg-cluster.js';

/**
 * The README quick start, run as a new user would paste it: every line in order, in one shell, with
 * `incident` and `npx incident` being the built CLI. Set-up lines that CI has already done (git
 * clone, npm install, cd into the clone) are skipped. Until README.md has a "Quick start" section
 * with incident commands, test/fixtures/readme-sample.md stands in for it.
 */

const ROOT = resolve(__dirname, '../..');
const SKIP = /^(git clone|npm (install|ci|i|test|run build)\b|cd (incident|\S*incident\S*)\s*$|npx vitest|\.ci\/)/;

/** The shell lines of the code blocks under a "Quick start" heading (until the next heading as high). */
export function quickStartLines(markdown: string): string[] {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => /^#{1,6}\s+(quick ?start|クイックスタート)/i.test(l));
  if (start < 0) return [];
  const level = /^#+/.exec(lines[start])![0].length;
  const out: string[] = [];
  let inBlock = false;
  let shell = false;
  let pending = '';
  for (const line of lines.slice(start + 1)) {
    const heading = /^(#+)\s/.exec(line);
    if (!inBlock && heading && heading[1].length <= level) break;
    const fence = /^\s*```\s*([\w-]*)/.exec(line);
    if (fence) {
      if (!inBlock) shell = ['', 'sh', 'bash', 'shell', 'console', 'zsh'].includes(fence[1].toLowerCase());
      inBlock = !inBlock;
      continue;
    }
    if (!inBlock || !shell) continue;
    let text = line.replace(/^\s*\$ /, '');
    if (pending) text = `${pending} ${text.trim()}`;
    if (text.endsWith('\\')) {
      pending = text.slice(0, -1).trimEnd();
      continue;
    }
    pending = '';
    if (!text.trim() || text.trim().startsWith('#')) continue;
    out.push(text.trim());
  }
  return out;
}

function source(): { name: string; lines: string[] } {
  const readme = join(ROOT, 'README.md');
  if (existsSync(readme)) {
    const lines = quickStartLines(readFileSync(readme, 'utf8'));
    if (lines.some((l) => /\bincident\b/.test(l) && !SKIP.test(l))) return { name: 'README.md', lines };
  }
  return { name: 'test/fixtures/readme-sample.md', lines: quickStartLines(readFileSync(join(ROOT, 'test/fixtures/readme-sample.md'), 'utf8')) };
}

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'incident-quickstart-'));
  // The clone as a new user has it: the repository's files, but writes land in the temp folder.
  const work = join(dir, 'incident');
  mkdirSync(work);
  for (const entry of readdirSync(ROOT)) if (!entry.startsWith('.git')) symlinkSync(join(ROOT, entry), join(work, entry));
  mkdirSync(join(dir, 'bin'));
  const shim = join(dir, 'bin', 'incident');
  writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" "$@"\n`);
  chmodSync(shim, 0o755);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README quick start', () => {
  const { name, lines } = source();

  it(`${name} has a quick start with the lifecycle in it`, () => {
    const commands = lines.filter((l) => /\bincident\b/.test(l) && !SKIP.test(l));
    expect(commands.length).toBeGreaterThanOrEqual(5);
  });

  it(`every line of ${name} works when pasted in order`, () => {
    const steps = lines.filter((l) => !SKIP.test(l));
    const script = [
      // `npx incident` inside the clone runs the project's own bin (no global install).
      'npx() { if [ "$1" = incident ]; then shift; incident "$@"; else command npx "$@"; fi; }',
      ...steps.flatMap((line, i) => [
        `printf '@@ %s\\n' ${JSON.stringify(String(i))} >&2`,
        line,
        `rc=$?; if [ $rc -ne 0 ]; then printf '@@FAILED %s exit %s\\n' ${JSON.stringify(line).replace(/\$/g, '\\$')} $rc >&2; exit 1; fi`,
      ]),
    ].join('\n');
    const home = join(dir, 'home');
    mkdirSync(home, { recursive: true });
    // On the team database the new user has been given its URL (docs/team.md), and the same lines work.
    const server = onPg ? createDatabase('e2e') : undefined;
    const r = spawnSync('bash', ['--norc', '--noprofile', '-c', script], {
      cwd: join(dir, 'incident'),
      env: { PATH: `${join(dir, 'bin')}:${process.env.PATH}`, HOME: home, LANG: 'C', TZ: 'UTC', USER: 'newcomer', ...(server ? { INCIDENT_DB: server } : {}) },
      encoding: 'utf8',
      timeout: 120_000,
    });
    const failed = /@@FAILED (.*)/.exec(r.stderr)?.[1];
    expect(failed, `${failed}\n${r.stderr}`).toBeUndefined();
    expect(r.status).toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at .*\(/);
    if (server) {
      // What the lines recorded went to the server, and no file was made.
      expect(Number(psql(server, 'SELECT count(*) FROM incidents').stdout.trim())).toBeGreaterThan(0);
      expect(existsSync(join(home, '.local/share/incident/incidents.db'))).toBe(false);
    } else {
      // The database went where a new user's would: under their home, made on first use.
      expect(existsSync(join(home, '.local/share/incident/incidents.db'))).toBe(true);
    }
  });
});
