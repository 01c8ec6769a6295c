/**
 * Runs `stop` once however the script ends (normal end, an error, Ctrl-C or SIGTERM); the local server
 * would die with this process anyway (its control pipe closes), this makes it a clean shutdown.
 */
export function stopOnSignals(stop: () => Promise<void>): () => Promise<void> {
  let stopping: Promise<void> | undefined;
  const once = () => (stopping ??= stop());
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      process.stderr.write(`\n${signal}: stopping the benchmark's service and Neo4j\n`);
      void once().finally(() => process.exit(130));
    });
  }
  return once;
}
