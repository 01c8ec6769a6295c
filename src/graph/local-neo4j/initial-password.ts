import { rm } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { storeExists, writeSecretFile } from './local-password.ts';
import { lastLines, runCommand } from './run-command.ts';

/**
 * Sets the password of user "neo4j" before the very first start, with Neo4j's own admin tool, so that
 * nobody has to log in with neo4j/neo4j and change it by hand. Later starts keep the stored password.
 * The password reaches the admin tool inside a Java argument file readable by the owner only, never on
 * the command line, where `ps` would show it to every user of the machine.
 */
export async function setInitialPasswordIfNew(options: {
  java: string;
  argumentFile: string;
  home: string;
  confDir: string;
  dataDir: string;
  password: string;
}): Promise<void> {
  if (storeExists(options.dataDir)) return;
  const passwordArgumentFile = path.join(options.home, 'set-initial-password.args');
  await writeSecretFile(passwordArgumentFile, adminToolArguments(options.password));
  try {
    const result = await runCommand(options.java, [`@${options.argumentFile}`, `@${passwordArgumentFile}`], {
      env: { ...process.env, NEO4J_HOME: options.home, NEO4J_CONF: options.confDir },
    });
    if (result.exitCode !== 0) {
      throw new LocalNeo4jError(
        `Could not set the initial password of the local Neo4j:\n${lastLines(result.stdout + result.stderr, 10)}`,
        'check NEO4J_PASSWORD (8 or more characters) and that the folder in LOCAL_NEO4J_HOME is writable.',
      );
    }
  } finally {
    await rm(passwordArgumentFile, { force: true });
  }
}

/**
 * The main class and its arguments as a Java argument file: one argument per line, quoted, with
 * backslashes and quotes escaped as the java launcher's @-file syntax requires.
 */
export function adminToolArguments(password: string): string {
  const quote = (argument: string): string => `"${argument.replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`;
  // "--" ends the options: a password that begins with "-" (a generated one does, one time in 64) is
  // the password, not an unknown option that makes the admin tool print its usage and fail.
  return ['org.neo4j.cli.AdminTool', 'dbms', 'set-initial-password', '--', password].map(quote).join('\n');
}
