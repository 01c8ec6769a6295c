import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { loadCrossScriptReports } from '../../support/cross-script-reports.ts';
import { loadSampleArticles } from '../../support/load-sample-articles.ts';
import { articleLanguages, deleteAllData, eventsWithSources, nodeIds, openTestDatabase } from '../../support/test-database.ts';

// Our own articles (unit fixtures, not gold): the same talks reported in English and in Russian, between
// two officials the knowledge base does not hold, whose names the two scripts spell differently.
const REPORTS = ['en-vassilenko-pelss.txt', 'ru-vasilenko-pelshs.txt'];

describe('an official named in two scripts', () => {
  let driver: Driver;
  let database: string;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadCrossScriptReports(driver, database, REPORTS);
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it('is one person, and the talks one meeting with both reports as sources', async () => {
    const persons = await nodeIds(driver, database, 'Person');
    expect(persons.filter((id) => /vasilenko|vassilenko/.test(id))).toHaveLength(1);
    expect(persons.filter((id) => id.includes('pels'))).toHaveLength(1);

    const meetings = (await eventsWithSources(driver, database)).filter((event) => event.kind === 'meeting');
    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.articles).toHaveLength(2);
    expect(meetings[0]!.participants.map((participant) => participant.id).sort()).toEqual(
      persons.filter((id) => /vasilenko|pels/.test(id)).sort(),
    );
  });
});

describe('a Kazakh-language report of a meeting English and Ukrainian reports gave', () => {
  let driver: Driver;
  let database: string;

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await applyMigrations(driver, database, silentLogger);
    await deleteAllData(driver, database);
    await loadSampleArticles(driver, database);
    // Our own article (a unit fixture): Tokayev and Erdoğan in Ankara on 10 May 2022, in Kazakh.
    await loadCrossScriptReports(driver, database, ['kk-tokayev-erdogan-ankara.txt']);
  });

  afterAll(async () => {
    await deleteAllData(driver, database);
    await driver.close();
  });

  it('adds its source to the same meeting, not a second one', async () => {
    const meetings = (await eventsWithSources(driver, database)).filter(
      (event) =>
        event.date === '2022-05-10' &&
        ['person:kassym-jomart-tokayev', 'person:recep-tayyip-erdogan'].every((id) =>
          event.participants.some((participant) => participant.id === id),
        ),
    );

    expect(meetings).toHaveLength(1);
    const [meeting] = meetings;
    expect(meeting!.placeId).toBe('place:ankara');
    const languages = await articleLanguages(driver, database, meeting!.articles);
    expect(languages).toEqual(expect.arrayContaining(['en', 'uk', 'kk']));
  });
});
