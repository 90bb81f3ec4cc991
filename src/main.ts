import type { Runtime } from './io/runtime.js';
import { COMMANDS } from './cli/commands/index.js';
import { runCli } from './cli/run.js';

export { mayExitAtOnce } from './io/runtime.js';

/** The whole CLI: dist/cli.cjs, for help, completion and any word no per-command bundle answers. */
export function main(proc: NodeJS.Process | Runtime): Promise<number> {
  return runCli(proc, COMMANDS);
}
