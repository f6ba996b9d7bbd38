// Summary statistics (mean, percentiles, extremes) over latency samples in milliseconds.
/** Summary statistics over latency samples, in milliseconds. */
export type Stats = { n: number; mean: number; p50: number; p90: number; p97_5: number; p99: number; min: number; max: number };

export function stats(samples: number[]): Stats {
  if (samples.length === 0) return { n: 0, mean: Number.NaN, p50: Number.NaN, p90: Number.NaN, p97_5: Number.NaN, p99: Number.NaN, min: Number.NaN, max: Number.NaN };
  const sorted = Float64Array.from(samples).sort();
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  const sum = sorted.reduce((s, v) => s + v, 0);
  return {
    n: sorted.length,
    mean: round(sum / sorted.length),
    p50: round(at(0.5)),
    p90: round(at(0.9)),
    p97_5: round(at(0.975)),
    p99: round(at(0.99)),
    min: round(sorted[0]),
    max: round(sorted[sorted.length - 1]),
  };
}

export const round = (v: number, digits = 3) => Math.round(v * 10 ** digits) / 10 ** digits;
