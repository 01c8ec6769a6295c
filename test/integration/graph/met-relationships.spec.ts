import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { readCypher, splitStatements } from '../../../src/graph/cypher-files.ts';
import { loadExtractions } from '../../../src/graph/load/load-articles.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { removeArticle } from '../../../src/graph/load/remove-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction, type ArticleSpec } from '../../support/extraction-builder.ts';
import {
  countryPairRecordCount,
  countryPairsOutOfStep,
  deleteAllData,
  eventsWithSources,
  meetingRecords,
  metEventLists,
  metKeptKeyCounts,
  metKeptKeysOutOfStep,
  metRelationships,
  openTestDatabase,
  runMigration,
} from '../../support/test-database.ts';

const TOKAYEV = 'person:kassym-jomart-tokayev';
const ERDOGAN = 'person:recep-tayyip-erdogan';
const ALIEV = 'person:ilham-aliyev';

/** The same pair meeting again, in Astana, on 15 January 2023: another event. */
const LATER_TALKS: ArticleSpec = {
  id: 'article:test-astana-2023',
  publishedAt: '2023-01-15',
  sentences: ['Kassym-Jomart Tokayev received Recep Tayyip Erdogan in Astana.'],
  entities: [
    { id: TOKAYEV, kind: 'person', name: 'Kassym-Jomart Tokayev', in: [0] },
    { id: ERDOGAN, kind: 'person', name: 'Recep Tayyip Erdoğan', in: [0] },
  ],
  events: [{ kind: 'meeting', date: '2023-01-15', participantIds: [TOKAYEV, ERDOGAN], in: [0] }],
};

/** The same pair again, on a day no report names: an undated event of theirs. */
const UNDATED_TOKAYEV_ERDOGAN_TALKS: ArticleSpec = {
  id: 'article:test-undated-ankara',
  sentences: ['Kassym-Jomart Tokayev held talks with Recep Tayyip Erdogan.'],
  entities: [
    { id: TOKAYEV, kind: 'person', name: 'Kassym-Jomart Tokayev', in: [0] },
    { id: ERDOGAN, kind: 'person', name: 'Recep Tayyip Erdoğan', in: [0] },
  ],
  events: [{ kind: 'talks', participantIds: [TOKAYEV, ERDOGAN], in: [0] }],
};

/** A report of one day's talks that names no date: an event of its own, undated. */
const UNDATED_TALKS: ArticleSpec = {
  id: 'article:test-undated',
  sentences: ['Kassym-Jomart Tokayev met Ilham Aliyev.'],
  entities: [
    { id: TOKAYEV, kind: 'person', name: 'Kassym-Jomart Tokayev', in: [0] },
    { id: ALIEV, kind: 'person', name: 'Ilham Aliyev', in: [0] },
  ],
  events: [{ kind: 'meeting', participantIds: [TOKAYEV, ALIEV], in: [0] }],
};

/** A call between the same pair as UNDATED_TALKS: not a meeting. */
const PHONE_CALL: ArticleSpec = {
  id: 'article:test-call',
  publishedAt: '2023-02-01',
  sentences: ['Kassym-Jomart Tokayev spoke with Ilham Aliyev by phone on 1 February 2023.'],
  entities: [
    { id: TOKAYEV, kind: 'person', name: 'Kassym-Jomart Tokayev', in: [0] },
    { id: ALIEV, kind: 'person', name: 'Ilham Aliyev', in: [0] },
  ],
  events: [{ kind: 'phone_call', date: '2023-02-01', participantIds: [TOKAYEV, ALIEV], in: [0] }],
};

