// The per-command bundles the build makes (scripts/build.mjs), read from the command sources:
// each module under src/cli/commands/ that declares its top-level words (`export const names`)
// gets dist/command-<file>.cjs holding it alone. test/unit/names.test.ts checks this reading
// against the modules themselves.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../src/cli/commands/', import.meta.url));
const NAMES = /^export const names: readonly string\[\] = \[([^\]]*)\];$/m;

/** @returns {{ name: string, file: string, path: string, names: string[] }[]} */
export function commandBundles() {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()
    .flatMap((file) => {
      const m = NAMES.exec(readFileSync(join(dir, file), 'utf8'));
      const names = m ? [...m[1].matchAll(/'([^']+)'/g)].map((w) => w[1]) : [];
      // No words (completion) means the run needs every command: dist/cli.cjs answers it.
      return names.length ? [{ name: `command-${file.slice(0, -3)}`, file, path: join(dir, file), names }] : [];
    });
}
