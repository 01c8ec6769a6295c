import { describe, expect, it } from '@jest/globals';
import { printSchema } from 'graphql';
import { buildApiSchema } from '../../../src/api/schema.ts';

describe('GraphQL schema', () => {
  it('builds from schema/*.graphql with a resolver for every Query field', () => {
    const schema = buildApiSchema();
    const queryFields = Object.values(schema.getQueryType()!.getFields());

    expect(queryFields.map((field) => field.name)).toContain('health');
    expect(queryFields.every((field) => typeof field.resolve === 'function')).toBe(true);
    expect(printSchema(schema)).toContain('enum HealthStatus');
  });
});
