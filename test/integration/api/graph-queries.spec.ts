import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { createLogger, silentLogger } from '../../../src/log/logger.ts';
import { ASTANA_REPORT, ENGLISH_REPORT, hostWithGuestsReport, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { postGraphql } from '../../support/graphql-client.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

describe('graph queries over HTTP', () => {
  let driver: Driver;
  let api: RunningApiServer;
  let queriesSent: string[] = [];
  const graphql = (query: string, variables: Record<string, unknown> = {}) => postGraphql(api.url, query, variables);

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    await deleteAllData(driver, test.database);
    for (const report of [ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT, hostWithGuestsReport(5)])
      await loadExtraction(driver, test.database, buildExtraction(report));
    api = await startApiServer({
      driver,
      database: test.database,
      logger: createLogger('error', {}, (line) => process.stderr.write(`${line}\n`)),
      host: '127.0.0.1',
      port: await findFreePort(),
      onQuery: (name) => queriesSent.push(name),
    });
  });

  beforeEach(() => {
    queriesSent = [];
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('finds a country by name or id, and an organization by an alias in Cyrillic', async () => {
    const { data, errors } = await graphql(`
      {
        byName: country(key: "belarus") {
          id
          name
        }
        byId: country(id: "country:kz") {
          name
        }
        sco: organization(key: "ШОС") {
          id
          name
          aliases
        }
        nobody: person(key: "No Such Person") {
          id
        }
      }
    `);

    expect(errors).toBeUndefined();
    expect(data.byName).toEqual({ id: 'country:by', name: 'Belarus' });
    expect(data.byId).toEqual({ name: 'Kazakhstan' });
    expect(data.sco).toMatchObject({ id: 'org:sco', name: 'Shanghai Cooperation Organisation' });
    expect(data.nobody).toBeNull();
  });

  it('answers who met Tokayev: Erdoğan, at one meeting reported by two articles', async () => {
    const { data, errors } = await graphql(`
      {
        whoMet(party: { id: "person:kassym-jomart-tokayev" }) {
          edges {
            node {
              counterpart {
                ... on Person {
                  name
                }
              }
              meetings {
                date {
                  iso
                }
                place {
                  name
                }
                topics {
                  name
                }
                sources {
                  sentence
                  article {
                    id
                    language
                  }
                }
              }
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    expect(data.whoMet.edges).toHaveLength(1);
    expect(data.whoMet.edges[0].node.counterpart.name).toBe('Recep Tayyip Erdoğan');
    const [meeting] = data.whoMet.edges[0].node.meetings;
    expect(meeting).toMatchObject({ date: { iso: '2022-05-10' }, place: { name: 'Ankara' } });
    expect(meeting.sources.map((source: any) => source.article.language).sort()).toEqual(['en', 'en', 'uk', 'uk']);
    expect(meeting.topics.map((topic: any) => topic.name).sort()).toEqual(['defence industry', 'trade', 'transport']);
  });

  it.each(['{ id: "country:kz" }', '{ key: "Kazakhstan" }'])(
    'answers who Kazakhstan (%s) met through its representatives, newest first: Aleinik and Erdoğan, not its own ministers',
    async (party) => {
      const { data, errors } = await graphql(`{
      whoMet(party: ${party}) {
        totalCount
        edges { node { counterpart { ... on Person { id } ... on Country { id } } meetings { date { iso } place { name } } } }
      }
    }`);

      expect(errors).toBeUndefined();
      expect(data.whoMet.totalCount).toBe(2);
      expect(data.whoMet.edges.map((edge: any) => edge.node.counterpart.id)).toEqual([
        'person:sergei-aleinik',
        'person:recep-tayyip-erdogan',
      ]);
      expect(data.whoMet.edges.map((edge: any) => edge.node.meetings)).toEqual([
        [{ date: { iso: '2024-05-21' }, place: { name: 'Astana' } }],
        [{ date: { iso: '2022-05-10' }, place: { name: 'Ankara' } }],
      ]);
    },
  );

  it('lists the meetings between Kazakhstan and Turkey through the persons representing them', async () => {
    const { data, errors } = await graphql(
      '{ meetingsBetween(a: { id: "country:kz" }, b: { id: "country:tr" }) { edges { node { date { iso } name agreements { kind status } } } } }',
    );

    expect(errors).toBeUndefined();
    expect(data.meetingsBetween.edges.map((edge: any) => edge.node)).toEqual([
      {
        date: { iso: '2022-05-10' },
        name: 'Talks: Kassym-Jomart Tokayev – Recep Tayyip Erdoğan (2022-05-10, Ankara)',
        agreements: [{ kind: 'MEMORANDUM', status: 'SIGNED' }],
      },
    ]);
  });

  it('counts every event of a representative as a meeting between them and their own country', async () => {
    const { data, errors } = await graphql(`
      {
        between: meetingsBetween(a: { id: "person:kassym-jomart-tokayev" }, b: { id: "country:kz" }, first: 100) {
          edges {
            node {
              id
            }
          }
        }
        attended: person(id: "person:kassym-jomart-tokayev") {
          events {
            id
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    const between = data.between.edges.map((edge: any) => edge.node.id);
    expect(between.length).toBeGreaterThan(0);
    expect(between.sort()).toEqual(data.attended.events.map((event: any) => event.id).sort());
  });

  it('finds a path from Belarus to Turkey as typed steps with readable sentences and sources', async () => {
    const { data, errors } = await graphql(`
      {
        paths(from: { id: "country:by" }, to: { id: "country:tr" }, maxHops: 4) {
          length
          steps {
            from {
              id
            }
            relationship
            direction
            to {
              id
            }
            sentence
            sources {
              sentence
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    expect(data.paths.length).toBeGreaterThan(0);
    const [shortest] = data.paths;
    expect(shortest.length).toBeLessThanOrEqual(4);
    expect(shortest.steps[0].from.id).toBe('country:by');
    expect(shortest.steps.at(-1).to.id).toBe('country:tr');
    expect(shortest.steps[0].sentence).toMatch(/^Belarus — /);
    for (const step of shortest.steps) expect(step.sources.length).toBeGreaterThan(0);
  });

  it("gives a country's timeline of events and agreements, oldest first, within a date range", async () => {
    const all = await graphql(
      '{ timeline(entity: { id: "country:kz" }, first: 100) { totalCount edges { node { date { iso } event { id } agreement { kind } } } } }',
    );
    const in2022 = await graphql(
      '{ timeline(entity: { id: "country:kz" }, from: "2022-01-01", to: "2022-12-31") { edges { node { date { iso } agreement { kind } } } } }',
    );

    expect(all.errors).toBeUndefined();
    expect(all.data.timeline.edges).toHaveLength(all.data.timeline.totalCount);
    const dates = all.data.timeline.edges.map((edge: any) => edge.node.date?.iso ?? null);
    expect([...dates].sort()).toEqual(dates);
    expect(in2022.data.timeline.edges.map((edge: any) => edge.node)).toEqual([
      { date: { iso: '2022-05-10' }, agreement: null },
      { date: { iso: '2022-05-10' }, agreement: { kind: 'MEMORANDUM' } },
    ]);
  });

  it.each([
    ['timeline', 'timeline(entity: { id: "person:test-host" }, first: 2, after: $after)', 'event { id }'],
    ['meetingsBetween', 'meetingsBetween(a: { id: "person:test-host" }, b: { id: "country:kz" }, first: 2, after: $after)', 'id'],
  ])('pages through %s, oldest first, each entry once, with a cursor that works nowhere else', async (field, call, selection) => {
    const page = `query ($after: String) { ${call} { totalCount edges { cursor node { ${selection} } } pageInfo { hasNextPage endCursor } } }`;
    const pages: any[] = [];
    let after: string | null = null;
    do {
      const { data, errors } = await graphql(page, { after });
      expect(errors).toBeUndefined();
      pages.push(data[field]);
      after = data[field].pageInfo.hasNextPage ? data[field].pageInfo.endCursor : null;
    } while (after !== null && pages.length < 10);
    const misplaced = await graphql('query ($after: String) { whoMet(party: { id: "person:test-host" }, after: $after) { totalCount } }', {
      after: pages[0].pageInfo.endCursor,
    });

    expect(pages.map((one) => one.totalCount)).toEqual([5, 5, 5]);
    const ids = pages.flatMap((one) => one.edges.map((edge: any) => edge.node.event?.id ?? edge.node.id));
    expect(new Set(ids).size).toBe(5);
    expect(misplaced.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('refuses a timeline or meetings page larger than 100', async () => {
    const timeline = await graphql('{ timeline(entity: { id: "country:kz" }, first: 101) { totalCount } }');
    const meetings = await graphql('{ meetingsBetween(a: { id: "country:kz" }, b: { id: "country:tr" }, first: 101) { totalCount } }');

    expect(timeline.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(meetings.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('relates two countries by name: meetings, agreements and shared organizations', async () => {
    const { data, errors } = await graphql(`
      {
        countryRelations(a: { key: "Kazakhstan" }, b: { key: "Turkey" }) {
          a {
            id
          }
          b {
            id
          }
          meetingCount
          meetings {
            date {
              iso
              precision
            }
          }
          agreementCount
          agreements {
            kind
          }
          sharedOrganizations {
            name
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    expect(data.countryRelations).toEqual({
      a: { id: 'country:kz' },
      b: { id: 'country:tr' },
      meetingCount: 1,
      meetings: [{ date: { iso: '2022-05-10', precision: 'DAY' } }],
      agreementCount: 1,
      agreements: [{ kind: 'MEMORANDUM' }],
      sharedOrganizations: [{ name: 'Organization of Turkic States' }],
    });
  });

  it("gives two countries' meetings and agreements a page at a time, with their counts", async () => {
    const none = await graphql(
      '{ countryRelations(a: { key: "Kazakhstan" }, b: { key: "Turkey" }) { meetingCount meetings(first: 0) { id } agreementCount agreements(first: 0) { id } } }',
    );
    const tooMany = await graphql('{ countryRelations(a: { key: "Kazakhstan" }, b: { key: "Turkey" }) { meetings(first: 101) { id } } }');

    expect(none.data.countryRelations).toEqual({ meetingCount: 1, meetings: [], agreementCount: 1, agreements: [] });
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it("gives a page of any fact's sources, at most 100", async () => {
    const { data, errors } = await graphql(`
      {
        whoMet(party: { id: "person:kassym-jomart-tokayev" }) {
          edges {
            node {
              meetings {
                all: sources {
                  sentence
                }
                one: sources(first: 1) {
                  sentence
                }
              }
            }
          }
        }
      }
    `);
    const tooMany = await graphql(
      '{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, maxHops: 4) { steps { sources(first: 101) { sentence } } } }',
    );

    expect(errors).toBeUndefined();
    const [meeting] = data.whoMet.edges[0].node.meetings;
    expect(meeting.all.length).toBeGreaterThan(1);
    expect(meeting.one).toEqual([meeting.all[0]]);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('searches names and aliases in any language', async () => {
    const { data, errors } = await graphql('{ search(text: "Токаєв") { score node { id name } } }');

    expect(errors).toBeUndefined();
    expect(data.search[0].node.id).toBe('person:kassym-jomart-tokayev');
  });

  it('treats search text as words, not query syntax', async () => {
    const { data, errors } = await graphql('{ search(text: "Ankara) AND (") { node { id } } }');

    expect(errors).toBeUndefined();
    expect(data.search.map((hit: any) => hit.node.id)).toContain('place:ankara');
  });

  it('answers NOT_FOUND naming the unknown id or name', async () => {
    const { errors } = await graphql('{ whoMet(party: { id: "person:nobody" }) { totalCount } }');
    const byName = await graphql('{ paths(from: { key: "Atlantis" }, to: { id: "country:tr" }) { length } }');

    expect(errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'party' } });
    expect(errors?.[0].message).toContain('person:nobody');
    expect(byName.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'from' } });
    expect(byName.errors?.[0].message).toContain('Atlantis');
  });

  it('answers BAD_USER_INPUT for a path longer than the limit or an unknown relationship type', async () => {
    const tooLong = await graphql('{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, maxHops: 20) { length } }');
    const unknownType = await graphql(
      '{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, relationshipTypes: [LIKES]) { length } }',
    );
    const bothRefs = await graphql('{ whoMet(party: { id: "country:kz", key: "Kazakhstan" }) { totalCount } }');
    const idAsKey = await graphql('query ($party: NodeRef!) { whoMet(party: $party) { totalCount } }', { party: { key: 'country:kz' } });

    expect(tooLong.errors?.[0]).toMatchObject({
      message: 'Argument "maxHops" must be a whole number from 1 to 8; got 20.',
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(unknownType.errors?.[0].message).toBe('Value "LIKES" does not exist in "RelationshipType" enum.');
    expect(bothRefs.errors?.[0].message).toBe('OneOf Input Object "NodeRef" must specify exactly one key.');
    expect(idAsKey.errors?.[0]).toMatchObject({
      message: '"country:kz" is an id, not a name: pass it as id (argument "party"), or give a name as key.',
      extensions: { code: 'BAD_USER_INPUT', field: 'party' },
    });
  });

  // Loaders batch per level: the selection below has five levels and seven loaders, so it needs at most
  // a dozen queries whatever the data (a node batch can split when replies arrive at different times).
  // Resolving it row by row instead would send more queries with every extra row.
  it('stays within a fixed number of Cypher queries for a nested selection, however many rows it returns', async () => {
    const nested = `query ($party: NodeRef!) {
      whoMet(party: $party) {
        edges { node {
          counterpart { ... on Person { name country { name } offices { title } sources { article { title } } } }
          meetings { name place { name country { name } } participants { ... on Person { name } } topics { name }
                     sources { sentence article { title publisher } } }
        } }
      }
    }`;

    const one = await graphql(nested, { party: { id: 'person:test-guest-1' } });
    const oneQueries = queriesSent.length;
    queriesSent = [];
    const five = await graphql(nested, { party: { id: 'person:test-host' } });
    const fiveQueries = queriesSent.length;

    expect(one.errors).toBeUndefined();
    expect(five.errors).toBeUndefined();
    expect(one.data.whoMet.edges).toHaveLength(1);
    expect(five.data.whoMet.edges).toHaveLength(5);
    expect(oneQueries).toBeLessThanOrEqual(12);
    expect(fiveQueries).toBeLessThanOrEqual(12);
  });

  it('pages through who met whom, most recently met first, each counterpart once', async () => {
    const page = `query ($after: String) {
      whoMet(party: { id: "person:test-host" }, first: 2, after: $after) {
        totalCount edges { cursor node { counterpart { ... on Person { id } } meetings { date { iso } } } } pageInfo { hasNextPage endCursor }
      }
    }`;
    const pages: any[] = [];
    let after: string | null = null;
    do {
      const { data, errors } = await graphql(page, { after });
      expect(errors).toBeUndefined();
      pages.push(data.whoMet);
      after = data.whoMet.pageInfo.hasNextPage ? data.whoMet.pageInfo.endCursor : null;
    } while (after !== null && pages.length < 10);

    expect(pages.map((one) => one.totalCount)).toEqual([5, 5, 5]);
    expect(pages.map((one) => one.edges.length)).toEqual([2, 2, 1]);
    const edges = pages.flatMap((one) => one.edges);
    expect(edges.map((edge: any) => edge.node.counterpart.id)).toEqual([5, 4, 3, 2, 1].map((guest) => `person:test-guest-${guest}`));
    expect(edges.map((edge: any) => edge.node.meetings[0].date.iso)).toEqual([
      '2023-02-05',
      '2023-02-04',
      '2023-02-03',
      '2023-02-02',
      '2023-02-01',
    ]);
    expect(pages[0].pageInfo.endCursor).toBe(pages[0].edges[1].cursor);
  });

  it("gives each counterpart's newest meetings, as many as each alias asks, and how many there are", async () => {
    const { data, errors } = await graphql(`
      {
        whoMet(party: { id: "country:kz" }, first: 1) {
          edges {
            node {
              meetingCount
              none: meetings(first: 0) {
                id
              }
              meetings {
                date {
                  iso
                }
              }
              one: meetings(first: 1) {
                date {
                  iso
                }
              }
            }
          }
        }
      }
    `);
    const tooMany = await graphql('{ whoMet(party: { id: "country:kz" }) { edges { node { meetings(first: 101) { id } } } } }');

    expect(errors).toBeUndefined();
    expect(data.whoMet.edges.map((edge: any) => edge.node)).toEqual([
      { meetingCount: 1, none: [], meetings: [{ date: { iso: '2024-05-21' } }], one: [{ date: { iso: '2024-05-21' } }] },
    ]);
    expect(tooMany.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('refuses a who-met page larger than 100 or a cursor it did not give out', async () => {
    const tooLarge = await graphql('{ whoMet(party: { id: "person:test-host" }, first: 101) { totalCount } }');
    const badCursor = await graphql('{ whoMet(party: { id: "person:test-host" }, after: "not-a-cursor") { totalCount } }');

    expect(tooLarge.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
    expect(badCursor.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});

describe('request limits', () => {
  let driver: Driver;
  let api: RunningApiServer;

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    api = await startApiServer({
      driver,
      database: test.database,
      logger: silentLogger,
      host: '127.0.0.1',
      port: await findFreePort(),
      limits: { queryTimeoutMs: 5000, maxDepth: 4, maxCost: 5000, maxAliases: 2, maxTokens: 400 },
    });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('rejects an operation nested deeper than the limit before running it', async () => {
    const { data, errors } = await postGraphql(
      api.url,
      '{ whoMet(party: { id: "country:kz" }) { edges { node { meetings { place { country { events { name } } } } } } } }',
    );

    expect(data).toBeUndefined();
    expect(errors?.[0].message).toMatch(/depth limit of 4/i);
  });

  it('rejects an operation with more aliases than allowed', async () => {
    const { errors } = await postGraphql(
      api.url,
      '{ a: country(key: "KZ") { id } b: country(key: "TR") { id } c: country(key: "BY") { id } }',
    );

    expect(errors?.[0].message).toMatch(/aliases limit of 2/i);
  });

  it('does not suggest field names to a client that guesses', async () => {
    const { errors } = await postGraphql(api.url, '{ countr(key: "KZ") { id } }');

    expect(errors?.[0].message).not.toMatch(/Did you mean/);
  });
});
