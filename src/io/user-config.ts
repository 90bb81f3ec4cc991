import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOwnConfig } from '../core/config.js';
import { storageError, usageError } from '../core/errors.js';
import { nodeOs } from './runtime.js';
import { currentUid, exposure } from './ownership.js';

/**
 * The user's own config file (SPEC §11, §12): `$INCIDENT_CONFIG`, else
 * `$XDG_CONFIG_HOME/incident/config` (`~/.config/incident/config`). It holds the notification rules
 * that run programs, which a database others can write must not (docs/notifications.md).
 */
export interface OwnConfig {
  path: string;
  /** Its keys (canonical values), {} when there is no file. */
  values: Record<string, string>;
}

export function ownConfigPath(env: Record<string, string | undefined>): string {
  if (env.INCIDENT_CONFIG) return env.INCIDENT_CONFIG;
  const home = env.XDG_CONFIG_HOME || join(env.HOME || nodeOs().homedir(), '.config');
  return join(home, 'incident', 'config');
}

/**
 * Reads the file, after checking that no one else can change it: a file or folder others can write
 * (or that belongs to someone else) is refused, exit 5, as ssh refuses such a config. No file at the
 * default place is no rules; a file named by INCIDENT_CONFIG must exist.
 */
export function loadOwnConfig(env: Record<string, string | undefined>): OwnConfig {
  const path = ownConfigPath(env);
  if (!existsSync(path)) {
    if (env.INCIDENT_CONFIG) throw usageError('config.file.missing', { path });
    return { path, values: {} };
  }
  // Checked before it is read: a FIFO or a device in its place is refused, not waited on.
  const uid = currentUid();
  if (uid !== undefined) {
    const found = exposure(path, uid);
    if (found) throw storageError(`config.file.exposed.${found.why}`, { path, at: found.path }, 'config.file.exposedHint');
  }
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (e) {
    throw storageError('config.file.unreadable', { path, code: (e as NodeJS.ErrnoException).code ?? '' });
  }
  return { path, values: parseOwnConfig(text, path) };
}
