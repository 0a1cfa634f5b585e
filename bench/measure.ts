// What the benchmarks measure around a piece of work: its time and the growth of the process's peak memory.

/** Runs `work` while sampling RSS every 20 ms; answers its result, the time taken and the peak RSS growth in MB. */
export async function measure<T>(work: () => Promise<T>) {
  global.gc?.();
  const base = process.memoryUsage.rss();
  let peak = base;
  const timer = setInterval(() => { peak = Math.max(peak, process.memoryUsage.rss()); }, 20);
  const start = performance.now();
  const result = await work();
  const ms = performance.now() - start;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage.rss());
  return { result, ms, peakMb: (peak - base) / 2 ** 20 };
}
