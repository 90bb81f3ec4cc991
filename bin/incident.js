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
const { createRequire, wrap } = module.constructor;

const dist = join(__dirname, '..', 'dist');
const bundle = require(join(dist, 'route.cjs')).route(process.argv.slice(2));
const file = join(dist, `${bundle}.cjs`);
const cacheFile = join(dist, `${bundle}.cache`);
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {}
// The bundle is ASCII (scripts/build.mjs says why), so latin1 is the cheapest way to read it. No
// import() is left in it (scripts/build.mjs checks), so it needs no dynamic-import hook.
const script = new Script(wrap(readFileSync(file, 'latin1')), { filename: file, cachedData });
const cliModule = { exports: {} };
script.runInThisContext()(cliModule.exports, createRequire(file), cliModule, file, dist);
const cli = cliModule.exports;
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
  process.exitCode = code;
});
