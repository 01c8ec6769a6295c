import type { Driver } from 'neo4j-driver';
import { readCypher } from '../../src/graph/cypher-files.ts';
import { farApartEntities, wellConnectedPerson } from '../bench-api/operations.ts';

/** One kind of question clients ask, as the GraphQL request a client sends. */
export interface ApiClass {
  name: string;
  /** The question in words, with the ids chosen. */
  description: string;
  document: string;
  variables: Record<string, unknown>;
}

/** The entities the questions are about: chosen once, on the first step's graph, and asked at every size. */
export interface ClassSubjects {
  country: string;
  countryKey: string;
  person: { id: string; name: string };
  partnerCountry: string;
  path: { from: string; to: string; hops: number };
}

export async function chooseSubjects(driver: Driver, database: string): Promise<ClassSubjects> {
  const country = 'country:kz';
  const person = await wellConnectedPerson(driver, database);
  const { records } = await driver.executeQuery(readCypher('test/meeting-partner-countries'), { id: country }, { database });
  const partnerCountry = records[0]?.get('id') as string | undefined;
  if (!partnerCountry) throw new Error(`${country} met no other country in this graph: is the corpus loaded?`);
  const pair = await farApartEntities(driver, database, country, 6);
  return { country, countryKey: 'KZ', person: { id: person.id, name: person.name }, partnerCountry, path: pair };
}

const EVENT = 'id name date { iso } place { id name }';

/**
 * Every list and lookup class of the API, each on the most-connected subjects (Kazakhstan, the person who
 * attended the most events), where reads that grow with an entity's degree would show.
 */
export function apiClasses(subjects: ClassSubjects): ApiClass[] {
  const { country, countryKey, person, partnerCountry, path } = subjects;
  return [
    {
      name: 'lookup',
      description: `country(key: "${countryKey}") { id name aliases }`,
      document: 'query Lookup($key: String!) { country(key: $key) { id name aliases } }',
      variables: { key: countryKey },
    },
    {
      name: 'search',
      description: `search(text: "${person.name}", first: 10)`,
      document: 'query Search($text: String!) { search(text: $text, first: 10) { score node { id name } } }',
      variables: { text: person.name },
    },
    {
      name: 'sources',
      description: `country(id: ${country}) { sources(first: 5) }: the newest sentences naming it`,
      document:
        'query Sources($id: ID!) { country(id: $id) { id sources(first: 5) { sentence start end article { id title publishedAt { iso } } } } }',
      variables: { id: country },
    },
    {
      name: 'events',
      description: `events(filter: { participant: ${country} }, first: 10): its newest events`,
      document: `query Events($id: ID!) { events(filter: { participant: $id }, first: 10) { edges { cursor node { ${EVENT} } } pageInfo { hasNextPage endCursor } } }`,
      variables: { id: country },
    },
    {
      name: 'timeline',
      description: `timeline(entity: ${country}, first: 10): its oldest events and agreements`,
      document: `query Timeline($id: ID!) { timeline(entity: { id: $id }, first: 10) { edges { node { date { iso } event { ${EVENT} } agreement { id name } } } pageInfo { hasNextPage endCursor } } }`,
      variables: { id: country },
    },
    {
      name: 'who-met',
      description: `whoMet(${person.id}, first: 20) with meetings(first: 5) and meetingCount: ${person.name}'s counterparts`,
      document:
        'query WhoMet($id: ID!) { whoMet(party: { id: $id }, first: 20) { edges { node { counterpart { ... on Person { id name } ... on Country { id name } ... on Organization { id name } } meetingCount meetings(first: 5) { id date { iso } } } } pageInfo { hasNextPage endCursor } } }',
      variables: { id: person.id },
    },
    {
      name: 'who-met-country',
      description: `whoMet(${country}, first: 20) with meetings(first: 5) and meetingCount: the country's counterparts, through everyone representing it`,
      document:
        'query WhoMetCountry($id: ID!) { whoMet(party: { id: $id }, first: 20) { edges { node { counterpart { ... on Person { id name } ... on Country { id name } ... on Organization { id name } } meetingCount meetings(first: 5) { id date { iso } } } } pageInfo { hasNextPage endCursor } } }',
      variables: { id: country },
    },
    {
      name: 'meetings-between',
      description: `meetingsBetween(${country}, ${partnerCountry}, first: 10)`,
      document: `query Between($a: ID!, $b: ID!) { meetingsBetween(a: { id: $a }, b: { id: $b }, first: 10) { edges { node { ${EVENT} } } pageInfo { hasNextPage endCursor } } }`,
      variables: { a: country, b: partnerCountry },
    },
    {
      name: 'country-relations',
      description: `countryRelations(${country}, ${partnerCountry}): counts, first 10 meetings and agreements, shared organizations`,
      document:
        'query Relations($a: ID!, $b: ID!) { countryRelations(a: { id: $a }, b: { id: $b }) { meetingCount meetings(first: 10) { id date { iso } } agreementCount agreements(first: 10) { id name } sharedOrganizations { id name } } }',
      variables: { a: country, b: partnerCountry },
    },
    {
      name: 'path',
      description: `paths(${path.from} → ${path.to}, maxHops: 6): ${path.hops} hops apart on the first graph`,
      document:
        'query Paths($from: ID!, $to: ID!) { paths(from: { id: $from }, to: { id: $to }, maxHops: 6) { length steps { relationship direction from { id } to { id } } } }',
      variables: { from: path.from, to: path.to },
    },
  ];
}
