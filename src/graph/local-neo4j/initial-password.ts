import { existsSync } from 'node:fs';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { lastLines, runCommand } from './run-command.ts';

/**
 * Sets the password of user "neo4j" before the very first start, with Neo4j's own admin tool, so that
 * nobody has to log in with neo4j/neo4j and change it by hand. Later starts keep the stored password.
 */
export async function setInitialPasswordIfNew(options: {
  java: string;
  argumentFile: string;
  home: string;
  confDir: string;
  dataDir: string;
  password: string;
}): Promise<void> {
  if (existsSync(path.join(options.dataDir, 'dbms', 'auth.ini')) || existsSync(path.join(options.dataDir, 'databases'))) {
    return;
  }
  const result = await runCommand(
    options.java,
    [`@${options.argumentFile}`, 'org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', options.password],
    { env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: options.confDir } },
  );
  if (result.exitCode !== 0) {
    throw new LocalNeo4jError(
      `Could not set the initial password of the local Neo4j:\n${lastLines(result.stdout + result.stderr, 10)}`,
      'check NEO4J_PASSWORD (8 or more characters) and that the folder in LOCAL_NEO4J_HOME is writable.',
    );
  }
}
