import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Runs `script` (TypeScript; it imports the code under test by a path from the repository root, such
 * as './src/core/time.js') in a node process started with TZ set to `zone`, and answers what it
 * printed. A TZ assigned inside a test reaches the clock in vitest's forks pool but not in a worker
 * thread (Stryker's vitest runner uses threads), where the zone stays the machine's and a test of
 * "whatever the machine's zone" cannot fail: a process started in the zone is in it however tests run.
 */
export function printedInZone(zone: string, script: string): string {
  const built = buildSync({
    stdin: { contents: script, resolveDir: root, sourcefile: 'in-zone.ts', loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    write: false,
    logLevel: 'error',
  });
  return execFileSync(process.execPath, ['-'], { input: built.outputFiles[0].text, env: { ...process.env, TZ: zone }, encoding: 'utf8' });
}
