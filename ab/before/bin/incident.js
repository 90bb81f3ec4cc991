#!/usr/bin/env node
// Loads the bundled CLI (dist/cli.cjs) with V8's code cache (dist/cli.cache): a start then skips
// most parsing and compiling (SPEC §13). A missing or stale cache only makes the start slower.
import { readFileSync, writeFileSync, renameSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { Script, constants } from 'node:vm';

const file = new URL('../dist/cli.cjs', import.meta.url).pathname;
const cacheFile = new URL('../dist/cli.cache', import.meta.url).pathname;
let cachedData;
try {
  cachedData = readFileSync(cacheFile);
} catch {}
const script = new Script(Module.wrap(readFileSync(file, 'utf8')), {
  filename: file,
  cachedData,
  importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
});
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(file), module, file, new URL('../dist', import.meta.url).pathname);
process.exitCode = await module.exports.main(process);
// Written by the build (after a warm-up run, so it holds what a start compiles), or again when V8
// rejected it (another Node version); never fatal.
if (process.env.INCIDENT_CODE_CACHE === 'write' || script.cachedDataRejected || !cachedData) {
  try {
    const tmp = `${cacheFile}.${process.pid}`;
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, cacheFile);
  } catch {}
}
