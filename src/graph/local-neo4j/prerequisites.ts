import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { runCommand } from './run-command.ts';

/** Java releases Neo4j 5.26 runs on. */
const SUPPORTED_JAVA = [17, 21];

/** The java executable: JAVA_HOME's if set, else the one on PATH. */
export function javaExecutable(environment: NodeJS.ProcessEnv = process.env): string {
  return environment.JAVA_HOME ? path.join(environment.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Reads the major version from `java -version` output ("17.0.15", "21", or the old "1.8.0_392"). */
export function parseJavaMajorVersion(versionOutput: string): number | undefined {
  const match = /version "(\d+)(?:\.(\d+))?/.exec(versionOutput);
  if (!match?.[1]) return undefined;
  const first = Number(match[1]);
  return first === 1 && match[2] ? Number(match[2]) : first;
}

export async function assertJavaAvailable(java: string): Promise<number> {
  const result = await runCommand(java, ['-version']);
  if (result.spawnError) {
    throw new LocalNeo4jError(
      `Java was not found (tried "${java}"): the local Neo4j server runs on Java ${SUPPORTED_JAVA.join(' or ')}.`,
      'install a JDK or JRE 17 (Debian/Ubuntu: apt-get install openjdk-17-jre-headless), or set JAVA_HOME, ' +
        'or set NEO4J_URI to a Neo4j you already run.',
    );
  }
  const major = parseJavaMajorVersion(result.stderr + result.stdout);
  if (major === undefined || !SUPPORTED_JAVA.includes(major)) {
    throw new LocalNeo4jError(
      `Java ${major ?? '(unknown version)'} was found at "${java}", but Neo4j 5.26 runs on Java ${SUPPORTED_JAVA.join(' or ')}.`,
      'install Java 17 or 21 and point JAVA_HOME at it, or set NEO4J_URI to a Neo4j you already run.',
    );
  }
  return major;
}

export async function assertMavenAvailable(): Promise<void> {
  const result = await runCommand('mvn', ['--version']);
  if (result.spawnError || result.exitCode !== 0) {
    throw new LocalNeo4jError(
      'Maven (mvn) was not found: it fetches the Neo4j server and Browser jars from Maven Central on the first start.',
      'install Maven (Debian/Ubuntu: apt-get install maven) and make sure `mvn --version` works, ' +
        'or set NEO4J_URI to a Neo4j you already run.',
    );
  }
}
