/**
 * Neo4j not answering: down, unreachable, or paused. Reads carry a deadline of their own (the query
 * timeout lives inside Neo4j, which cannot enforce it while it is paused), so a request fails in
 * bounded time with this error instead of hanging or answering "Unexpected error." after retries.
 */
export class DatabaseUnavailableError extends Error {
  override readonly name = 'DatabaseUnavailableError';
}

/** Driver error codes that mean the database, not the query, is the problem. */
const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);

export function isDatabaseUnavailable(error: unknown): boolean {
  if (error instanceof DatabaseUnavailableError) return true;
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && UNAVAILABLE_CODES.has(code);
}

/** The work's result, or a DatabaseUnavailableError once `ms` have passed without one. */
export async function withDeadline<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new DatabaseUnavailableError(`Neo4j did not answer ${what} within ${ms / 1000} s`)), ms);
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
    // The abandoned work may still fail later; that must not surface as an unhandled rejection.
    work.catch(() => undefined);
  }
}