/** Their meeting announced for a day: planned, so not (yet) a meeting. */
const ANNOUNCED_MEETING: ArticleSpec = {
  id: 'article:test-announced',
  publishedAt: '2023-03-01',
  sentences: ['Kassym-Jomart Tokayev will meet Recep Tayyip Erdogan in Astana on 10 March 2023.'],
  entities: [
    { id: TOKAYEV, kind: 'person', name: 'Kassym-Jomart Tokayev', in: [0] },
    { id: ERDOGAN, kind: 'person', name: 'Recep Tayyip Erdoğan', in: [0] },
  ],
  events: [{ kind: 'meeting', status: 'planned', date: '2023-03-10', participantIds: [TOKAYEV, ERDOGAN], in: [0] }],
};

/** The announced meeting of ANNOUNCED_MEETING, reported as held on its day. */
const HELD_MEETING: ArticleSpec = {
  ...ANNOUNCED_MEETING,
  id: 'article:test-held',
  publishedAt: '2023-03-10',
  sentences: ['Kassym-Jomart Tokayev met Recep Tayyip Erdogan in Astana on 10 March 2023.'],
  events: [{ kind: 'meeting', date: '2023-03-10', participantIds: [TOKAYEV, ERDOGAN], in: [0] }],
};

/** A summit of three: attending it together is not meeting. */
const SUMMIT: ArticleSpec = {
  id: 'article:test-summit',
  publishedAt: '2023-04-01',
  sentences: ['Kassym-Jomart Tokayev, Recep Tayyip Erdogan and Ilham Aliyev attended the summit on 1 April 2023.'],
  entities: [
    { id: TOKAYEV, kind: 'person', name: 'Kassym-Jomart Tokayev', in: [0] },
    { id: ERDOGAN, kind: 'person', name: 'Recep Tayyip Erdoğan', in: [0] },
    { id: ALIEV, kind: 'person', name: 'Ilham Aliyev', in: [0] },
  ],
  events: [{ kind: 'summit', date: '2023-04-01', participantIds: [TOKAYEV, ERDOGAN, ALIEV], in: [0] }],
};

/** The same pair on 25 days of 2024, one report: more meetings than MET keeps the keys of. */
const MANY_MEETINGS: ArticleSpec = {
  id: 'article:test-many-meetings',
  publishedAt: '2024-12-31',
  sentences: Array.from({ length: 25 }, (_, index) => `Kassym-Jomart Tokayev met Recep Tayyip Erdogan on day ${index + 1}.`),
  entities: [
    { id: TOKAYEV, kind: 'person', name: 'Kassym-Jomart Tokayev', in: Array.from({ length: 25 }, (_, index) => index) },
    { id: ERDOGAN, kind: 'person', name: 'Recep Tayyip Erdoğan', in: Array.from({ length: 25 }, (_, index) => index) },
  ],
  events: Array.from({ length: 25 }, (_, index) => ({
    kind: 'meeting' as const,
    date: new Date(Date.UTC(2024, 0, 1 + 7 * index)).toISOString().slice(0, 10),
    participantIds: [TOKAYEV, ERDOGAN],
    in: [index],
  })),
};

