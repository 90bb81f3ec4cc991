// Bundles the CLI into dist/ so start-up reads a few files instead of hundreds (SPEC §13).
// Code splitting keeps prompts, reports and charts in chunks that load only when used.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

rmSync(new URL('../dist', import.meta.url), { recursive: true, force: true });
await build({
  entryPoints: { cli: 'src/main.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // better-sqlite3 finds its native .node file at run time: it cannot be bundled.
  external: ['better-sqlite3'],
  // CommonJS packages inside an ESM bundle call require(); give them one.
  banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  logLevel: 'warning',
});
