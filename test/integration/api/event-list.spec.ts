import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ASTANA_REPORT, ENGLISH_REPORT, hostWithGuestsReport, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { postGraphql } from '../../support/graphql-client.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

const PAGE = `query ($first: Int, $after: String, $filter: EventFilter, $order: ListOrder) {
  events(first: $first, after: $after, filter: $filter, order: $order) {
    totalCount
    edges { cursor node { id date { iso } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

describe('the events list', () => {
  let driver: Driver;
  let api: RunningApiServer;
  const page = (variables: Record<string, unknown>) => postGraphql(api.url, PAGE, variables);

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    await deleteAllData(driver, test.database);
    for (const report of [ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT, hostWithGuestsReport(5)]) {
      await loadExtraction(driver, test.database, buildExtraction(report));
    }
    api = await startApiServer({ driver, database: test.database, logger: silentLogger, host: '127.0.0.1', port: await findFreePort() });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('walks all events page by page, newest first, each exactly once', async () => {
    const seen: Array<{ id: string; date: string }> = [];
    let after: string | null = null;
    let total = 0;
    for (let pages = 0; pages < 10; pages += 1) {
      const { data, errors } = await page({ first: 3, after });
      expect(errors).toBeUndefined();
      total = data.events.totalCount;
      seen.push(...data.events.edges.map((edge: any) => ({ id: edge.node.id, date: edge.node.date?.iso ?? null })));
      if (!data.events.pageInfo.hasNextPage) break;
      after = data.events.pageInfo.endCursor;
    }

    expect(total).toBe(7);
    expect(seen).toHaveLength(7);
    expect(new Set(seen.map((event) => event.id)).size).toBe(7);
    const dates = seen.map((event) => event.date);
    expect([...dates].sort().reverse()).toEqual(dates);
  });

  it('walks all events oldest first when asked, each exactly once, undated ones last', async () => {
    const newest = await page({ first: 100 });
    const seen: Array<{ id: string; date: string | null }> = [];
    let after: string | null = null;
    for (let pages = 0; pages < 10; pages += 1) {
      const { data, errors } = await page({ first: 2, after, order: 'OLDEST_FIRST' });
      expect(errors).toBeUndefined();
      seen.push(...data.events.edges.map((edge: any) => ({ id: edge.node.id, date: edge.node.date?.iso ?? null })));
      if (!data.events.pageInfo.hasNextPage) break;
      after = data.events.pageInfo.endCursor;
    }

    expect(seen.map((event) => event.id).sort()).toEqual(newest.data.events.edges.map((edge: any) => edge.node.id).sort());
    const dated = seen.filter((event) => event.date !== null).map((event) => event.date);
    expect(dated).toEqual([...dated].sort());
    expect(dated[0]! < dated.at(-1)!).toBe(true);
    expect(seen.slice(dated.length).every((event) => event.date === null)).toBe(true);
  });

  it('refuses a cursor given out for the other order, saying which order it belongs to', async () => {
    const newest = await page({ first: 1 });
    const { errors } = await page({ first: 1, after: newest.data.events.pageInfo.endCursor, order: 'OLDEST_FIRST' });

    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(errors?.[0].message).toContain('NEWEST_FIRST');
  });

  it("refuses another list's cursor, saying which list it belongs to", async () => {
    const newest = await page({ first: 1 });
    const { errors } = await postGraphql(api.url, 'query ($after: String) { agreements(after: $after) { totalCount } }', {
      after: newest.data.events.pageInfo.endCursor,
    });

    expect(errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    expect(errors?.[0].message).toContain('a cursor of events, not of agreements');
  });

  it('keeps later pages stable when an event is added before them', async () => {
    const first = await page({ first: 2 });
    const next = await page({ first: 2, after: first.data.events.pageInfo.endCursor });
    await loadExtraction(
      driver,
      openTestDatabase().database,
      buildExtraction({
        ...hostWithGuestsReport(1),
        id: 'article:test-newest',
        publishedAt: '2025-01-01',
        events: hostWithGuestsReport(1).events!.map((event) => ({ ...event, date: '2025-01-01' })),
      }),
    );

    const nextAgain = await page({ first: 2, after: first.data.events.pageInfo.endCursor });

    expect(nextAgain.data.events.edges).toEqual(next.data.events.edges);
  });

  it('filters by participant, country through its representatives, and date range', async () => {
    const byPerson = await page({ filter: { participant: 'person:kassym-jomart-tokayev' } });
    const byCountryIn2022 = await page({ filter: { participant: 'country:tr', from: '2022-01-01', to: '2022-12-31' } });

    expect(byPerson.data.events.edges.map((edge: any) => edge.node.date)).toEqual([{ iso: '2022-05-10' }]);
    expect(byCountryIn2022.data.events.totalCount).toBe(1);
  });

  it('filters by kind and status, given as enums', async () => {
    const meetings = await postGraphql(
      api.url,
      'query ($kind: EventKind) { events(filter: { kind: $kind }, first: 100) { totalCount edges { node { kinds } } } }',
      { kind: 'MEETING' },
    );
    const calls = await postGraphql(api.url, '{ events(filter: { kind: PHONE_CALL }) { totalCount } }');
    const held = await postGraphql(api.url, '{ events(filter: { status: HELD }, first: 100) { totalCount edges { node { status } } } }');
    const planned = await postGraphql(api.url, '{ events(filter: { status: PLANNED, kind: VISIT }) { totalCount } }');

    expect(meetings.errors).toBeUndefined();
    expect(meetings.data.events.totalCount).toBeGreaterThan(0);
    expect(meetings.data.events.edges.every((edge: any) => edge.node.kinds.includes('MEETING'))).toBe(true);
    expect(calls.data.events.totalCount).toBe(0);
    expect(held.errors).toBeUndefined();
    expect(held.data.events.totalCount).toBeGreaterThan(0);
    expect(held.data.events.edges.every((edge: any) => edge.node.status === 'HELD')).toBe(true);
    expect(planned.data.events.totalCount).toBe(0);
  });

  it('refuses a kind or status outside the enum, and a malformed date, saying what is expected', async () => {
    const lowerCase = await postGraphql(api.url, '{ events(filter: { kind: meeting }) { totalCount } }');
    const asString = await page({ filter: { status: 'held' } });
    const notADay = await postGraphql(api.url, '{ events(filter: { from: "2022-02-30" }) { totalCount } }');
    const notADate = await postGraphql(api.url, '{ events(filter: { to: 20220510 }) { totalCount } }');

    expect(lowerCase.errors?.[0].message).toMatch(
      /Value "meeting" does not exist in "EventKind" enum. Did you mean the enum value "MEETING"\?/,
    );
    expect(asString.errors?.[0].message).toMatch(
      /^Variable "\$filter" got invalid value "held" at "filter.status"; Value "held" does not exist in "EventStatus" enum. Did you mean the enum value "HELD"\?/,
    );
    expect(notADay.errors?.[0].message).toContain('Date must be a calendar date as YYYY-MM-DD, such as 2022-05-10; got "2022-02-30".');
    expect(notADate.errors?.[0].message).toContain('Date must be a string as YYYY-MM-DD, such as "2022-05-10"; got a int value.');
  });

  it('answers BAD_USER_INPUT for a bad date, a page too large and a forged cursor', async () => {
    const badDate = await page({ filter: { from: '10 May 2022' } });
    const tooLarge = await page({ first: 1000 });
    const forged = await page({ after: 'not-a-cursor' });

    expect(badDate.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(badDate.errors?.[0].message).toBe(
      'Variable "$filter" got invalid value "10 May 2022" at "filter.from"; Date must be a calendar date as YYYY-MM-DD, such as 2022-05-10; got "10 May 2022".',
    );
    expect(tooLarge.errors?.[0].message).toBe('Argument "first" must be a whole number from 0 to 100; got 1000.');
    expect(forged.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });
});

describe('the agreements and articles lists', () => {
  let driver: Driver;
  let api: RunningApiServer;

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    await deleteAllData(driver, test.database);
    for (const report of [ENGLISH_REPORT, UKRAINIAN_REPORT, ASTANA_REPORT])
      await loadExtraction(driver, test.database, buildExtraction(report));
    api = await startApiServer({ driver, database: test.database, logger: silentLogger, host: '127.0.0.1', port: await findFreePort() });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it("lists Kazakhstan's agreements of 2022 with their parties", async () => {
    const { data, errors } = await postGraphql(
      api.url,
      `{ agreements(filter: { party: "country:kz", from: "2022-01-01", to: "2022-12-31" }) {
           totalCount edges { node { kind status date { iso } parties { ... on Country { name } } } } } }`,
    );

    expect(errors).toBeUndefined();
    expect(data.agreements.totalCount).toBe(1);
    expect(data.agreements.edges[0].node).toEqual({
      kind: 'MEMORANDUM',
      status: 'SIGNED',
      date: { iso: '2022-05-10' },
      parties: [{ name: 'Kazakhstan' }, { name: 'Turkey' }],
    });
  });

  it('filters agreements by kind and status, given as enums', async () => {
    const memoranda = await postGraphql(
      api.url,
      '{ agreements(filter: { kind: MEMORANDUM, status: SIGNED }) { totalCount edges { node { kind status } } } }',
    );
    const treaties = await postGraphql(api.url, '{ agreements(filter: { kind: TREATY }) { totalCount } }');
    const planned = await postGraphql(
      api.url,
      'query ($status: AgreementStatus) { agreements(filter: { status: $status }) { totalCount } }',
      { status: 'PLANNED' },
    );

    expect(memoranda.errors).toBeUndefined();
    expect(memoranda.data.agreements.totalCount).toBeGreaterThan(0);
    expect(memoranda.data.agreements.edges.every((edge: any) => edge.node.kind === 'MEMORANDUM' && edge.node.status === 'SIGNED')).toBe(
      true,
    );
    expect(treaties.data.agreements.totalCount).toBe(0);
    expect(planned.data.agreements.totalCount).toBe(0);
  });

  it('filters articles by language, publisher and mentioned entity', async () => {
    const ukrainian = await postGraphql(api.url, '{ articles(filter: { language: "uk" }) { totalCount edges { node { id publisher } } } }');
    const kazinform = await postGraphql(api.url, '{ articles(filter: { publisher: "kazinform" }) { totalCount } }');
    const aboutBelarus = await postGraphql(api.url, '{ articles(filter: { mentions: "country:by" }) { edges { node { id } } } }');

    expect(ukrainian.data.articles).toEqual({ totalCount: 1, edges: [{ node: { id: UKRAINIAN_REPORT.id, publisher: 'Укрінформ' } }] });
    expect(kazinform.data.articles.totalCount).toBe(2);
    expect(aboutBelarus.data.articles.edges).toEqual([{ node: { id: ASTANA_REPORT.id } }]);
  });
});
