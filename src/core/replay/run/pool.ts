/**
 * A bounded pool: at most `concurrency` tasks at once, results in task order. `stop()` (bail)
 * lets running tasks finish and starts no new one; the rest get `skipped(index)`.
 */
export async function runPool<T>(
  count: number,
  concurrency: number,
  task: (index: number, stop: () => void) => Promise<T>,
  skipped: (index: number) => T,
): Promise<T[]> {
  const results = new Array<T | undefined>(count)
  let next = 0
  let stopped = false
  const stop = () => {
    stopped = true
  }
  const worker = async () => {
    while (!stopped && next < count) {
      const index = next++
      results[index] = await task(index, stop)
    }
  }
  const width = Math.max(1, Math.min(Math.floor(concurrency), count))
  await Promise.all(Array.from({ length: width }, worker))
  // Array.from, not map: map skips the holes the stopped tasks left.
  return Array.from(results, (result, index) => result ?? skipped(index))
}
