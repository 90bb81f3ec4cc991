import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * The folder of real data written by others (shared/data, see its README), beside the repository in
 * a clone, or the workplace copy.
 */
export function sharedData(sub: string): string {
  const candidates = [resolve(__dirname, '../../../shared/data', sub), resolve(__dirname, '../../../../shared/data', sub), resolve('/work/shared/data', sub)];
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`shared data not found: ${sub} (looked in ${candidates.join(', ')})`);
  return found;
}
