import { describe, expect, it } from '@jest/globals';
import { parse } from 'graphql';
import { oversizedArgument } from '../../../../src/api/plugins/argument-length-limit.ts';
import { buildApiSchema } from '../../../../src/api/schema.ts';
import { MAX_ARGUMENT_CHARACTERS } from '../../../../src/config/config.ts';

const schema = buildApiSchema();
const long = 'x'.repeat(MAX_ARGUMENT_CHARACTERS + 1);
const check = (query: string, variableValues: Record<string, unknown> = {}) =>
  oversizedArgument({ schema, document: parse(query), variableValues });

describe('string arguments over the length limit', () => {
  it('accepts arguments of ordinary length, literal and variable', () => {
    expect(check('{ country(key: "KZ") { id } }')).toBeUndefined();
    expect(check('query($key: String!) { person(key: $key) { id } }', { key: 'x'.repeat(MAX_ARGUMENT_CHARACTERS) })).toBeUndefined();
  });

  it('refuses a long literal, naming the field and argument without quoting the value', () => {
    const error = check(`{ country(key: "${long}") { id } }`);

    expect(error?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', http: { status: 400 } });
    expect(error?.message).toBe(
      `Query.country(key:) is 1,001 characters long; at most 1,000 are accepted. Send a shorter value: ids, names and cursors are far shorter.`,
    );
  });

  it('refuses a long variable, in a list, and inside an input object', () => {
    expect(check('query($p: NodeRef!) { whoMet(party: $p) { totalCount } }', { p: { key: long } })?.message).toMatch(/^NodeRef\.key/);
    expect(
      check('query($t: [RelationshipType!]) { paths(from: { key: "a" }, to: { key: "b" }, relationshipTypes: $t) { length } }', {
        t: ['ATTENDED', long],
      })?.message,
    ).toMatch(/^Query\.paths\(relationshipTypes:\)/);
    expect(check('query($f: EventFilter) { events(filter: $f) { totalCount } }', { f: { participant: long } })?.message).toMatch(
      /^EventFilter\.participant/,
    );
  });

  it('leaves the text of an article to ingest to the body limit, but not its title', () => {
    const ingest = 'mutation($input: IngestArticleInput!) { ingestArticle(input: $input) { articleId } }';

    expect(check(ingest, { input: { text: long } })).toBeUndefined();
    expect(check(ingest, { input: { text: 'a', title: long } })?.message).toMatch(/^IngestArticleInput\.title/);
  });
});
