import { existsSync } from 'node:fs';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { LocalNeo4jError } from './local-neo4j-error.ts';
import { assertMavenAvailable } from './prerequisites.ts';
import { lastLines, runCommand } from './run-command.ts';

export interface ClasspathRequest {
  /** The folder holding pom.xml and ParentWatch.java (neo4j-local/ in the repository). */
  launcherDir: string;
  /** Where the resolved classpath is cached, one file per version pair. */
  cacheDir: string;
  neo4jVersion: string;
  browserVersion: string;
}

/**
 * The server's Java classpath. The first call asks Maven to resolve the jars (minutes: it downloads them);
 * later calls read the cached list and start in seconds, as long as every jar is still in ~/.m2.
 */
export async function resolveClasspath(request: ClasspathRequest): Promise<string[]> {
  const cacheFile = path.join(request.cacheDir, `classpath-${request.neo4jVersion}-browser-${request.browserVersion}.txt`);
  const cached = await readCachedClasspath(cacheFile);
  if (cached) return cached;

  await assertMavenAvailable();
  await mkdir(request.cacheDir, { recursive: true });
  const pendingFile = `${cacheFile}.pending`;
  const result = await runCommand('mvn', [
    '--batch-mode',
    '--quiet',
    '--file',
    path.join(request.launcherDir, 'pom.xml'),
    `-Dneo4j.version=${request.neo4jVersion}`,
    `-Dneo4j.browser.version=${request.browserVersion}`,
    'dependency:build-classpath',
    `-Dmdep.outputFile=${pendingFile}`,
  ]);
  if (result.exitCode !== 0) {
    await rm(pendingFile, { force: true });
    throw new LocalNeo4jError(
      `Maven could not resolve Neo4j ${request.neo4jVersion} from Maven Central:\n${lastLines(result.stdout + result.stderr, 15)}`,
      'check that this machine reaches Maven Central (or your Maven mirror in ~/.m2/settings.xml) and run the command again.',
    );
  }
  const entries = splitClasspath(await readFile(pendingFile, 'utf8'));
  await writeFile(cacheFile, entries.join('\n'));
  await rm(pendingFile, { force: true });
  return entries;
}

/** Maven joins the jars with the platform's path delimiter (':' here, ';' on Windows). */
function splitClasspath(text: string): string[] {
  return text
    .trim()
    .split(path.delimiter)
    .map((entry) => entry.trim())
    .filter((entry) => entry.length > 0);
}

async function readCachedClasspath(cacheFile: string): Promise<string[] | undefined> {
  if (!existsSync(cacheFile)) return undefined;
  const entries = (await readFile(cacheFile, 'utf8')).split('\n').filter((entry) => entry.length > 0);
  // A cleaned ~/.m2 invalidates the cache: resolve again rather than fail at class loading.
  return entries.length > 0 && entries.every((entry) => existsSync(entry)) ? entries : undefined;
}
