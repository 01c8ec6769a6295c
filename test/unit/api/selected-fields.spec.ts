import { describe, expect, it } from '@jest/globals';
import {
  assertObjectType,
  buildSchema,
  Kind,
  parse,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
} from 'graphql';
import { nodePropertiesFor, selectedFieldArguments, selectedFieldNames } from '../../../src/api/resolvers/selected-fields.ts';

/** The parts of a resolver's info that selectedFieldNames reads, for the first field of the query. */
function infoFor(document: string, variableValues: Record<string, unknown> = {}): GraphQLResolveInfo {
  const parsed = parse(document);
  const operation = parsed.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
  )!;
  const fragments = Object.fromEntries(
    parsed.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments, variableValues } as unknown as GraphQLResolveInfo;
}

describe('the fields a request selects below a resolved field', () => {
  it('collects fields under inline fragments and named fragments, once each, without __typename', () => {
    const info = infoFor(`{
      whoMet(party: "Tokayev") {
        totalCount
        edges { cursor node {
          counterpart { __typename ... on Person { id name } ...CountryName }
          meetings { date place { name } }
        } }
      }
    }
    fragment CountryName on Country { name aliases }`);

    expect(selectedFieldNames(info, ['edges', 'node', 'counterpart']).sort()).toEqual(['aliases', 'id', 'name']);
    expect(selectedFieldNames(info, ['edges', 'node', 'meetings']).sort()).toEqual(['date', 'place']);
  });

  it('finds nothing along a path the request does not select', () => {
    expect(
      selectedFieldNames(infoFor('{ whoMet(party: "x") { edges { node { meetings { id } } } } }'), ['edges', 'node', 'counterpart']),
    ).toEqual([]);
  });
});

describe('the arguments a request gives a field below the resolved one', () => {
  const meetings = assertObjectType(
    buildSchema('type Counterpart { meetings(first: Int = 20): [String!]! } type Query { x: Int }').getType('Counterpart'),
  ).getFields().meetings!;

  it('gives one set per alias, with defaults and variables applied, and none for a field not asked for', () => {
    const info = infoFor(
      `query ($n: Int) { whoMet(party: "x") { edges { node { meetings { date } recent: meetings(first: 2) { date } ...More } } } }
      fragment More on Counterpart { more: meetings(first: $n) { date } }`,
      { n: 50 },
    );

    expect(selectedFieldArguments(info, ['edges', 'node', 'meetings'], meetings)).toEqual([{ first: 20 }, { first: 2 }, { first: 50 }]);
    expect(selectedFieldArguments(infoFor('{ whoMet(party: "x") { totalCount } }'), ['edges', 'node', 'meetings'], meetings)).toEqual([]);
  });
});

describe('the node properties selected fields read', () => {
  it('always reads id and name, and what a field computes from besides its own property', () => {
    expect(nodePropertiesFor([])).toEqual(['id', 'name']);
    expect(nodePropertiesFor(['date', 'kind'])).toEqual(['id', 'name', 'date', 'dateText', 'kind', 'organizationKind']);
  });
});
