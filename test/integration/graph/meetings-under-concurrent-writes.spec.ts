import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Driver } from 'neo4j-driver';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { toGraphRows } from '../../../src/graph/load/graph-rows.ts';
import { loadExtraction } from '../../../src/graph/load/load-article.ts';
import { NO_FORMER_REPORTS, refreshMeetings } from '../../../src/graph/load/meetings.ts';
import { writeArticles } from '../../../src/graph/load/write-articles.ts';
import { emptyCounters } from '../../../src/graph/load/write-counters.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { buildExtraction, type ArticleSpec } from '../../support/extraction-builder.ts';
import { deleteAllData, metRelationships, openTestDatabase } from '../../support/test-database.ts';

const TOKAYEV = { id: 'person:kassym-jomart-tokayev', kind: 'person', name: 'Kassym-Jomart Tokayev' } as const;
const ERDOGAN = { id: 'person:recep-tayyip-erdogan', kind: 'person', name: 'Recep Tayyip Erdoğan' } as const;
const ALIYEV = { id: 'person:ilham-aliyev', kind: 'person', name: 'Ilham Aliyev' } as const;

/** The three met in Ankara: MET between each two of them exists before the race. */
const ANKARA_TALKS: ArticleSpec = {
  id: 'article:test-race-ankara',
  publishedAt: '2022-05-10',
  sentences: ['Tokayev held talks with Erdogan and Aliyev in Ankara.'],
  entities: [
    { ...TOKAYEV, in: [0] },
    { ...ERDOGAN, in: [0] },
    { ...ALIYEV, in: [0] },
    { id: 'place:ankara', kind: 'place', name: 'Ankara', in: [0] },
  ],
  events: [{ kind: 'talks', date: '2022-05-10', placeId: 'place:ankara', participantIds: [TOKAYEV.id, ERDOGAN.id, ALIYEV.id], in: [0] }],
};

/** A summit of three in Baku, announced: planned, so no MET from it yet. */
const BAKU_ANNOUNCED: ArticleSpec = {
  id: 'article:test-race-baku-announced',
  publishedAt: '2023-02-20',
  sentences: ['Tokayev, Erdogan and Aliyev will meet in Baku on 1 March.'],
  entities: [
    { ...TOKAYEV, in: [0] },
    { ...ERDOGAN, in: [0] },
    { ...ALIYEV, in: [0] },
    { id: 'place:baku', kind: 'place', name: 'Baku', in: [0] },
  ],
  events: [
    {
      kind: 'meeting',
      status: 'planned',
      date: '2023-03-01',
      placeId: 'place:baku',
      participantIds: [TOKAYEV.id, ERDOGAN.id, ALIYEV.id],
      in: [0],
    },
  ],
};

/** Aliyev's report that the Baku meeting took place: it names neither Tokayev nor Erdoğan, yet makes them have met there. */
const BAKU_HELD: ArticleSpec = {
  id: 'article:test-race-baku-held',
  publishedAt: '2023-03-01',
  sentences: ['Aliyev hosted the meeting in Baku.'],
  entities: [
    { ...ALIYEV, in: [0] },
    { id: 'place:baku', kind: 'place', name: 'Baku', in: [0] },
  ],
  events: [{ kind: 'meeting', date: '2023-03-01', placeId: 'place:baku', participantIds: [ALIYEV.id], in: [0] }],
};

/** Tokayev and Erdoğan meet again, in Astana. */
const ASTANA_TALKS: ArticleSpec = {
  id: 'article:test-race-astana',
  publishedAt: '2023-04-01',
  sentences: ['Tokayev met Erdogan in Astana.'],
  entities: [
    { ...TOKAYEV, in: [0] },
    { ...ERDOGAN, in: [0] },
    { id: 'place:astana', kind: 'place', name: 'Astana', in: [0] },
  ],
  events: [{ kind: 'meeting', date: '2023-04-01', placeId: 'place:astana', participantIds: [TOKAYEV.id, ERDOGAN.id], in: [0] }],
};

describe('MET when two loaders change the same pair at once', () => {
  let drivers: [Driver, Driver];
  let database: string;

  const tokayevAndErdogan = async () =>
    (await metRelationships(drivers[0], database)).find((met) => met.from === TOKAYEV.id && met.to === ERDOGAN.id);

  beforeAll(async () => {
    const first = openTestDatabase();
    database = first.database;
    drivers = [first.driver, openTestDatabase().driver];
    await prepareGraph(drivers[0], database, silentLogger);
  });

  beforeEach(async () => {
    await deleteAllData(drivers[0], database);
    for (const spec of [ANKARA_TALKS, BAKU_ANNOUNCED]) await loadExtraction(drivers[0], database, buildExtraction(spec));
  });

  afterAll(async () => {
    await deleteAllData(drivers[0], database);
    await Promise.all(drivers.map((driver) => driver.close()));
  });

  it('keeps both the meeting another article made held and the new meeting, whichever transaction commits last', async () => {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => (release = resolve));
    let written: () => void = () => undefined;
    const astana = new Promise<void>((resolve) => (written = resolve));
    // The first loader writes the Astana talks and keeps its transaction open...
    const session = drivers[0].session({ database });
    const first = session.executeWrite(async (tx) => {
      const result = buildExtraction(ASTANA_TALKS);
      await tx.run(readCypher('load/claim-articles'), { articleIds: [result.article.id] });
      await writeArticles(tx, [toGraphRows(result)], emptyCounters());
      await refreshMeetings(tx, [result.article.id], NO_FORMER_REPORTS, emptyCounters());
      written();
      await released;
    });
    await astana;
    // ...while the second loads the report that the Baku meeting was held, until it waits on a lock the
    // first holds (or is done).
    const second = loadExtraction(drivers[1], database, buildExtraction(BAKU_HELD));
    const progress = { secondDone: false };
    void second.then(() => {
      progress.secondDone = true;
    });
    while (!progress.secondDone && (await blockedTransactions()) === 0) await sleep(50);
    release();
    await first;
    await session.close();
    await second;

    const met = await tokayevAndErdogan();
    expect(met?.eventIds).toHaveLength(3); // Astana, Baku (held now), Ankara
    expect(met?.sortKey).toBe(-20230401);
  });

  async function blockedTransactions(): Promise<number> {
    const { records } = await drivers[0].executeQuery(readCypher('test/blocked-transactions'), {}, { database });
    return Number(records[0]?.get('blocked') ?? 0);
  }
});
