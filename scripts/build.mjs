// Bundles the CLI into dist/ so start-up reads a few files instead of hundreds (SPEC §13).
// Code splitting keeps prompts, reports and charts in chunks that load only when used.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';

/**
 * commander requires node:child_process at load time for executable subcommands, which we never
 * use; loading it costs ≈3 ms of every start. Hand commander a stand-in that loads it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      args.importer.includes('node_modules/commander/') ? { path: 'lazy-child-process', namespace: 'lazy' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

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
  plugins: [lazyChildProcess],
  legalComments: 'none',
  logLevel: 'warning',
});
