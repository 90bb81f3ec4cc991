import { afterAll, beforeAll, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, Sandbox } from '../helpers/cli.js';

/**
 * Start-up (SPEC §13): what a plain command loads. Node's child_process, readline and net modules
 * (≈ 3–5 ms of every run) and the prompt library load only on the paths that use them.
 */
let sb: Sandbox;
beforeAll(() => {
  sb = new Sandbox();
  sb.run(['open', 'VPN に接続できない', '-q']);
  writeFileSync(
    join(sb.dir, 'report-loads.cjs'),
    `const base = new Set(process.moduleLoadList);
process.on('exit', () => require('node:fs').writeFileSync(process.env.LOADS_FILE, JSON.stringify({
  builtins: process.moduleLoadList.filter((m) => !base.has(m)).map((m) => m.replace(/^NativeModule /, '')),
  files: Object.keys(require.cache),
})));`,
  );
});
afterAll(() => sb.cleanup());

function loads(args: string[]): { builtins: string[]; files: string[] } {
  const file = join(sb.dir, `loads-${args[0]}.json`);
  const r = spawnSync(process.execPath, ['--require', join(sb.dir, 'report-loads.cjs'), BIN, ...args], { env: { ...sb.env, LOADS_FILE: file }, encoding: 'utf8' });
  expect(r.status, r.stderr).toBe(0);
  return JSON.parse(readFileSync(file, 'utf8'));
}

it.each([['list'], ['show', '1', '--json'], ['open', 'printer jam', '-q'], ['search', 'VPN']])('incident %s loads no child_process, readline, net or prompts', (...args) => {
  const { builtins, files } = loads(args);
  // A command that writes an event hashes it (the timeline's hash chain): node:crypto brings node:stream.
  const writes = args[0] === 'open';
  for (const m of ['child_process', 'readline', 'net', ...(writes ? [] : ['stream', 'crypto'])]) expect(builtins).not.toContain(m);
  expect(files.filter((f) => f.endsWith('prompts.cjs'))).toEqual([]);
});

it('report --json loads no chart library; report --format html loads it (SPEC §13)', () => {
  const json = loads(['report', 'sla', '--json']);
  expect(json.files.filter((f) => f.endsWith('charts.cjs'))).toEqual([]);
  // trend has a chart to draw (the incident opened today); a report with nothing to draw loads nothing.
  const html = loads(['report', 'trend', '--format', 'html']);
  expect(html.files.filter((f) => f.endsWith('charts.cjs'))).toHaveLength(1);
});
