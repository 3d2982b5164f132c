/** Relative width of a bucket: each bucket is 1% wider than the previous one. */
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);

/** Latency summary of one cell, in milliseconds. */
export interface LatencySummary {
  count: number;
  meanMs: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
}

/**
 * A log-bucketed latency histogram in microseconds, 1% relative precision,
 * with a fixed memory size whatever the number of samples.
 */
export class LatencyHistogram {
  /** Buckets up to about 2 minutes: 1.01^1900 µs ≈ 1.6e8 µs. */
  private readonly counts = new Float64Array(1900);
  private count = 0;
  private sumUs = 0;
  private maxUs = 0;

  /** Records one latency in microseconds. */
  record(microseconds: number): void {
    const us = Math.max(1, microseconds);
    const index = Math.min(
      this.counts.length - 1,
      Math.floor(Math.log(us) / LOG_GROWTH),
    );
    this.counts[index]++;
    this.count++;
    this.sumUs += us;
    if (us > this.maxUs) this.maxUs = us;
  }

  /** Latency below which `quantile` (0 to 1) of the samples fall, in microseconds; upper bucket edge. */
  percentile(quantile: number): number {
    if (this.count === 0) return NaN;
    const rank = Math.ceil(quantile * this.count);
    let seen = 0;
    for (let i = 0; i < this.counts.length; i++) {
      seen += this.counts[i];
      if (seen >= rank) return Math.min(this.maxUs, GROWTH ** (i + 1));
    }
    return this.maxUs;
  }

  /** Summarises the samples in milliseconds. */
  summary(): LatencySummary {
    return {
      count: this.count,
      meanMs: this.count ? this.sumUs / this.count / 1000 : NaN,
      p50Ms: this.percentile(0.5) / 1000,
      p95Ms: this.percentile(0.95) / 1000,
      p99Ms: this.percentile(0.99) / 1000,
      maxMs: this.maxUs / 1000,
    };
  }
}
