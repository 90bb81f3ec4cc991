#!/usr/bin/env node
// Loads the bundle the command line needs (dist/route.cjs says which: the named command alone, or
// the whole CLI in dist/cli.cjs) with V8's code cache (dist/<bundle>.cache): a start then skips
// most parsing and compiling (SPEC §13). A missing or stale cache only makes the start slower.
// CommonJS (see bin/package.json): starting from an ES module costs Node's ESM loader, ≈ 3 ms.
'use strict';
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const { join } = require('node:path');
const { Script } = require('node:vm');
// The module system's own class: require('node:module') would also load the ES module loader.
const { createRequire } = module.constructor;

const dist = join(__dirname, '..', 'dist');

/** Runs one of dist/'s scripts: each is ASCII text already inside the CommonJS function wrapper. */
function run(script, file) {
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(file), module, file, dist);
  return module.exports;
}
// latin1 is the cheapest way to read them, and for ASCII the same text (scripts/build.mjs says why).
const read = (file) => readFileSync(file, 'latin1');

const routeFile = join(dist, 'route.cjs');
const bundle = run(new Script(read(routeFile), { filename: routeFile }), routeFile).route(process.argv.slice(2));
const file = join(dist, `${bundle}.cjs`);
const cacheFile = join(dist, `${bundle}.cache`);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {}
// No import() is left in the bundles (scripts/build.mjs checks), so they need no dynamic-import hook.
const script = new Script(read(file), { filename: file, cachedData });
const cli = run(script, file);
cli.main(process).then((code) => {
  // Written by the build (after a warm-up run, so it holds what a start compiles), or again when
  // V8 rejected it (another Node version); never fatal.
  if (process.env.INCIDENT_CODE_CACHE === 'write' || script.cachedDataRejected || !cachedData) {
    try {
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {}
  }
  // When all output went straight to its descriptor (pipes and files: src/io/runtime.ts) it is
  // written: leaving now skips the clean-up of a natural exit, a garbage collection among it.
  if (cli.mayExitAtOnce()) process.exit(code);
  process.exitCode = code;
});
