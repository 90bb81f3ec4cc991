import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { clusterTitles, dice, normaliseTitle, titleGrams } from '../../src/core/similarity.js';
import { holdIntervals, overlapMs, percentile, summarise } from '../../src/core/stats.js';
import { slaOutcome } from '../../src/app/reports.js';
import { bar } from '../../src/render/chart.js';

describe('percentiles', () => {
  it('interpolate between closest ranks; the median of an even count is the mean of the middle two', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBeCloseTo(91, 9);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeNull();
    expect(summarise([3, 1, 2])).toEqual({ count: 3, mean: 2, median: 2, p90: 2.8 });
  });

  it('stay between the smallest and largest value, in order', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e7, noNaN: true }), { minLength: 1, maxLength: 50 }), (xs) => {
        const s = summarise(xs);
        const min = Math.min(...xs);
        const max = Math.max(...xs);
        expect(s.median!).toBeGreaterThanOrEqual(min);
        expect(s.p90!).toBeLessThanOrEqual(max);
        expect(s.p90!).toBeGreaterThanOrEqual(s.median!);
      }),
    );
  });
});

describe('hold intervals', () => {
  it('run from held to the next move off hold, and only the part inside a span counts', () => {
    const iv = holdIntervals([
      { at: 0, kind: 'opened', from: null },
      { at: 10, kind: 'held', from: 'classified' },
      { at: 30, kind: 'noted', from: null },
      { at: 40, kind: 'resumed', from: 'on_hold' },
      { at: 50, kind: 'held', from: 'escalated' },
      { at: 70, kind: 'resolved', from: 'on_hold' },
    ]);
    expect(iv).toEqual([{ start: 10, end: 40 }, { start: 50, end: 70 }]);
    expect(overlapMs(iv, 0, 100)).toBe(50);
    expect(overlapMs(iv, 20, 60)).toBe(30);
  });
});

describe('title similarity', () => {
  it('normalises width, case and numbers', () => {
    expect(normaliseTitle('ＶＰＮ に接続できない!')).toBe('vpn に接続できない');
    expect(normaliseTitle('Disk full on mail01')).toBe(normaliseTitle('disk FULL on mail02'));
  });

  it('finds Japanese titles alike without spaces, and keeps different troubles apart', () => {
    expect(dice(titleGrams(normaliseTitle('VPN に接続できない')), titleGrams(normaliseTitle('VPNに接続できません')))).toBeGreaterThan(0.5);
    expect(dice(titleGrams(normaliseTitle('VPN に接続できない')), titleGrams(normaliseTitle('メールが送信できない')))).toBeLessThan(0.5);
    const clusters = clusterTitles(['VPN に接続できない', 'プリンタが印刷できない', 'VPNに接続できません', 'プリンターで印刷できない', '証明書の期限切れ']);
    expect(clusters.map((c) => c.join(','))).toEqual(['0,2', '1,3', '4']);
  });
});

describe('SLA outcome', () => {
  it('is met by the due time, breached after it, pending before it; on hold the clock stops', () => {
    expect(slaOutcome(null, null, '2026-01-02', null)).toBeNull();
    expect(slaOutcome('2026-01-01T10:00Z', '2026-01-01T09:00Z', '2026-01-02', null)).toBe('met');
    expect(slaOutcome('2026-01-01T10:00Z', '2026-01-01T11:00Z', '2026-01-02', null)).toBe('breached');
    expect(slaOutcome('2026-01-03T10:00Z', null, '2026-01-02', null)).toBe('pending');
    expect(slaOutcome('2026-01-01T10:00Z', null, '2026-01-02', '2026-01-01T09:00Z')).toBe('pending');
  });
});

describe('bars', () => {
  it('grow with the value in eighths of a cell and never exceed the width', () => {
    expect(bar(0, 10, 8)).toBe('');
    expect(bar(10, 10, 8)).toBe('████████');
    expect(bar(5, 10, 8)).toBe('████');
    expect(bar(1, 100, 8)).toBe('▏');
    fc.assert(fc.property(fc.nat(1000), fc.integer({ min: 1, max: 1000 }), (v, max) => [...bar(Math.min(v, max), max, 20)].length <= 20));
  });
});

describe('summaries without sorting', () => {
  it('agree with percentiles of the sorted values', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1000, max: 1_000_000 }), { minLength: 1, maxLength: 300 }), (xs) => {
        const sorted = [...xs].sort((a, b) => a - b);
        const s = summarise(xs);
        expect(s.median).toBeCloseTo(percentile(sorted, 0.5)!, 6);
        expect(s.p90).toBeCloseTo(percentile(sorted, 0.9)!, 6);
      }),
    );
  });

  it('read stored timestamps exactly as Date.parse does', async () => {
    const { epochMs } = await import('../../src/core/time.js');
    fc.assert(
      fc.property(fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2199-12-31T23:59:59Z'), noInvalidDate: true }), (d) => {
        expect(epochMs(d.toISOString())).toBe(d.getTime());
      }),
    );
    expect(epochMs('2026-11-23T09:00:00Z')).toBe(Date.parse('2026-11-23T09:00:00Z'));
  });
});
