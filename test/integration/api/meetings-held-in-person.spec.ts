import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { startApiServer, type RunningApiServer } from '../../../src/api/server.ts';
import { findFreePort } from '../../../src/graph/local-neo4j/port-availability.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { postGraphql } from '../../support/graphql-client.ts';
import { loadRealArticles } from '../../support/real-articles.ts';
import { deleteAllData, openTestDatabase } from '../../support/test-database.ts';

/** Real published articles (dev split of test/fixtures/real), one of each kind, through extraction and the loader. */
const ARTICLES = {
  heldMeeting: 'en/en-peoplecn-2023-10-17-xi-meets-tokayev.txt',
  phoneCall: 'ru/ru-mgorod-2022-tokayev-zelensky-call.txt',
  kazakhPhoneCall: 'kk/kk-zakon-2020-erdogan-nazarbayev-phone.txt',
  announcedVisit: 'kk/kk-sputnik-2021-02-27-japarov-state-visit-announced.txt',
  announcedMeeting: 'en/en-epochtimes-2022-xi-set-to-visit-kazakhstan.txt',
  cancelledVisit: 'ru/ru-1news-az-2016-10-12-nazarbayev-cancels-visit.txt',
  cancelledMeeting: 'uk/uk-unn-2018-11-29-trump-cancels-putin-meeting.txt',
  deniedMeeting: 'en/en-interfax-2019-11-18-putin-zelensky-kazakhstan-meeting-denied.txt',
  summitWithSideTalks: 'en/en-rferl-2023-11-03-ots-summit-astana.txt',
} as const;

const WHO_MET = `query ($party: ID!) { whoMet(party: { id: $party }, first: 100) { edges { node { counterpart { ... on Person { id } ... on Country { id } } } } } }`;
const EVENTS = `query ($filter: EventFilter) { events(first: 100, filter: $filter) { totalCount edges { node { kind status mode participants { ... on Person { id } } } } } }`;

describe('who met whom, from real articles of every kind', () => {
  let driver: Driver;
  let api: RunningApiServer;
  const counterparts = async (party: string): Promise<string[]> => {
    const { data, errors } = await postGraphql(api.url, WHO_MET, { party });
    expect(errors).toBeUndefined();
    return data.whoMet.edges.map((edge: any) => edge.node.counterpart.id).sort();
  };
  const events = async (filter: Record<string, unknown> = {}) => {
    const { data, errors } = await postGraphql(api.url, EVENTS, { filter });
    expect(errors).toBeUndefined();
    return data.events.edges.map((edge: any) => edge.node) as Array<{
      kind: string;
      status: string;
      mode: string;
      participants: Array<{ id?: string }>;
    }>;
  };

  beforeAll(async () => {
    const test = openTestDatabase();
    driver = test.driver;
    await applyMigrations(driver, test.database, silentLogger);
    await deleteAllData(driver, test.database);
    await loadRealArticles(driver, test.database, Object.values(ARTICLES));
    api = await startApiServer({ driver, database: test.database, logger: silentLogger, host: '127.0.0.1', port: await findFreePort() });
  });

  afterAll(async () => {
    await api.close();
    await driver.close();
  });

  it('makes counterparts of two leaders who met in person, on a visit or in talks on a summit’s sidelines', async () => {
    expect(await counterparts('person:xi-jinping')).toEqual(['person:kassym-jomart-tokayev']);
    expect(await counterparts('person:kassym-jomart-tokayev')).toEqual(['person:recep-tayyip-erdogan', 'person:xi-jinping']);
  });

  it('does not make a phone call a meeting, in Russian or in Kazakh, yet lists the call as a held CALL', async () => {
    expect(await counterparts('person:volodymyr-zelenskyy')).toEqual([]);
    expect(await counterparts('person:nursultan-nazarbayev')).toEqual([]);
    const calls = await events({ status: 'HELD', kind: 'PHONE_CALL' });
    expect(calls.map((call) => call.participants.map((participant) => participant.id).sort()).sort()).toEqual([
      ['person:kassym-jomart-tokayev', 'person:volodymyr-zelenskyy'],
      ['person:nursultan-nazarbayev', 'person:recep-tayyip-erdogan'],
    ]);
    expect(calls.every((event) => event.mode === 'CALL')).toBe(true);
  });

  it('does not make an announced, cancelled or denied meeting or visit a meeting', async () => {
    expect(await counterparts('person:sadyr-japarov')).toEqual([]);
    expect(await counterparts('person:vladimir-putin')).toEqual([]);
    const notHeld = [
      ...(await events({ status: 'PLANNED' })),
      ...(await events({ status: 'CANCELLED' })),
      ...(await events({ status: 'DENIED' })),
    ];
    expect(new Set(notHeld.map((event) => event.status))).toEqual(new Set(['PLANNED', 'CANCELLED', 'DENIED']));
  });

  it('does not pair the attendees of a summit with each other', async () => {
    // The informal summit of Turkic states (more than one summit is held; which comes first is no matter).
    const summit = (await events({ kind: 'SUMMIT', status: 'HELD' })).find((event) =>
      event.participants.some((participant) => participant.id === 'person:ilham-aliyev'),
    );
    expect(summit!.mode).toBe('GATHERING');
    expect(summit!.participants.map((participant) => participant.id)).toEqual(
      expect.arrayContaining(['person:ilham-aliyev', 'person:sadyr-japarov', 'person:shavkat-mirziyoyev']),
    );

    expect(await counterparts('person:ilham-aliyev')).toEqual([]);
    expect(await counterparts('person:sadyr-japarov')).toEqual([]);
    expect(await counterparts('person:recep-tayyip-erdogan')).toEqual(['person:kassym-jomart-tokayev']);
  });

  it('shows beside each source the words and the rule that made the event, and the extractor that read the article', async () => {
    const query = `{ whoMet(party: { id: "person:xi-jinping" }) { edges { node { meetings { status sources { sentence cue rule article { extractorVersion } } } } } } }`;
    const { data, errors } = await postGraphql(api.url, query);
    expect(errors).toBeUndefined();
    const [source] = data.whoMet.edges[0].node.meetings[0].sources;
    expect(source.sentence).toContain('met with Kazakh President Kassym-Jomart Tokayev');
    expect(source.cue).toBe('met');
    expect(source.rule).toBe('event-word:meeting+held:held-form');
    expect(source.article.extractorVersion).toMatch(/^rules \S+; event-words \S+;/);

    const announced = await postGraphql(
      api.url,
      `{ events(filter: { status: PLANNED }, first: 100) { edges { node { sources { cue rule } } } } }`,
    );
    const rules = announced.data.events.edges.flatMap((edge: any) => edge.node.sources.map((item: any) => item.rule));
    expect(rules.length).toBeGreaterThan(0);
    expect(rules.every((rule: string) => /\+planned:(cue:|follows:)/.test(rule))).toBe(true);
  });

  it('lists only the events of the status asked for, and every event with one', async () => {
    const all = await events();
    const byStatus = await Promise.all(['HELD', 'PLANNED', 'CANCELLED', 'DENIED'].map((status) => events({ status })));

    expect(byStatus.flat()).toHaveLength(all.length);
    byStatus.forEach((list, index) =>
      expect(list.every((event) => event.status === ['HELD', 'PLANNED', 'CANCELLED', 'DENIED'][index])).toBe(true),
    );
  });
});
