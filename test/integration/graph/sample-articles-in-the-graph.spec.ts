import path from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { removeArticle } from '../../../src/graph/load/remove-article.ts';
import { loadSampleArticles, SAMPLES_FOLDER } from '../../support/load-sample-articles.ts';
import { deleteAllData, eventsWithSources, graphSize, nodeIds, openTestDatabase } from '../../support/test-database.ts';

const ENGLISH_ANKARA = path.join(SAMPLES_FOLDER, '002_d855e17c4abcde96.txt');
const UKRAINIAN_ANKARA = path.join(SAMPLES_FOLDER, '001_95dcadb0da9ff234.txt');

describe('the sample articles in the graph', () => {
  let driver: Driver;
  let database: string;
  const events = () => eventsWithSources(driver, database);
  const ankaraTalks = async () =>
    (await events()).filter(
      (event) =>
        event.participants.some((participant) => participant.id === 'person:recep-tayyip-erdogan') && event.placeId === 'place:ankara',
    );

  beforeAll(() => {
    ({ driver, database } = openTestDatabase());
  });

  beforeEach(async () => {
    await deleteAllData(driver, database);
  });

  afterAll(async () => {
    await driver.close();
  });

  it('holds the persons and places the articles name, one node each, and one node per article', async () => {
    const summary = await loadSampleArticles(driver, database);

    expect(summary.counts).toMatchObject({ new: 5, failed: 0 });
    expect(await nodeIds(driver, database, 'Person')).toEqual(
      expect.arrayContaining([
        'person:muhsin-dere',
        'person:nurlan-yermekbayev',
        'person:kassym-jomart-tokayev',
        'person:recep-tayyip-erdogan',
        'person:ruslan-zhaksylykov',
        'person:hulusi-akar',
        'person:sergei-aleinik',
        'person:murat-nurtleu',
        'person:imangali-tasmagambetov',
      ]),
    );
    expect(await nodeIds(driver, database, 'Place')).toEqual(expect.arrayContaining(['place:ankara', 'place:astana']));
    expect(await nodeIds(driver, database, 'Article')).toHaveLength(5);
  });

  it('makes the Ankara talks of the English (no year) and the Ukrainian report one meeting with two sources', async () => {
    await loadSampleArticles(driver, database);

    const talks = await ankaraTalks();
    expect(talks).toHaveLength(1);
    expect(talks[0]!.date).toBe('2022-05-10');
    expect(talks[0]!.articles).toHaveLength(2);
  });

  it('changes nothing when the same articles are loaded again', async () => {
    await loadSampleArticles(driver, database);
    const before = await graphSize(driver, database);

    const again = await loadSampleArticles(driver, database);

    expect(again.counts).toMatchObject({ unchanged: 5, new: 0, updated: 0 });
    expect(await graphSize(driver, database)).toEqual(before);
  });

  it('removing one report of the Ankara talks keeps the meeting, supported by the other report alone', async () => {
    await loadSampleArticles(driver, database, [ENGLISH_ANKARA, UKRAINIAN_ANKARA]);
    const [removedId] = (await ankaraTalks())[0]!.articles;

    const outcome = await removeArticle(driver, database, removedId!);

    expect(outcome.found).toBe(true);
    const talks = await ankaraTalks();
    expect(talks).toHaveLength(1);
    expect(talks[0]!.articles).toHaveLength(1);
    expect(talks[0]!.articles).not.toContain(removedId);
    for (const participant of talks[0]!.participants) expect(participant.sources).not.toContain(removedId);
  });

  it('removing both reports takes the meeting away', async () => {
    await loadSampleArticles(driver, database, [ENGLISH_ANKARA, UKRAINIAN_ANKARA]);
    for (const id of (await ankaraTalks())[0]!.articles) await removeArticle(driver, database, id);

    expect(await ankaraTalks()).toEqual([]);
  });
});
