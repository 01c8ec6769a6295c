import { createHash } from 'node:crypto';

/** A short, stable hash: the same inputs always give the same id, across machines and runs. */
export function stableHash(...parts: ReadonlyArray<string | undefined>): string {
  return createHash('sha256')
    .update(parts.map((part) => part ?? '').join('\u001f'))
    .digest('hex')
    .slice(0, 16);
}

/** Publishers are keyed by their lower-cased name: "Kazinform" and "KAZINFORM" are one. */
export function publisherId(name: string): string {
  return `publisher:${stableHash(name.trim().toLocaleLowerCase('en'))}`;
}
