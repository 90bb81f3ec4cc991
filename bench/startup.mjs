// Start-up suite (SPEC §13): `list` and `show` ≤ 1.5 × and `open` ≤ 1.6 × the `node -e 0` floor.
import { benchEnv, cli, compare, generatedDatabase, row, workingCopy } from './lib.mjs';

export const name = 'startup';

export default async function run({ size, runs, log }) {
  const cached = generatedDatabase({ incidents: size, log });
  // `open` writes: it gets a private copy so the cached database stays as generated.
  const work = workingCopy(cached, `startup-${size}`);
  try {
    const env = benchEnv(cached);
    const mid = String(Math.floor(size / 2));
    let n = 0;
    const { floor, results } = compare(
      [
        { name: 'incident list', argv: cli('list'), target: 1.5 },
        { name: 'incident list --json', argv: cli('list', '--json'), target: 1.5 },
        { name: `incident show INC-${mid}`, argv: cli('show', mid), target: 1.5 },
        { name: `incident show INC-${mid} --json`, argv: cli('show', mid, '--json'), target: 1.5 },
        {
          name: 'incident open',
          argv: cli('open', 'VPN に接続できない', '--impact', 'high', '--urgency', 'medium', '--category', 'network', '-q'),
          env: { INCIDENT_DB: work.path },
          target: 1.6,
          before: () => n++,
        },
      ],
      { runs, env },
    );
    return results.map((r) => row(name, size, r, floor));
  } finally {
    work.cleanup();
  }
}
