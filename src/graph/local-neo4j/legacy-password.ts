import { rename, rm } from 'node:fs/promises';
import { readCypher } from '../cypher-files.ts';
import { createDriver, type Neo4jConnection } from '../driver.ts';
import { generatePassword, writeSecretFile } from './local-password.ts';

/**
 * Gives a store initialised with the old fixed password a generated one, so that upgrading does not
 * leave a password every reader of the README knows. The new password is on disk (beside the final
 * file) before the server takes it, and takes the file's name only once the server has it: no step
 * can leave the server with a password that is nowhere on disk.
 */
export async function rotateLegacyPassword(connection: Neo4jConnection, passwordFile: string): Promise<string> {
  const newPassword = generatePassword();
  const pendingFile = `${passwordFile}.new`;
  await writeSecretFile(pendingFile, newPassword);
  const driver = createDriver(connection);
  try {
    await driver.executeQuery(
      readCypher('local-neo4j/change-own-password'),
      { currentPassword: connection.password, newPassword },
      { database: 'system' },
    );
  } catch (error) {
    await rm(pendingFile, { force: true });
    throw error;
  } finally {
    await driver.close();
  }
  await rename(pendingFile, passwordFile);
  return newPassword;
}
