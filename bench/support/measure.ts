/**
 * Timing helpers for the benchmarks: alternate the variants sample by
 * sample (so the noise of a shared machine spreads over all of them), report
 * the median and 75th percentile, and send them to the runner.
 */
import { executeServerCommand } from '@web/test-runner-commands';

export interface Variant {
  name: string;
  /** Prepares a fresh sample (not timed); returns what `run` needs. */
  setup: () => unknown;
  /** The timed work; may be async (then the time runs until it settles). */
  run: (prepared: unknown) => unknown;
  /** Cleans up after the sample (not timed). */
  teardown?: (prepared: unknown) => void;
}

export interface Result {
  benchmark: string;
  variant: string;
  samples: number;
  median: number;
  p75: number;
}

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;

/** Times every variant `samples` times (after `warmup` untimed rounds), interleaved. */
export async function compare(benchmark: string, variants: Variant[], samples = 25, warmup = 5): Promise<Result[]> {
  const times = variants.map(() => [] as number[]);
  for (let round = 0; round < warmup + samples; round++) {
    for (const [i, variant] of variants.entries()) {
      const prepared = await variant.setup();
      const start = performance.now();
      await variant.run(prepared);
      const elapsed = performance.now() - start;
      variant.teardown?.(prepared);
      if (round >= warmup) times[i]!.push(elapsed);
    }
  }
  const results = variants.map((variant, i) => {
    const sorted = times[i]!.sort((a, b) => a - b);
    return { benchmark, variant: variant.name, samples, median: quantile(sorted, 0.5), p75: quantile(sorted, 0.75) };
  });
  await executeServerCommand('bench-result', results);
  return results;
}
