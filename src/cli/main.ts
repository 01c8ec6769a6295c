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
import { UsageError } from './usage-error.ts';

/** A command gets the validated config, a logger and its own arguments; it resolves to an exit code. */
type Command = (config: Config, logger: Logger, args: string[]) => Promise<number> | Promise<void>;
/** A command that needs neither the database nor its settings, so a Neo4j misconfiguration cannot stop it. */
type OfflineCommand = (args: string[]) => Promise<number>;

/**
 * Each command's module is imported when that command runs, so a command holds only what it uses: the
 * service never loads extraction and its language models until asked to extract (ingestArticle): `start`
 * loads ARTICLES_ON_START through `load` in a child process.
 */
type CommandEntry = { usage: string; summary: string; takesArguments: boolean } & (
  { run: () => Promise<Command> } | { runOffline: () => Promise<OfflineCommand> }
);

const COMMANDS: Record<string, CommandEntry> = {
  start: {
    run: async () => (await import('./commands/start.ts')).startCommand,
    usage: 'start',
    summary: 'start Neo4j (configured or local), apply migrations, load ARTICLES_ON_START (the sample articles), serve GraphQL on API_PORT',
    takesArguments: false,
  },
  neo4j: {
    run: async () => (await import('./commands/neo4j.ts')).neo4jCommand,
    usage: 'neo4j',
    summary: 'start only Neo4j (local unless NEO4J_URI is set) with an up-to-date schema',
    takesArguments: false,
  },
  migrate: {
    run: async () => (await import('./commands/migrate.ts')).migrateCommand,
    usage: 'migrate',
    summary: 'apply the schema migrations in cypher/migrations and exit',
    takesArguments: false,
  },
  extract: {
    runOffline: async () => (await import('./commands/extract.ts')).extractCommand,
    usage: 'extract [--pretty] <file|folder|->...',
    summary: 'print the facts of each article (.txt, .html, .md) as JSON Lines; no database needed',
    takesArguments: true,
  },
  load: {
    run: async () => (await import('./commands/load.ts')).loadCommand,
    usage: 'load <file|folder|->...',
    summary:
      'extract articles (or take extraction results, .json) and write them into the graph in batches; each article is all in or not at all',
    takesArguments: true,
  },
  generate: {
    run: async () => (await import('./commands/generate.ts')).generateCommand,
    usage: 'generate --count N --seed S --out DIR',
    summary: 'write N synthetic articles (en, ru, uk; .txt and .md) from the knowledge base; same seed, same files',
    takesArguments: true,
  },
  reextract: {
    run: async () => (await import('./commands/reextract.ts')).reextractCommand,
    usage: 'reextract',
    summary: 'read again, from the texts the graph holds, every article an older extractor or knowledge base read',
    takesArguments: false,
  },
  remove: {
    run: async () => (await import('./commands/remove.ts')).removeCommand,
    usage: 'remove <articleId>...',
    summary: 'take articles out of the graph, keeping what other sources support',
    takesArguments: true,
  },
  eval: {
    runOffline: async () => (await import('./commands/eval.ts')).evalCommand,
    usage: 'eval --gold DIR --articles DIR',
    summary: 'score extraction against gold annotations: P / R / F1 per fact type [--json] [--verbose]',
    takesArguments: true,
  },
};

const USAGE = `Usage: diplograph <command>

Commands:
${Object.entries(COMMANDS)
  .map(([, { usage, summary }]) => `  ${usage.padEnd(40)} ${summary}`)
  .join('\n')}
  ${'help'.padEnd(40)} show this text

Settings come from the environment and .env; see .env.example.`;

/** Errors we expect users to meet: their message already says what to do, so no stack trace. */
const USER_FACING_ERRORS = [ConfigError, LocalNeo4jError, Neo4jUnavailableError, UsageError];

async function main(argv: string[]): Promise<number> {
  const [name = 'start', ...rest] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const command = COMMANDS[name];
  if (!command || (rest.length > 0 && !command.takesArguments)) {
    process.stderr.write(`diplograph: unknown command or argument "${argv.join(' ')}".\n\n${USAGE}\n`);
    return 2;
  }
  if ('runOffline' in command) return (await command.runOffline())(rest);
  const config = loadConfig(PROJECT_ROOT);
  const run = await command.run();
  return (await run(config, createLogger(config.logLevel), rest)) ?? 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const expected = USER_FACING_ERRORS.some((kind) => error instanceof kind);
    const message = error instanceof Error ? (expected ? error.message : (error.stack ?? error.message)) : String(error);
    // Exit now: a driver still trying to reach a silent server would keep the process alive.
    process.stderr.write(`diplograph: ${message}\n`, () => process.exit(error instanceof UsageError ? 2 : 1));
  },
);
