#!/usr/bin/env node
// Loads the bundled CLI (dist/cli.cjs) with V8's code cache (dist/cli.cache): a start then skips
// most parsing and compiling (SPEC §13). A missing or stale cache only makes the start slower.
// CommonJS (see bin/package.json): starting from an ES module costs Node's ESM loader, ≈ 3 ms.
'use strict';
const { readFileSync, writeFileSync, renameSync } = require('node:fs');
const Module = require('node:module');
const { join } = require('node:path');
const { Script, constants } = require('node:vm');

const dist = join(__dirname, '..', 'dist');
const file = join(dist, 'cli.cjs');
const cacheFile = join(dist, 'cli.cache');
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {}
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const cli = { exports: {} };
script.runInThisContext()(cli.exports, Module.createRequire(file), cli, file, dist);
cli.exports.main(process).then((code) => {
  process.exitCode = code;
  // Written by the build (after a warm-up run, so it holds what a start compiles), or again when
  // V8 rejected it (another Node version); never fatal.
  if (process.env.INCIDENT_CODE_CACHE === 'write' || script.cachedDataRejected || !cachedData) {
    try {
      const tmp = `${cacheFile}.${process.pid}`;
      writeFileSync(tmp, script.createCachedData());
      renameSync(tmp, cacheFile);
    } catch {}
  }
});
