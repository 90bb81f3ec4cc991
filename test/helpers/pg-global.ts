import { findPgBin, startCluster, type Cluster } from './pg-cluster.js';

/**
 * vitest's global set-up: one throw-away PostgreSQL server for the whole run, when its programs are
 * installed (test/helpers/pg-cluster.ts). Tests find it through INCIDENT_TEST_PG_SOCKET; without
 * it they skip, saying why — unless INCIDENT_TEST_ALL=1 (CI), where a missing server fails the run.
 */
let cluster: Cluster | undefined;

export function setup(): void {
  const bin = findPgBin();
  if (!bin) {
    if (process.env.INCIDENT_TEST_ALL) throw new Error('INCIDENT_TEST_ALL=1: the PostgreSQL tests need the server programs (Debian: apt-get install postgresql)');
    return;
  }
  cluster = startCluster(bin);
  process.env.INCIDENT_TEST_PG_SOCKET = cluster.socketDir;
  process.env.INCIDENT_TEST_PG_BIN = bin;
}

export function teardown(): void {
  cluster?.stop();
}
