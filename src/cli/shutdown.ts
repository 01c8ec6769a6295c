import type { Logger } from '../log/logger.ts';

/**
 * Runs `close` once on Ctrl-C (SIGINT) or SIGTERM, then exits. A second signal while closing exits
 * at once; the local Neo4j still ends, because its control pipe closes with this process.
 */
export function closeOnSignals(close: () => Promise<void>, logger: Logger): void {
  let closing = false;
  const onSignal = (signal: NodeJS.Signals): void => {
    if (closing) {
      logger.warn('second signal: exiting without waiting', { signal });
      process.exit(130);
    }
    closing = true;
    logger.info('shutting down', { signal });
    close().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error('error while shutting down', { error: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Resolves never: the process lives until a signal ends it. */
export function waitForever(): Promise<never> {
  return new Promise<never>(() => undefined);
}
