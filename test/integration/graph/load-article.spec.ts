import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { removeArticle } from '../../../src/graph/load/remove-article.ts';
import { applyMigrations } from '../../../src/graph/migrations/apply-migrations.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { ENGLISH_REPORT, UKRAINIAN_REPORT } from '../../fixtures/ankara-talks.ts';
import { buildExtraction } from '../../support/extraction-builder.ts';
import { deleteAllData, eventsWithSources, graphSize, nodeIds, openTestDatabase } from '../../support/test-database.ts';

describe('loading extraction results into Neo4j', () => {
  let driver: Driver;
  let database: string;

  const size = () => graphSize(driver, database);
  const ids = (label: string) => nodeIds(driver, database, label);
  const events = () => eventsWithSources(driver, database);

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

  it('writes the article, its entities, the event with participants, place and topics, and the agreement', async () => {
    const outcome = await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));

    expect(outcome.status).toBe('new');
    expect(outcome.counters.nodesCreated).toBeGreaterThan(0);
    expect(await ids('Person')).toEqual(['person:kassym-jomart-tokayev', 'person:recep-tayyip-erdogan']);
    expect(await ids('Topic')).toEqual(['topic:defence-industry', 'topic:trade']);
    expect(await ids('Publisher')).toHaveLength(1);
    const [talks] = await events();
    expect(talks).toMatchObject({ date: '2022-05-10', placeId: 'place:ankara', articles: ['article:test-ankara-en'] });
    expect(talks!.name).toBe('Talks: Kassym-Jomart Tokayev – Recep Tayyip Erdoğan (2022-05-10, Ankara)');
    expect(talks!.participants.map((participant) => participant.id).sort()).toEqual([
      'person:kassym-jomart-tokayev',
      'person:recep-tayyip-erdogan',
    ]);
    expect(await ids('Agreement')).toHaveLength(1);
  });

  it('makes the same encounter reported by two articles in two languages one event with two sources', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    await loadExtraction(driver, database, buildExtraction(UKRAINIAN_REPORT));

    const all = await events();
    expect(all).toHaveLength(1);
    expect(all[0]!.articles.sort()).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
    for (const participant of all[0]!.participants) {
      expect(participant.sources.sort()).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
    }
    expect(await ids('Person')).toHaveLength(2);
  });

  it.each([
    ['the year-less report first', true],
    ['the dated report first', false],
  ])(
    'joins a report that gives the day without a year ("May 10") to the dated report of the same talks, %s',
    async (_order, yearLessFirst) => {
      const yearLess = {
        ...UKRAINIAN_REPORT,
        publishedAt: undefined,
        events: UKRAINIAN_REPORT.events!.map((event) => ({ ...event, date: '--05-10' })),
        agreements: [],
      };
      const reports = yearLessFirst ? [yearLess, ENGLISH_REPORT] : [ENGLISH_REPORT, yearLess];
      for (const report of reports) await loadExtraction(driver, database, buildExtraction(report));

      const all = await events();
      expect(all).toHaveLength(1);
      expect(all[0]!.date).toBe('2022-05-10');
      expect(all[0]!.name).toContain('2022-05-10');
      expect(all[0]!.articles.sort()).toEqual(['article:test-ankara-en', 'article:test-ankara-uk']);
    },
  );

  it('keeps a year-less report apart from a dated event of another day', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    const otherDay = {
      ...UKRAINIAN_REPORT,
      publishedAt: undefined,
      events: UKRAINIAN_REPORT.events!.map((event) => ({ ...event, date: '--05-11' })),
      agreements: [],
    };
    await loadExtraction(driver, database, buildExtraction(otherDay));

    expect(await events()).toHaveLength(2);
  });

  it('never merges events of different dates, even with the same participants and place', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    const nextDay = { ...UKRAINIAN_REPORT, events: UKRAINIAN_REPORT.events!.map((event) => ({ ...event, date: '2022-05-11' })) };
    await loadExtraction(driver, database, buildExtraction(nextDay));

    expect((await events()).map((event) => event.date)).toEqual(expect.arrayContaining(['2022-05-10', '2022-05-11']));
    expect(await events()).toHaveLength(2);
  });

  it('changes nothing when an unchanged article is loaded again', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    await loadExtraction(driver, database, buildExtraction(UKRAINIAN_REPORT));
    const before = await size();

    const outcome = await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));

    expect(outcome.status).toBe('unchanged');
    expect(outcome.counters).toEqual({
      nodesCreated: 0,
      nodesDeleted: 0,
      relationshipsCreated: 0,
      relationshipsDeleted: 0,
      propertiesSet: 0,
    });
    expect(await size()).toEqual(before);
  });

  it('reads an unchanged text again when it was extracted under another knowledge base, replacing its facts', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    const before = await size();

    const outcome = await loadExtraction(driver, database, { ...buildExtraction(ENGLISH_REPORT), knowledgeBaseVersion: 'test-next' });
    const again = await loadExtraction(driver, database, { ...buildExtraction(ENGLISH_REPORT), knowledgeBaseVersion: 'test-next' });

    expect(outcome.status).toBe('updated');
    expect(again.status).toBe('unchanged');
    expect(await size()).toEqual(before);
  });

  it('replaces the facts of a changed article with its new ones', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    const revised = {
      ...ENGLISH_REPORT,
      sentences: [ENGLISH_REPORT.sentences[0]!, 'The sides discussed energy.'],
      entities: [
        ...ENGLISH_REPORT.entities.filter((entity) => entity.kind !== 'topic'),
        { id: 'topic:energy', kind: 'topic' as const, name: 'energy', in: [1] },
      ]
        .map((entity) => ({ ...entity, in: entity.in.filter((index) => index < 2) }))
        .filter((entity) => entity.in.length > 0),
      events: [{ ...ENGLISH_REPORT.events![0]!, topicIds: ['topic:energy'] }],
      agreements: [],
    };

    const outcome = await loadExtraction(driver, database, buildExtraction(revised));

    expect(outcome.status).toBe('updated');
    expect(await ids('Topic')).toEqual(['topic:energy']);
    expect(await ids('Agreement')).toEqual([]);
    expect(await events()).toHaveLength(1);
  });

  it('removing one report keeps the event the other report supports, with only that source left', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    await loadExtraction(driver, database, buildExtraction(UKRAINIAN_REPORT));

    const outcome = await removeArticle(driver, database, 'article:test-ankara-en');

    expect(outcome.found).toBe(true);
    const all = await events();
    expect(all).toHaveLength(1);
    expect(all[0]!.articles).toEqual(['article:test-ankara-uk']);
    for (const participant of all[0]!.participants) expect(participant.sources).toEqual(['article:test-ankara-uk']);
    // Only the English report named these topics and the memorandum: they go with it.
    expect(await ids('Topic')).toEqual(['topic:transport']);
    expect(await ids('Agreement')).toEqual([]);
    expect(await ids('Article')).toEqual(['article:test-ankara-uk']);
    expect(await ids('Person')).toHaveLength(2);
  });

  it('removing every report leaves an empty graph', async () => {
    await loadExtraction(driver, database, buildExtraction(ENGLISH_REPORT));
    await loadExtraction(driver, database, buildExtraction(UKRAINIAN_REPORT));

    await removeArticle(driver, database, 'article:test-ankara-uk');
    await removeArticle(driver, database, 'article:test-ankara-en');

    expect(await size()).toEqual({ nodes: 0, relationships: 0 });
  });

  it('reports an unknown article on removal without changing anything', async () => {
    const outcome = await removeArticle(driver, database, 'article:never-loaded');

    expect(outcome).toMatchObject({ found: false, counters: { nodesDeleted: 0, relationshipsDeleted: 0 } });
  });

  it('refuses a result that breaks the contract and writes nothing', async () => {
    const broken = buildExtraction(ENGLISH_REPORT);
    broken.events[0]!.participantIds.push('person:not-an-entity');

    await expect(loadExtraction(driver, database, broken)).rejects.toThrow('person:not-an-entity is not among the entities');
    expect(await size()).toEqual({ nodes: 0, relationships: 0 });
  });
});
