import type { Sandbox } from './cli.js';

/** A seeded generator, so a failing history can be replayed. */
export function rng(seed: number) {
  let s = seed >>> 0;
  const next = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    chance: (p: number) => next() < p,
  };
}

const LEVELS = ['high', 'medium', 'low'] as const;
const TITLES = [
  ['VPN に接続できない', 'VPNに接続できません', 'VPN 接続できない(在宅)'],
  ['メールが送信できない', 'メール送信ができない'],
  ['Printer offline on floor 3', 'printer offline on floor 5'],
  ['共有フォルダにアクセスできない', 'パスワードを忘れた', 'Disk full on mail01'],
];
const CATEGORIES = ['network', 'mail', 'hardware', 'account'];

/**
 * Builds a varied history through the CLI with INCIDENT_NOW: classification, escalation before and
 * after it, holds (also before classification), resolution, reopening, closing and cancelling.
 * Every step is a real command; the answers are computed later from the export, not from here.
 */
export function buildHistory(sb: Sandbox, count: number, seed: number, base = Date.parse('2026-11-01T00:00:00Z'), firstId = 1): void {
  const r = rng(seed);
  for (let n = 1; n <= count; n++) {
    let t = base + n * 4 * 3600_000 + r.int(0, 3600) * 1000;
    const at = () => ({ env: { INCIDENT_NOW: new Date(t).toISOString() } });
    const later = (minMin: number, maxMin: number) => (t += r.int(minMin * 60, maxMin * 60) * 1000);
    const run = (args: string[]) => {
      const res = sb.run(args, at());
      if (res.code !== 0) throw new Error(`${args.join(' ')} → ${res.code} ${res.stderr}`);
    };
    const kind = n % TITLES.length;
    const title = r.pick(TITLES[kind]);
    const args = ['open', title, '-q', '--category', CATEGORIES[kind], '--service', ['VPN', 'Mail', 'Print', 'Files'][kind]];
    if (r.chance(0.7)) args.push('--impact', r.pick(LEVELS), '--urgency', r.pick(LEVELS));
    if (r.chance(0.8)) args.push('--assignee', r.pick(['tanaka', 'sato', '鈴木']));
    if (r.chance(0.2)) args.push('--team', 'MSP');
    if (r.chance(0.3)) args.push('--detected-at', new Date(t - r.int(5, 90) * 60_000).toISOString());
    run(args);
    const ref = `INC-${n + firstId - 1}`;
    if (r.chance(0.1)) {
      later(1, 30);
      run(['cancel', ref, '--reason', '誤報']);
      continue;
    }
    let held = false;
    if (r.chance(0.2)) {
      later(1, 40);
      run(['escalate', ref, '--reason', 'ベンダーへ', '--to', 'vendor']);
      if (r.chance(0.6)) {
        later(5, 60);
        run(['hold', ref, '--reason', '回答待ち']);
        later(10, 300);
        run(['resume', ref]);
      }
    }
    if (r.chance(0.85)) {
      later(1, 200);
      run(['classify', ref, '--impact', r.pick(LEVELS), '--urgency', r.pick(LEVELS)]);
      if (r.chance(0.35)) {
        later(5, 120);
        run(['hold', ref, '--reason', '利用者の返事待ち']);
        held = true;
        if (r.chance(0.8)) {
          later(10, 900);
          run(['resume', ref]);
          held = false;
        }
      }
    }
    if (r.chance(0.75)) {
      later(10, 2000);
      run(['resolve', ref, '--resolution', '対応しました "再起動"', '--code', r.pick(['fixed', 'workaround'])]);
      if (r.chance(0.2)) {
        later(10, 300);
        run(['reopen', ref, '--reason', '再発']);
        later(10, 600);
        run(['resolve', ref, '--resolution', '恒久対応']);
      }
      if (r.chance(0.5)) {
        later(60, 600);
        run(['close', ref]);
      }
    } else if (held && r.chance(0.5)) {
      later(10, 300);
      run(['resume', ref]);
    }
  }
}
