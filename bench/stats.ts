/** Median with the spread of a set of measurements. */
export interface Spread {
  median: number;
  min: number;
  max: number;
}

/** Median, min and max of `values`, ignoring NaN; all NaN for an empty set. */
export function spread(values: number[]): Spread {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return { median: NaN, min: NaN, max: NaN };
  const middle = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2
      ? sorted[middle]
      : (sorted[middle - 1] + sorted[middle]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1] };
}

/** Median of `values`, ignoring NaN. */
export function median(values: number[]): number {
  return spread(values).median;
}
