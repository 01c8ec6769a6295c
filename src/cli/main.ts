/**
 * The `diplograph` command line: `npm start` runs `start`; `npm run diplograph -- <command>` runs any.
 */
import { ConfigError } from '../config/config-error.ts';
import { loadConfig } from '../config/load-config.ts';
import { PROJECT_ROOT } from '../config/project-root.ts';
import { LocalNeo4jError } from '../graph/local-neo4j/local-neo4j-error.ts';
import { Neo4jUnavailableError } from '../graph/open-neo4j.ts';
import { createLogger } from '../log/logger.ts';
import type { Config } from '../config/config.ts';
import type { Logger } from '../log/logger.ts';
import { migrateCommand } from './commands/migrate.ts';
import { neo4jCommand } from './commands/neo4j.ts';
import { startCommand } from './commands/start.ts';

type Command = (config: Config, logger: Logger) => Promise<void>;

const COMMANDS: Record<string, { run: Command; summary: string }> = {
  start: { run: startCommand, summary: 'start Neo4j (configured or local), apply migrations, serve GraphQL on API_PORT' },
  neo4j: { run: neo4jCommand, summary: 'start only Neo4j (local unless NEO4J_URI is set) with an up-to-date schema' },
  migrate: { run: migrateCommand, summary: 'apply the schema migrations in cypher/migrations and exit' },
};

const USAGE = `Usage: diplograph <command>

Commands:
${Object.entries(COMMANDS)
  .map(([name, { summary }]) => `  ${name.padEnd(8)} ${summary}`)
  .join('\n')}
  help     show this text

Settings come from the environment and .env; see .env.example.`;

/** Errors we expect users to meet: their message already says what to do, so no stack trace. */
const USER_FACING_ERRORS = [ConfigError, LocalNeo4jError, Neo4jUnavailableError];

async function main(argv: string[]): Promise<number> {
  const [name = 'start', ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command || rest.length > 0) {
    process.stderr.write(`diplograph: unknown command or argument "${argv.join(' ')}".\n\n${USAGE}\n`);
    return 2;
  }
  const config = loadConfig(PROJECT_ROOT);
  await command.run(config, createLogger(config.logLevel));
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const expected = USER_FACING_ERRORS.some((kind) => error instanceof kind);
    const message = error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
    process.stderr.write(`diplograph: ${message}\n`);
    process.exitCode = 1;
  },
);
