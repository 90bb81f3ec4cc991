// Bundles the CLI into dist/ so start-up reads a few files instead of hundreds (SPEC §13).
//
// dist/command-<file>.cjs  one command alone (src/cli/commands/<file>.ts) with what it uses, one
//                CommonJS script each: a start reads and compiles only the command it runs.
// dist/cli.cjs   the whole CLI, for help, completion, `--version` and words no command owns.
// dist/route.cjs which of those a command line needs (src/cli/route.ts, with the word table).
//                bin/incident.js loads the bundle with V8's code cache (dist/<bundle>.cache), which
//                skips most parsing and compiling on every start; Node 20 has no code cache for ES
//                modules, hence CommonJS. Heavy paths (reports, completion report, …) stay behind
//                `await import()`: they are in the file but run only when used.
// dist/prompts.cjs  @inquirer/prompts, loaded only when a prompt is shown (SPEC §13).
// dist/charts.cjs   Apache ECharts (src/render/echarts-entry.ts), loaded only for `report --format html`.
// dist/postal-mime.cjs  the mail parser, loaded only when `incident mail` reads a message.
// dist/pg.cjs    node-postgres, loaded only for a PostgreSQL database, with a code cache of its own
//                (dist/pg.cache): its compiled code is not in the command bundles' caches, which
//                every SQLite start reads.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import Module from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { commandBundles } from './commands.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * commander requires node:child_process at load time for executable subcommands, which we never
 * use; loading it costs ≈ 6–12 ms of every start (docs/performance.md). Hand commander a stand-in
 * that loads it on first use.
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
 * on a terminal use them; piped and JSON output never do. chalk builds its styles and two instances
 * when it loads; only colour needs it (render/color.ts has its own stand-in for no colour).
 * Timed against a build without these stand-ins, pre-wrapping and the route script: ≈ 7 ms of every
 * start by wall time (docs/performance.md, "Start-up machinery"), though few instructions.
 */
