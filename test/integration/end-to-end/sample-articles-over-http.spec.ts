import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { GRAPHIQL_EXAMPLES_FILE, startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { postGraphql } from '../../support/graphql-client.ts';
import { loadSampleArticles } from '../../support/load-sample-articles.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

/**
 * The product end to end: the five sample articles extracted and loaded as `npm start` does, then
 * questioned over real HTTP.
 */
describe('the sample articles, extracted, loaded and queried over HTTP', () => {
  let driver: Driver;
  let api: RunningApiServer;
  const graphql = (query: string, variables: Record<string, unknown> = {}) => postGraphql(api.url, query, variables);

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await deleteAllData(driver, test.database);
    const summary = await loadSampleArticles(driver, test.database);
    expect(summary.failures).toEqual([]);
    api = await startApiServer({ driver, database: test.database, logger: silentLogger, host: '127.0.0.1', port: await findFreePort() });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('answers who met Tokayev: Erdoğan, in Ankara on 2022-05-10, one meeting with two sources in two languages', async () => {
    const { data, errors } = await graphql(`
      {
        whoMet(party: { id: "person:kassym-jomart-tokayev" }) {
          edges {
            node {
              counterpart {
                ... on Person {
                  id
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
    const erdogan = data.whoMet.edges
      .map((edge: any) => edge.node)
      .find((entry: any) => entry.counterpart.id === 'person:recep-tayyip-erdogan');
    expect(erdogan).toBeDefined();
    expect(erdogan.meetings).toHaveLength(1);
    expect(erdogan.meetings[0]).toMatchObject({ date: { iso: '2022-05-10' }, place: { name: 'Ankara' } });
    const languages = new Set(erdogan.meetings[0].sources.map((source: any) => source.article.language));
    expect([...languages].sort()).toEqual(['en', 'uk']);
  });

  it('takes parties by name as well as by id: who met "Tokayev", meetings between "Казахстан" and "TR"', async () => {
    const { data, errors } = await graphql(`
      {
        whoMet(party: { key: "Tokayev" }) {
          edges {
            node {
              counterpart {
                ... on Person {
                  id
                }
              }
            }
          }
        }
        meetingsBetween(a: { key: "Казахстан" }, b: { key: "TR" }) {
          edges {
            node {
              date {
                iso
              }
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    expect(data.whoMet.edges.map((edge: any) => edge.node.counterpart.id)).toContain('person:recep-tayyip-erdogan');
    expect(data.meetingsBetween.edges.map((edge: any) => edge.node.date?.iso)).toEqual(
      expect.arrayContaining(['2021-02-04', '2022-05-10']),
    );
  });

  it("lists Kazakhstan's agreements of 2022: signed with Turkey on 2022-05-10, named in English", async () => {
    const { data, errors } = await graphql(`
      {
        timeline(entity: { key: "Kazakhstan" }, from: "2022-01-01", to: "2022-12-31") {
          edges {
            node {
              date {
                iso
              }
              agreement {
                name
                kind
                status
                parties {
                  ... on Country {
                    id
                  }
                }
              }
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    const agreements = data.timeline.edges.map((edge: any) => edge.node).filter((entry: any) => entry.agreement !== null);
    expect(agreements.length).toBeGreaterThan(0);
    for (const { date, agreement } of agreements) {
      expect(date).toEqual({ iso: '2022-05-10' });
      expect(agreement.status).toBe('SIGNED');
      expect(agreement.parties.map((party: any) => party.id).sort()).toEqual(['country:kz', 'country:tr']);
      expect(agreement.name).not.toMatch(/\p{Script=Cyrillic}/u);
    }
    expect(agreements.map((entry: any) => entry.agreement.kind)).toEqual(expect.arrayContaining(['AGREEMENT', 'JOINT_DECLARATION']));
  });

  it('answers every example operation GraphiQL opens with, without errors and with data', async () => {
    const examples = readFileSync(GRAPHIQL_EXAMPLES_FILE, 'utf8');
    const operations = parse(examples).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    expect(operations.length).toBeGreaterThanOrEqual(3);

    for (const operation of operations) {
      const response = await postGraphql(api.url, examples, {}, operation.name!.value);
      expect({ operation: operation.name!.value, errors: response.errors }).toEqual({
        operation: operation.name!.value,
        errors: undefined,
      });
      const answers = Object.values(response.data as Record<string, unknown>);
      expect(answers.some((answer) => answer !== null && (!Array.isArray(answer) || answer.length > 0))).toBe(true);
    }
  });

  it('lists the meetings between Kazakhstan and Turkey in date order', async () => {
    const { data, errors } = await graphql(
      '{ meetingsBetween(a: { id: "country:kz" }, b: { id: "country:tr" }) { totalCount edges { node { date { iso } participants { ... on Person { name } } } } } }',
    );

    expect(errors).toBeUndefined();
    const meetings = data.meetingsBetween.edges.map((edge: any) => edge.node);
    expect(meetings).toHaveLength(data.meetingsBetween.totalCount);
    const dates = meetings.map((event: any) => event.date?.iso ?? null).filter((date: string | null) => date !== null);
    expect(dates).toEqual([...dates].sort());
    expect(dates).toEqual(expect.arrayContaining(['2021-02-04', '2022-05-10']));
    const dere = meetings.find((event: any) => event.date?.iso === '2021-02-04');
    expect(dere.participants.map((participant: any) => participant.name).sort()).toEqual(['Muhsin Dere', 'Nurlan Yermekbayev']);
  });

  it("lists a country's events newest first and the undated ones last", async () => {
    const { data, errors } = await graphql('{ country(key: "Kazakhstan") { events(first: 100) { date { iso } } } }');

    expect(errors).toBeUndefined();
    const dates = data.country.events.map((event: any) => event.date?.iso ?? null);
    const dated = dates.filter((date: string | null) => date !== null);
    expect(dated.length).toBeGreaterThan(1);
    expect(dates.length).toBeGreaterThan(dated.length);
    expect(dates).toEqual([...[...dated].sort().reverse(), ...dates.filter((date: string | null) => date === null)]);
  });

  it('finds a path from Belarus to Turkey with a readable sentence per step', async () => {
    const { data, errors } = await graphql(
      '{ paths(from: { id: "country:by" }, to: { id: "country:tr" }, maxHops: 6) { steps { sentence from { id } to { id } } } }',
    );

    expect(errors).toBeUndefined();
    expect(data.paths.length).toBeGreaterThan(0);
    const [path] = data.paths;
    expect(path.steps[0].from.id).toBe('country:by');
    expect(path.steps.at(-1).to.id).toBe('country:tr');
    for (const step of path.steps) expect(step.sentence).toMatch(/\S+ — .+ — \S+/);
  });

  it('pages through the events with stable cursors: every event once, in the same order as one big page', async () => {
    const everything = await graphql('{ events(first: 50) { totalCount edges { node { id } } } }');
    const all = everything.data.events.edges.map((edge: any) => edge.node.id);
    expect(all.length).toBe(everything.data.events.totalCount);
    expect(all.length).toBeGreaterThanOrEqual(4);

    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 20; page += 1) {
      const { data, errors }: { data?: any; errors?: any[] } = await graphql(
        'query ($after: String) { events(first: 2, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }',
        { after },
      );
      expect(errors).toBeUndefined();
      seen.push(...data.events.edges.map((edge: any) => edge.node.id));
      if (!data.events.pageInfo.hasNextPage) break;
      after = data.events.pageInfo.endCursor;
    }
    expect(seen).toEqual(all);
  });

  it('states where every fact came from: the Aleinik–Nurtleu meeting cites its sentence in the article text', async () => {
    const { data, errors } = await graphql(`
      {
        meetingsBetween(a: { id: "country:by" }, b: { id: "country:kz" }) {
          edges {
            node {
              date {
                iso
              }
              place {
                name
              }
              sources {
                sentence
                start
                end
                article {
                  id
                }
              }
            }
          }
        }
      }
    `);

    expect(errors).toBeUndefined();
    const meeting = data.meetingsBetween.edges.map((edge: any) => edge.node).find((event: any) => event.date?.iso === '2024-05-21');
    expect(meeting.place.name).toBe('Astana');
    expect(meeting.sources.some((source: any) => source.sentence.includes('Sergei Aleinik') && source.end > source.start)).toBe(true);
  });
});
