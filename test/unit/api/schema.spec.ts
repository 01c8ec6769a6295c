import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { parse, printSchema, validate } from 'graphql';
import { buildApiSchema } from '../../../src/api/schema.ts';
import { GRAPHIQL_EXAMPLES_FILE } from '../../../src/api/server.ts';

describe('GraphQL schema', () => {
  it('builds from schema/*.graphql with a resolver for every Query field', () => {
    const schema = buildApiSchema();
    const queryFields = Object.values(schema.getQueryType()!.getFields());

    expect(queryFields.map((field) => field.name)).toContain('health');
    expect(queryFields.every((field) => typeof field.resolve === 'function')).toBe(true);
    expect(printSchema(schema)).toContain('enum HealthStatus');
  });
});

describe('GraphiQL example operations', () => {
  it('are valid against the schema', () => {
    const document = parse(readFileSync(GRAPHIQL_EXAMPLES_FILE, 'utf8'));

    expect(validate(buildApiSchema(), document)).toEqual([]);
    expect(document.definitions.length).toBeGreaterThanOrEqual(4);
  });
});