const LAZY = {
  chalk: "export class Chalk { constructor(options) { return new (require('chalk').Chalk)(options); } }",
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
 * cli-table3 measures every cell with its own string-width (version 4: a large emoji regular
 * expression run over each cell, twice per line): ≈ 4 ms for a 50-row list on a terminal. It gets
 * render/text.ts#displayWidth instead, the measure that cut the cells, so a table's borders line
 * up with the widths its cells were cut to, Japanese included.
 */
const tableWidth = {
  name: 'table-width',
  setup(b) {
    b.onResolve({ filter: /^string-width$/ }, (args) =>
      /[\\/]node_modules[\\/]cli-table3[\\/]/.test(args.importer) ? { path: 'string-width', namespace: 'table-width' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'table-width' }, () => ({
      contents: `module.exports = require(${JSON.stringify(join(root, 'src/render/text.ts'))}).displayWidth;`,
      loader: 'js',
      resolveDir: root,
    }));
  },
};

/**
 * chalk, loaded at every start, detects colour support when it loads (loading node:tty and node:os,
 * ≈ 4–10 ms: docs/performance.md) for its default instances, which we never use: render/color.ts
 * decides the level and makes its own. Give chalk its browser variant of that detection, which does nothing under Node 20.
 */
const noChalkDetection = {
  name: 'no-chalk-detection',
  setup(b) {
    b.onResolve({ filter: /^#supports-color$/ }, (args) =>
      args.importer.includes('node_modules/chalk/') ? { path: join(args.resolveDir, 'vendor', 'supports-color', 'browser.js') } : undefined,
    );
  },
};

/**
 * `createRequire(import.meta.url)` in the sources is, inside a bundle, the bundle's own require (it
 * resolves from dist/, beside the same node_modules). Loading node:module for it would also load
 * Node's ES module loader at every start (≈ 5 M instructions, 1 ms: docs/performance.md); and
 * src/io/builtin.ts, which loads built-ins on first use, becomes that require itself.
 */
const bundleRequire = {
  name: 'bundle-require',
  setup(b) {
    b.onResolve({ filter: /^(node:)?module$/ }, (args) =>
      args.importer.startsWith(join(root, 'src')) ? { path: 'module', namespace: 'bundle-require' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'bundle-require' }, () => ({ contents: 'export const createRequire = () => require;', loader: 'js' }));
    b.onLoad({ filter: /[\\/]src[\\/]io[\\/]builtin\.ts$/ }, () => ({ contents: 'export const loadBuiltin = (name) => require(name);', loader: 'js' }));
  },
};

/** The prompt library is its own file, required only when a prompt is shown. */
const promptsApart = {
  name: 'prompts-apart',
  setup(b) {
    b.onResolve({ filter: /^@inquirer\/prompts$/ }, () => ({ path: './prompts.cjs', external: true }));
  },
};

/** The mail parser too: help, completion and the whole CLI's bundle do not carry it. */
const mailApart = {
  name: 'mail-apart',
  setup(b) {
    b.onResolve({ filter: /^postal-mime$/ }, () => ({ path: './postal-mime.cjs', external: true }));
  },
};

/**
 * node-postgres is its own script, run with its code cache as bin/incident.js runs the bundles: a
 * PostgreSQL command would otherwise compile the driver's functions at every start (≈ 15 ms on a
 * loaded machine). The cache is written by the first command that loads the driver (when dist/ is
 * writable), and again when V8 rejects it.
 */
const PG_LOADER = `
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
const file = join(__dirname, 'pg.cjs');
const cacheFile = join(__dirname, 'pg.cache');
let cachedData;
try { cachedData = readFileSync(cacheFile); } catch {}
// Inside Node's CommonJS wrapper, as Module.wrap writes it (node:module itself would load the ES module loader).
const script = new Script('(function (exports, require, module, __filename, __dirname) { ' + readFileSync(file, 'latin1') + '\\n});', { filename: file, cachedData });
const loaded = { exports: {} };
script.runInThisContext()(loaded.exports, require, loaded, file, __dirname);
if (process.env.INCIDENT_CODE_CACHE === 'write' || script.cachedDataRejected || !cachedData) {
  // At exit, so that the cache holds what the connection and the queries compiled too.
  process.once('exit', () => {
    try {
      const tmp = cacheFile + '.' + process.pid;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {}
  });
}
module.exports = loaded.exports;
`;
const pgApart = {
  name: 'pg-apart',
  setup(b) {
    b.onResolve({ filter: /^pg$/ }, (args) => (args.importer.startsWith(join(root, 'src')) ? { path: 'pg', namespace: 'pg-apart' } : undefined));
    b.onLoad({ filter: /.*/, namespace: 'pg-apart' }, () => ({ contents: PG_LOADER, loader: 'js' }));
  },
};

/** The chart library is its own file too, required only when an HTML report is made (SPEC §13). */
const chartsApart = {
  name: 'charts-apart',
  setup(b) {
    b.onResolve({ filter: /[\\/]echarts-entry\.js$/ }, () => ({ path: './charts.cjs', external: true }));
  },
};

/**
 * Virtual entry points: `incident-command:<path>` is a bundle that runs that command module alone;
 * `incident-route:` answers which bundle a command line needs, with the word table built in.
 */
const bundles = commandBundles();
const entries = {
  name: 'entries',
  setup(b) {
    b.onResolve({ filter: /^incident-(command|route):/ }, (args) => ({ path: args.path, namespace: 'entry' }));
    b.onLoad({ filter: /.*/, namespace: 'entry' }, (args) => {
      const [kind, path] = [args.path.slice(0, args.path.indexOf(':')), args.path.slice(args.path.indexOf(':') + 1)];
      const contents =
        kind === 'incident-command'
          ? `import * as command from ${JSON.stringify(path)};
             import { runCli } from ${JSON.stringify(join(root, 'src/cli/run.ts'))};
             export const main = (proc) => runCli(proc, [command]);
             export { mayExitAtOnce } from ${JSON.stringify(join(root, 'src/io/runtime.ts'))};`
          : `import { bundleFor } from ${JSON.stringify(join(root, 'src/cli/route.ts'))};
             const BUNDLES = ${JSON.stringify(Object.fromEntries(bundles.flatMap((c) => c.names.map((n) => [n, c.name]))))};
             export const route = (argv) => bundleFor(argv, BUNDLES);`;
      return { contents, loader: 'js', resolveDir: root };
    });
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
  // Sources are ES modules: give them import.meta.url in CommonJS, made when first read (node:url's
  // URL code is not needed by most starts), and the bundle's folder (store/sqlite/connection.ts finds the addon).
  define: {
    'import.meta.url': '__incidentModule.url',
    __incidentBundleDir: '__dirname',
    __INCIDENT_VERSION__: JSON.stringify(JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version),
  },
  banner: { js: "var __incidentModule = { get url() { return require('node:url').pathToFileURL(__filename).href; } };" },
};

rmSync(join(root, 'dist'), { recursive: true, force: true });
await build({
  ...common,
  entryPoints: {
    cli: join(root, 'src/main.ts'),
    ...Object.fromEntries(bundles.map((c) => [c.name, `incident-command:${c.path}`])),
  },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
  // better-sqlite3's JavaScript is bundled; its native addon is opened by path (store/sqlite/connection.ts), and
  // `bindings`, its own way to find the addon, is left outside for the case that path is missing.
  external: ['bindings'],
  plugins: [entries, lazyChildProcess, lazyLibraries, noChalkDetection, tableWidth, bundleRequire, promptsApart, chartsApart, mailApart, pgApart],
});
// Run first at every start: kept to the word table and the few lines that read the command line.
await build({
  ...common,
  entryPoints: { route: 'incident-route:' },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
  banner: {},
  // An ES module whose closing `export {…}` becomes module.exports below: CommonJS output would add
  // esbuild's interop helpers, half of the functions this script runs at every start.
  format: 'esm',
  plugins: [entries],
});
await build({
  ...common,
  entryPoints: { prompts: '@inquirer/prompts' },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
});
await build({
  ...common,
  entryPoints: { pg: 'pg' },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
});
await build({
  ...common,
  entryPoints: { 'postal-mime': 'postal-mime' },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
});
await build({
  ...common,
  entryPoints: { charts: join(root, 'src/render/echarts-entry.ts') },
  outdir: join(root, 'dist'),
  outExtension: { '.js': '.cjs' },
  minify: true,
});

// esbuild escapes non-ASCII text in strings but leaves it in regular expressions (the Japanese time
// words). One such character makes V8 decode the whole file as UTF-8 into a two-byte string, ≈ 1.5 ms
// of every start; escaped, the file is ASCII and bin/incident.js reads it as latin1, the cheapest way
// in. `\uXXXX` means the same character in a string, a regular expression and an identifier, and
// there are no comments left to hold any.
//
// The scripts bin/incident.js runs (route, cli and command-*) are also written inside Node's
// CommonJS function wrapper, so that the file's text is the script V8 compiles: wrapping it at each
// start (Module.wrap) makes a joined string that V8 copies out, as two-byte text (≈ 700 KB), the
// first time it compiles a function lazily, a garbage collection and ≈ 3 ms (SPEC §13); and route is
// read and run without the module loader's look-ups (≈ 0.4 ms). They are not modules to require;
// prompts.cjs is (and charts.cjs and postal-mime.cjs); pg.cjs is run by its own loader (PG_LOADER).
const wrapped = (name) => name === 'route.cjs' || name === 'cli.cjs' || name.startsWith('command-');
for (const f of readdirSync(join(root, 'dist')).filter((n) => n.endsWith('.cjs'))) {
  const path = join(root, 'dist', f);
  const text = readFileSync(path, 'utf8');
  let ascii = text.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
  if (f === 'route.cjs') ascii = esmExportsToCommonJs(ascii);
  // bin/incident.js gives the scripts no dynamic-import hook: an import() left in one would throw.
  if (wrapped(f) && /\bimport\(/.test(ascii)) throw new Error(`dist/${f}: a dynamic import() is left in the bundle`);
  writeFileSync(path, wrapped(f) ? Module.wrap(ascii) : ascii);
}

/** `export{a as b,c};` at the end of an ES module bundle → assignments to the wrapper's module.exports. */
function esmExportsToCommonJs(text) {
  const m = /export\s*\{([^}]*)\};?\s*$/.exec(text);
  const other = /(^|[;{}\s])export\s*(\{|\*|default\b|const\b|let\b|var\b|function\b|class\b)/;
  if (!m || other.test(text.slice(0, m.index))) throw new Error('route.cjs: exports other than one closing export {…}');
  const assignments = m[1].split(',').map((pair) => {
    const [local, exported = local] = pair.trim().split(/\s+as\s+/);
    return `module.exports.${exported}=${local};`;
  });
  return `${text.slice(0, m.index)}${assignments.join('')}\n`;
}

// Warm the code caches: these runs write dist/<bundle>.cache with the functions a start compiles.
// The everyday commands do real work on a scratch database, and only that (help's code in their
// cache would be deserialised by every start). The others show their help, which runs their
// start-up (module initialisers, commander); the rest compiles on use. Not fatal: without a cache
// the CLI works, only its start is slower (and a run writes it when dist/ is writable).
const tmp = mkdtempSync(join(tmpdir(), 'incident-build-'));
try {
  const env = { PATH: process.env.PATH, HOME: tmp, LANG: 'C', INCIDENT_DB: join(tmp, 'warm.db'), INCIDENT_ACTOR: 'build', INCIDENT_CODE_CACHE: 'write' };
  const everyday = [
    ['open', 'warm-up', '-q'],
    ['list'],
    ['show', '1'],
    ['search', 'warm'],
  ];
  const warmUps = [
    // The scratch database is made first, by the command that migrates: code that only creating or
    // migrating a database runs would otherwise sit in the first everyday command's cache, read by
    // every start of it.
    ['db', 'migrate'],
    ['--version'],
    ...bundles.filter((c) => !everyday.some(([word]) => c.names.includes(word))).map((c) => [c.names[0], '--help']),
    ...everyday,
  ];
  for (const args of warmUps) {
    const r = spawnSync(process.execPath, [join(root, 'bin/incident.js'), ...args], { env, encoding: 'utf8' });
    if (r.status !== 0) {
      console.warn(`build: no code cache (warm-up run failed: ${(r.stderr || r.error?.message || '').trim().split('\n')[0]})`);
      break;
    }
  }
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
