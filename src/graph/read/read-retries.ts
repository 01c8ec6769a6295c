import neo4j from 'neo4j-driver';

export interface ReadRetryPolicy {
  /** No new attempt starts after this long since the first (the reader uses its query timeout). */
  budgetMs: number;
  /** The wait before the second attempt; each later wait doubles, give or take a fifth at random. */
  firstDelayMs: number;
}

export const DEFAULT_FIRST_RETRY_DELAY_MS = 50;

/**
 * Runs a read again after an error Neo4j calls retryable (a transient error, a lost connection, a
 * cluster member gone: `Neo4jError.isRetryable`), with growing waits, until it succeeds, fails otherwise,
 * or the budget is spent; then the last error is thrown. The driver retries only managed transactions;
 * the reader runs its reads as auto-commit queries (see graph-reader.ts), and a read is always safe to
 * run twice.
 */
export async function withReadRetries<T>(
  attempt: () => Promise<T>,
  policy: ReadRetryPolicy,
  sleep: (ms: number) => Promise<void> = (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  now: () => number = () => performance.now(),
): Promise<T> {
  const started = now();
  let delay = policy.firstDelayMs;
  for (;;) {
    try {
      return await attempt();
    } catch (error) {
      const wait = delay * (0.8 + Math.random() * 0.4);
      if (!neo4j.isRetryableError(error) || now() - started + wait > policy.budgetMs) throw error;
      await sleep(wait);
      delay *= 2;
    }
  }
}
