import { graphql, type ExecutionResult } from 'graphql';
import neo4j from 'neo4j-driver';
import { createLoaders } from '../../src/api/loaders.ts';
import { buildApiSchema } from '../../src/api/schema.ts';
import type { KnowledgeBase } from '../../src/knowledge/knowledge-base.ts';
import { loadKnowledgeBase } from '../../src/knowledge/load-knowledge.ts';
import type { GraphReader } from '../../src/graph/read/graph-reader.ts';
import type { Logger } from '../../src/log/logger.ts';

/** One read a resolver sent: the Cypher file (cypher/<name>.cypher) and its parameters. */
export interface SentRead {
  readonly name: string;
  readonly parameters: Record<string, unknown>;
}

/** Rows to answer a read with, by file name: fixed rows, or rows made from the parameters. */
export type CannedAnswers = Readonly<Record<string, readonly object[] | ((parameters: Record<string, unknown>) => readonly object[])>>;

/**
 * A GraphReader with no database behind it: it records every read the API sends, in order, and answers
 * from canned rows (none by default). The translation tests (test/unit/api/translation) run GraphQL
 * operations through the real schema and resolvers with it and pin the Cypher files and parameters each
 * operation sends, as neo4j/graphql's TCK pins its translations.
 */
export function createRecordingReader(answers: CannedAnswers = {}): GraphReader & { readonly sent: SentRead[] } {
  const sent: SentRead[] = [];
  return {
    sent,
    async read<Row>(name: string, parameters: Record<string, unknown> = {}): Promise<Row[]> {
      sent.push({ name, parameters: plain(parameters) as Record<string, unknown> });
      const answer = answers[name];
      const rows = typeof answer === 'function' ? answer(parameters) : (answer ?? []);
      return rows as Row[];
    },
  };
}

/** Parameters as plain values: the driver's Integer (first: 5 is sent as an Integer) as a number. */
function plain(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plain);
  if (value !== null && typeof value === 'object') {
    if (neo4j.isInt(value)) return `Integer(${value.toNumber()})`;
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, plain(item)]));
  }
  return value;
}

let schema: ReturnType<typeof buildApiSchema> | undefined;
let knowledge: KnowledgeBase | undefined;
const silent: Logger = new Proxy({} as Logger, { get: (_target, property) => (property === 'child' ? () => silent : () => undefined) });

/** A statement sent through the driver itself (the health check does not go through the reader). */
export interface SentStatement {
  readonly text: string;
  readonly parameters: Record<string, unknown>;
}

/** A driver with no database behind it: its sessions record each statement run and answer with no records. */
function recordingDriver(statements: SentStatement[]): unknown {
  return {
    session: () => ({
      run: async (text: string, parameters: Record<string, unknown> = {}) => {
        statements.push({ text, parameters });
        return { records: [] };
      },
      close: async () => undefined,
    }),
  };
}

/** Runs one operation against the API's schema and resolvers with a recording reader; what it sent, and the answer. */
export async function translate(
  source: string,
  answers: CannedAnswers = {},
): Promise<{ sent: SentRead[]; statements: SentStatement[]; result: ExecutionResult }> {
  schema ??= buildApiSchema();
  knowledge ??= loadKnowledgeBase();
  const reader = createRecordingReader(answers);
  const statements: SentStatement[] = [];
  const knowledgeBase = knowledge;
  const contextValue = {
    reader,
    loaders: createLoaders(reader),
    knowledge: () => knowledgeBase,
    logger: silent,
    authorized: false,
    database: 'neo4j',
    driver: recordingDriver(statements),
  };
  const result = await graphql({ schema, source, contextValue });
  return { sent: reader.sent, statements, result };
}
