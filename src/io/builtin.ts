import { createRequire } from 'node:module';

/**
 * A Node built-in, loaded when first asked for: most runs never need node:os or node:child_process,
 * and loading one at start costs (SPEC §13). Also a package that few runs need and the bundles
 * leave out (re2js, for title patterns): it is read from node_modules then. Inside the bundles, scripts/build.mjs
 * puts the bundle's own require in this module's place (no module URL to make for it).
 */
export function loadBuiltin<T>(name: string): T {
  return createRequire(import.meta.url)(name) as T;
}
