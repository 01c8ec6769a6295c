/** A reason the local Neo4j could not start, worded for the person running the command, with what to do. */
export class LocalNeo4jError extends Error {
  readonly hint: string;

  constructor(problem: string, hint: string, options?: { cause?: unknown }) {
    super(`${problem}\n  What to do: ${hint}`, options);
    this.name = 'LocalNeo4jError';
    this.hint = hint;
  }
}
