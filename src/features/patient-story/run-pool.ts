/**
 * Runs `worker` over `items` with at most `limit` in flight, in order of the list. Stops picking new items
 * once `signal` aborts (items already running finish or fail on their own signal). Never rejects: each item's
 * failure goes to `onError`.
 */
export async function runPool<T>(
  items: readonly T[],
  limit: number,
  worker: (item: T) => Promise<void>,
  signal: AbortSignal,
  onError: (item: T, error: unknown) => void,
): Promise<void> {
  let next = 0;
  const lane = async (): Promise<void> => {
    while (!signal.aborted && next < items.length) {
      const item = items[next] as T;
      next += 1;
      try {
        await worker(item);
      } catch (error) {
        onError(item, error);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, lane));
}
