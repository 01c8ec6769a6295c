import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root, found from this file's place so that commands work from any working directory. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