describe('MET, the who-met-whom relationship the loader keeps', () => {
  let driver: Driver;
  let database: string;
  const met = () => metRelationships(driver, database);
  const eventIdOf = async (articleId: string) =>
    (await eventsWithSources(driver, database)).find((event) => event.articles.includes(articleId))!.id;

  const metLists = () => metEventLists(driver, database);
  /** Makes the graph what the loader kept before migration 0017: MET's event lists, no meeting records. */
  const backToEventLists = async () => {
    for (const statement of splitStatements(readCypher('test/meetings-as-lists'))) await driver.executeQuery(statement, {}, { database });
  };

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
  });

  beforeEach(async () => {
    await deleteAllData(driver, database);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('joins two parties who attended an event, once per pair, with the event and its date as the sort key', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    await loadExtraction(driver, database, buildExtraction(UKRAINIAN_REPORT));

    expect(await met()).toEqual([
      { from: TOKAYEV, to: ERDOGAN, eventIds: [await eventIdOf('article:test-ankara-en')], meetingCount: 1, sortKey: -20220510 },
    ]);
  });

  it("lists a pair's events newest first and sorts it by its latest date; a pair met only undated sorts last", async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    await loadExtraction(driver, database, buildExtraction(LATER_TALKS));
    await loadExtraction(driver, database, buildExtraction(UNDATED_TALKS));

    const [withAliev, withErdogan] = await met();
    expect(withErdogan).toEqual({
      from: TOKAYEV,
      to: ERDOGAN,
      eventIds: [await eventIdOf('article:test-astana-2023'), await eventIdOf('article:test-ankara-en')],
      meetingCount: 2,
      sortKey: -20230115,
    });
    // Met only at an undated event: sorted after every dated pair.
    expect(withAliev).toEqual({
      from: ALIEV,
      to: TOKAYEV,
      eventIds: [await eventIdOf('article:test-undated')],
      meetingCount: 1,
      sortKey: 100000000,
    });
  });

  it("lists a pair's undated events after the dated ones, as the API lists events", async () => {
    for (const report of [UNDATED_TOKAYEV_ERDOGAN_TALKS, ENGLISH_REPORT, LATER_TALKS])
      await loadExtraction(driver, database, buildExtraction(report));

    expect(await met()).toEqual([
      {
        from: TOKAYEV,
        to: ERDOGAN,
        eventIds: [
          await eventIdOf('article:test-astana-2023'),
          await eventIdOf('article:test-ankara-en'),
          await eventIdOf('article:test-undated-ankara'),
        ],
        meetingCount: 3,
        sortKey: -20230115,
      },
    ]);
  });

  it('follows removal: a pair loses the events only a removed article reported, and MET goes with the last', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    await loadExtraction(driver, database, buildExtraction(LATER_TALKS));
    const ankara = await eventIdOf('article:test-ankara-en');

    await removeArticle(driver, database, 'article:test-astana-2023');
    expect(await met()).toEqual([{ from: TOKAYEV, to: ERDOGAN, eventIds: [ankara], meetingCount: 1, sortKey: -20220510 }]);

    await removeArticle(driver, database, 'article:test-ankara-en');
    expect(await met()).toEqual([]);
  });

  it('follows a changed article: the pair it no longer reports loses MET, the pair it now reports gains one', async () => {
    await loadExtraction(driver, database, buildExtraction(LATER_TALKS));
    const changed: ArticleSpec = {
      ...LATER_TALKS,
      sentences: ['Kassym-Jomart Tokayev received Ilham Aliyev in Astana.'],
      entities: [LATER_TALKS.entities[0]!, { id: ALIEV, kind: 'person', name: 'Ilham Aliyev', in: [0] }],
      events: [{ kind: 'meeting', date: '2023-01-15', participantIds: [TOKAYEV, ALIEV], in: [0] }],
    };

    const outcome = await loadExtraction(driver, database, buildExtraction(changed));

    expect(outcome.status).toBe('updated');
    expect((await met()).map(({ from, to, sortKey }) => ({ from, to, sortKey }))).toEqual([
      { from: ALIEV, to: TOKAYEV, sortKey: -20230115 },
    ]);
  });

  it('is the same after a batch load as after loading the articles one at a time', async () => {
    const reports = [ENGLISH_REPORT, LATER_TALKS, UKRAINIAN_REPORT, UNDATED_TALKS];
    for (const report of reports) await loadExtraction(driver, database, buildExtraction(report));
    const oneAtATime = await met();
    await deleteAllData(driver, database);

    await loadExtractions(driver, database, reports.map(buildExtraction));

    expect(await met()).toEqual(oneAtATime);
    expect(oneAtATime).toHaveLength(2);
  });

  it('leaves out calls, summits attended together, and meetings not (yet) held', async () => {
    for (const report of [PHONE_CALL, ANNOUNCED_MEETING, SUMMIT]) await loadExtraction(driver, database, buildExtraction(report));

    expect(await met()).toEqual([]);
    expect(
      (await eventsWithSources(driver, database))
        .map(({ kind, status, mode }) => ({ kind, status, mode }))
        .sort((a, b) => a.kind.localeCompare(b.kind)),
    ).toEqual([
      { kind: 'meeting', status: 'planned', mode: 'in_person' },
      { kind: 'phone_call', status: 'held', mode: 'call' },
      { kind: 'summit', status: 'held', mode: 'gathering' },
    ]);
  });

  it('joins the pair once a report says the announced meeting took place, and parts them again when that report goes', async () => {
    await loadExtraction(driver, database, buildExtraction(ANNOUNCED_MEETING));
    await loadExtraction(driver, database, buildExtraction(HELD_MEETING));
    const [event] = await eventsWithSources(driver, database);

    expect(event!.status).toBe('held');
    expect([...event!.articles].sort()).toEqual(['article:test-announced', 'article:test-held']);
    expect(await met()).toEqual([{ from: TOKAYEV, to: ERDOGAN, eventIds: [event!.id], meetingCount: 1, sortKey: -20230310 }]);

    await removeArticle(driver, database, 'article:test-held');
    expect((await eventsWithSources(driver, database)).map(({ status }) => status)).toEqual(['planned']);
    expect(await met()).toEqual([]);
  });

  it('keeps a summit apart from a meeting of two of its attendees on the same day', async () => {
    const sideMeeting: ArticleSpec = {
      ...HELD_MEETING,
      id: 'article:test-side',
      sentences: ['On the sidelines of the summit on 1 April 2023, Kassym-Jomart Tokayev met Recep Tayyip Erdogan.'],
      events: [{ kind: 'meeting', date: '2023-04-01', participantIds: [TOKAYEV, ERDOGAN], in: [0] }],
    };
    await loadExtraction(driver, database, buildExtraction(SUMMIT));
    await loadExtraction(driver, database, buildExtraction(sideMeeting));

    expect((await eventsWithSources(driver, database)).map(({ kind }) => kind).sort()).toEqual(['meeting', 'summit']);
    expect((await met()).map(({ from, to }) => [from, to])).toEqual([[TOKAYEV, ERDOGAN]]);
  });

  it("keeps the keys of each pair's newest meetings, as many as whoMet shows by default, through loads, removals and re-dated reports", async () => {
    for (const report of [ENGLISH_REPORT, UNDATED_TOKAYEV_ERDOGAN_TALKS, LATER_TALKS, MANY_MEETINGS, UNDATED_TALKS])
      await loadExtraction(driver, database, buildExtraction(report));
    expect(await metKeptKeysOutOfStep(driver, database)).toEqual([]);
    expect(await metKeptKeyCounts(driver, database)).toEqual([20, 1]);

    await removeArticle(driver, database, MANY_MEETINGS.id);
    expect(await metKeptKeysOutOfStep(driver, database)).toEqual([]);
    expect(await metKeptKeyCounts(driver, database)).toEqual([3, 1]);

    const redated: ArticleSpec = { ...LATER_TALKS, events: [{ ...LATER_TALKS.events![0]!, date: '2021-02-20' }] };
    await loadExtraction(driver, database, buildExtraction(redated));
    expect(await metKeptKeysOutOfStep(driver, database)).toEqual([]);
    expect(await metKeptKeyCounts(driver, database)).toEqual([3, 1]);

    await deleteAllData(driver, database);
    await loadExtractions(driver, database, [ENGLISH_REPORT, MANY_MEETINGS, UNDATED_TALKS].map(buildExtraction));
    expect(await metKeptKeysOutOfStep(driver, database)).toEqual([]);
    expect(await metKeptKeyCounts(driver, database)).toEqual([20, 1]);
  });

  it('gets the keys of its newest meetings by migration 0020 for a graph loaded before, as the loader keeps them, and again unchanged', async () => {
    for (const report of [ENGLISH_REPORT, UNDATED_TOKAYEV_ERDOGAN_TALKS, MANY_MEETINGS, UNDATED_TALKS])
      await loadExtraction(driver, database, buildExtraction(report));
    const kept = await met();
    await driver.executeQuery(readCypher('test/forget-met-kept-keys'), {}, { database });
    expect(await metKeptKeysOutOfStep(driver, database)).toHaveLength(2);

    await runMigration(driver, database, 20);
    expect(await metKeptKeysOutOfStep(driver, database)).toEqual([]);
    expect(await metKeptKeyCounts(driver, database)).toEqual([20, 1]);
    await runMigration(driver, database, 20);
    expect(await metKeptKeysOutOfStep(driver, database)).toEqual([]);
    expect(await met()).toEqual(kept);
  });

  it('keeps the meetings between two countries as their records, through loads, removals, re-dated reports and batch loads', async () => {
    for (const report of [ENGLISH_REPORT, UNDATED_TOKAYEV_ERDOGAN_TALKS, LATER_TALKS, MANY_MEETINGS, PHONE_CALL, SUMMIT, UNDATED_TALKS])
      await loadExtraction(driver, database, buildExtraction(report));
    expect(await countryPairsOutOfStep(driver, database)).toEqual([]);
    // Kazakhstan and Turkey, through their presidents: the Ankara talks, the undated talks, the Astana talks, 25 more.
    expect(await countryPairRecordCount(driver, database)).toBe(28);

    await removeArticle(driver, database, MANY_MEETINGS.id);
    expect(await countryPairsOutOfStep(driver, database)).toEqual([]);
    expect(await countryPairRecordCount(driver, database)).toBe(3);

    const redated: ArticleSpec = { ...LATER_TALKS, events: [{ ...LATER_TALKS.events![0]!, date: '2021-02-20' }] };
    await loadExtraction(driver, database, buildExtraction(redated));
    expect(await countryPairsOutOfStep(driver, database)).toEqual([]);

    await deleteAllData(driver, database);
    await loadExtractions(driver, database, [ENGLISH_REPORT, MANY_MEETINGS, PHONE_CALL, UNDATED_TALKS].map(buildExtraction));
    expect(await countryPairsOutOfStep(driver, database)).toEqual([]);
    expect(await countryPairRecordCount(driver, database)).toBe(26);
  });

  it("makes a person's earlier meetings their country's when a later article states the country, and takes them back with it", async () => {
    // LATER_TALKS names no country; the Ankara report says Tokayev represents Kazakhstan and Erdogan Turkey.
    await loadExtraction(driver, database, buildExtraction(LATER_TALKS));
    expect(await countryPairRecordCount(driver, database)).toBe(0);

    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    expect(await countryPairsOutOfStep(driver, database)).toEqual([]);
    expect(await countryPairRecordCount(driver, database)).toBe(2);

    await removeArticle(driver, database, ENGLISH_REPORT.id);
    expect(await countryPairsOutOfStep(driver, database)).toEqual([]);
    expect(await countryPairRecordCount(driver, database)).toBe(0);
    const marked = await driver.executeQuery(readCypher('test/countries-changed-marks'), {}, { database });
    expect(Number(marked.records[0]!.get('marked'))).toBe(0);
  });

  it('gets its country-pair records by migration 0021 for a graph loaded before, and again unchanged', async () => {
    for (const report of [ENGLISH_REPORT, UNDATED_TOKAYEV_ERDOGAN_TALKS, MANY_MEETINGS, PHONE_CALL, UNDATED_TALKS])
      await loadExtraction(driver, database, buildExtraction(report));
    const loaded = await countryPairRecordCount(driver, database);
    await driver.executeQuery(readCypher('test/forget-country-pair-records'), {}, { database });
    expect((await countryPairsOutOfStep(driver, database)).filter((difference) => difference.startsWith('missing'))).toHaveLength(loaded);

    await runMigration(driver, database, 21);
    expect(await countryPairsOutOfStep(driver, database)).toEqual([]);
    await runMigration(driver, database, 21);
    expect(await countryPairRecordCount(driver, database)).toBe(loaded);
  });

  it('is set again by migration 0009 from held in-person events only, for a graph whose MET counted every shared event', async () => {
    for (const report of [ENGLISH_REPORT, PHONE_CALL, SUMMIT, UNDATED_TALKS])
      await loadExtraction(driver, database, buildExtraction(report));
    const kept = await met();
    await backToEventLists();
    const keptLists = await metLists();
    await driver.executeQuery('MATCH (e:Event) REMOVE e.status, e.mode', {}, { database });
    await runMigration(driver, database, 8);
    expect(await metLists()).not.toEqual(keptLists);

    await runMigration(driver, database, 9);
    expect(await metLists()).toEqual(keptLists);
    await runMigration(driver, database, 9);
    expect(await metLists()).toEqual(keptLists);
    await runMigration(driver, database, 17);
    expect(await met()).toEqual(kept);
  });

  it('is built by migrations 0007 and 0017 for a graph loaded before MET existed, as the loader would have kept it, and again unchanged', async () => {
    for (const report of [ENGLISH_REPORT, LATER_TALKS, UNDATED_TALKS]) await loadExtraction(driver, database, buildExtraction(report));
    const kept = await met();
    const records = await meetingRecords(driver, database);
    await backToEventLists();
    const keptLists = await metLists();
    await driver.executeQuery(readCypher('test/delete-met-relationships'), {}, { database });
    expect(await metLists()).toEqual([]);

    await runMigration(driver, database, 7);
    expect(await metLists()).toEqual(keptLists);
    await runMigration(driver, database, 7);
    expect(await metLists()).toEqual(keptLists);
    await runMigration(driver, database, 17);
    expect(await met()).toEqual(kept);
    expect(await meetingRecords(driver, database)).toEqual(records);
  });

  it('is set again by migration 0008 with undated events last, as the loader kept it, and again unchanged', async () => {
    for (const report of [UNDATED_TOKAYEV_ERDOGAN_TALKS, ENGLISH_REPORT, LATER_TALKS, UNDATED_TALKS])
      await loadExtraction(driver, database, buildExtraction(report));
    await backToEventLists();
    const keptLists = await metLists();
    await driver.executeQuery(readCypher('test/reverse-met-events'), {}, { database });
    expect(await metLists()).not.toEqual(keptLists);

    await runMigration(driver, database, 8);
    expect(await metLists()).toEqual(keptLists);
    await runMigration(driver, database, 8);
    expect(await metLists()).toEqual(keptLists);
  });

  it("turns MET's event lists into one meeting record per pair and event by migration 0017, as the loader now keeps them, and again unchanged", async () => {
    for (const report of [UNDATED_TOKAYEV_ERDOGAN_TALKS, ENGLISH_REPORT, LATER_TALKS, UNDATED_TALKS, PHONE_CALL, SUMMIT])
      await loadExtraction(driver, database, buildExtraction(report));
    const kept = await met();
    const records = await meetingRecords(driver, database);
    expect(records).toHaveLength(4);
    await backToEventLists();
    expect(await meetingRecords(driver, database)).toEqual([]);

    await runMigration(driver, database, 17);
    expect(await met()).toEqual(kept);
    expect(await meetingRecords(driver, database)).toEqual(records);
    expect(await metLists()).toEqual(kept.map(({ from, to, sortKey }) => ({ from, to, eventIds: null, sortKey })));
    await runMigration(driver, database, 17);
    expect(await met()).toEqual(kept);
    expect(await meetingRecords(driver, database)).toEqual(records);
  });
});
