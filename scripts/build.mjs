// Bundles the CLI into dist/ so start-up reads a few files instead of hundreds (SPEC §13).
//
// dist/cli.cjs   the whole CLI as one CommonJS script. bin/incident.js compiles it with V8's code
//                cache (dist/cli.cache), which skips most parsing and compiling on every start;
//                Node 20 has no code cache for ES modules, hence CommonJS. Heavy paths (reports,
//                completion report, …) stay behind `await import()`: they are in the file but run
//                only when used.
// dist/prompts.cjs  @inquirer/prompts, loaded only when a prompt is shown (SPEC §13).
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

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
    b.onLoad({ filter: /^lazy-child-process$/, namespace: 'lazy' }, () => ({
      contents: "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });",
      loader: 'js',
    }));
  },
};

/**
 * Libraries only some runs need, loaded on first use through a stand-in: string-width builds an
 * Intl.Segmenter when it loads (7–20 ms) and cli-table3 pulls in @colors/colors, though only tables
 * on a terminal use them; piped and JSON output never do.
 */
const LAZY = {
  'string-width': "let real; export default function stringWidth(s, o) { real ??= require('string-width').default; return real(s, o); }",
  'cli-table3': "export default function Table(options) { const Real = require('cli-table3'); return new Real(options); }",
};
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(b) {
    b.onResolve({ filter: new RegExp(`^(${Object.keys(LAZY).join('|')})$`) }, (args) =>
      args.importer.startsWith(join(root, 'src')) ? { path: args.path, namespace: 'lazy-lib' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'lazy-lib' }, (args) => ({ contents: LAZY[args.path], loader: 'js', resolveDir: root }));
  },
};

/**
 * chalk detects colour support when it loads (loading node:tty and node:os, ≈ 2–3 ms) for its
 * default instances, which we never use: render/color.ts decides the level and makes its own.
 * Give chalk its browser variant of that detection, which does nothing under Node 20.
 */
const noChalkDetection = {
  name: 'no-chalk-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes('node_modules/chalk/') ? { path: join(args.resolveDir, 'vendor', 'supports-color', 'browser.js') } : undefined,
    );
  },
};

/** The prompt library is its own file, required only when a prompt is shown. */
const promptsApart = {
  name: 'prompts-apart',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\/prompts$/ }, () => ({ path: './prompts.cjs', external: true }));
  },
};

const common = {
  bundle: true,
  // Smaller to read and to cache; names are kept so that INCIDENT_DEBUG stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  format: 'cjs',
  // import() becomes require(): a script run from V8's code cache loses Node 20's dynamic-import
  // hook ("A dynamic import callback was not specified"), and everything here is CommonJS anyway.
  supported: { 'dynamic-import': false },
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  // Sources are ES modules: give them import.meta.url in CommonJS.
  define: {
    'import.meta.url': '__incidentModuleUrl',
    __INCIDENT_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version),
  },
  banner: { js: "var __incidentModuleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: { cli: join(root, 'src/main.ts') },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
  // better-sqlite3's JavaScript is bundled; its native addon is opened by path (store/db.ts), and
  // `bindings`, its own way to find the addon, is left outside for the case that path is missing.
  external: ['bindings'],
  plugins: [lazyChildProcess, lazyLibraries, noChalkDetection, promptsApart],
});
await build({
  ...common,
  entryPoints: { prompts: '@inquirer/prompts' },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
});

// Warm the code cache: ordinary runs write dist/cli.cache with the functions a start compiles.
// Not fatal: without a cache the CLI works, only its start is slower (and the first run writes it).
const tmp = mkdtempSync(join(tmpdir(), 'incident-build-'));
try {
  const env = { PATH: process.env.PATH, HOME: tmp, LANG: 'C', INCIDENT_DB: join(tmp, 'warm.db'), INCIDENT_ACTOR: 'build', INCIDENT_CODE_CACHE: 'write' };
  for (const args of [['open', 'warm-up', '-q'], ['list']]) {
    const r = spawnSync(process.execPath, [join(root, 'bin/incident.js'), ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) {
      console.warn(`build: no code cache (warm-up run failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]})`);
      break;
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
