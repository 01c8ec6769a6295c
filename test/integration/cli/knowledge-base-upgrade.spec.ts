import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Driver } from 'neo4j-driver';
import { reextractStored } from '../../../src/cli/load/reextract-stored.ts';
import { prepareGraph } from '../../../src/cli/prepare-graph.ts';
import { DEFAULT_KNOWLEDGE_DIRECTORY, loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { readCypher } from '../../../src/graph/cypher-files.ts';
import { silentLogger } from '../../../src/log/logger.ts';
import { loadCrossScriptReports } from '../../support/cross-script-reports.ts';
import { deleteAllData, eventsWithSources, openTestDatabase } from '../../support/test-database.ts';

// Our own articles (unit fixtures, not gold): the same talks in English and in Russian, between two
// officials the knowledge base does not hold.
const REPORTS = ['en-vassilenko-pelss.txt', 'ru-vasilenko-pelshs.txt'];
const VASSILENKO = 'person:roman-vassilenko-kb-test';

/** data/knowledge with one more person and a new version: what a knowledge-base upgrade brings. */
function knowledgeWithVassilenko(directory: string) {
  cpSync(DEFAULT_KNOWLEDGE_DIRECTORY, directory, { recursive: true });
  const personsFile = path.join(directory, 'persons.json');
  const persons = JSON.parse(readFileSync(personsFile, 'utf8')) as { records: unknown[] };
  persons.records.push({
    id: VASSILENKO,
    name: 'Roman Vassilenko',
    names: { en: ['Roman Vassilenko'], ru: ['Роман Василенко'], uk: ['Роман Василенко'], kk: ['Роман Василенко'] },
    surnames: { en: ['Vassilenko'], ru: ['Василенко'], uk: ['Василенко'], kk: ['Василенко'] },
    gender: 'male',
    wikidataId: null,
    countryId: 'country:kz',
    offices: [{ officeId: 'office:deputy-minister-of-foreign-affairs', countryId: 'country:kz', from: '2019-01' }],
    sources: ['https://www.gov.kz/memleket/entities/mfa'],
  });
  writeFileSync(personsFile, JSON.stringify(persons));
  const manifestFile = path.join(directory, 'manifest.json');
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { version: string };
  writeFileSync(manifestFile, JSON.stringify({ ...manifest, version: '99.0.0' }));
  return loadKnowledgeBase(directory);
}

interface PersonRow {
  id: string;
  name: string;
  aliases: string[];
  known: boolean;
  articles: number;
}

describe('a knowledge base that learns a person the graph knew only from articles', () => {
  let driver: Driver;
  let database: string;
  let directory: string;
  let before: PersonRow[];
  const persons = async (): Promise<PersonRow[]> =>
    (await driver.executeQuery(readCypher('test/persons'), {}, { database })).records.map(
      (record) => record.toObject() as unknown as PersonRow,
    );
  const vassilenkos = (rows: PersonRow[]) => rows.filter((row) => /vass?ilenko/.test(row.id));

  beforeAll(async () => {
    ({ driver, database } = openTestDatabase());
    await deleteAllData(driver, database);
    await prepareGraph(driver, database, silentLogger);
    await loadCrossScriptReports(driver, database, REPORTS);
    before = await persons();
    directory = mkdtempSync(path.join(tmpdir(), 'diplograph-knowledge-'));
    const report = await reextractStored({ driver, database }, knowledgeWithVassilenko(directory), silentLogger);
    expect(report).toMatchObject({ stored: 2, stale: 2 });
    expect(report.summary.counts).toMatchObject({ updated: 2, failed: 0 });
  });

  afterAll(async () => {
    rmSync(directory, { recursive: true, force: true });
    await deleteAllData(driver, database);
    await driver.close();
  });

  it('had one unknown node for him, named in both scripts', () => {
    const [unknown, ...others] = vassilenkos(before);
    expect(others).toEqual([]);
    expect(unknown).toMatchObject({ known: false, articles: 2 });
  });

  it('after reextract holds one node for him, the knowledge base record, with every name seen as an alias', async () => {
    const [known, ...others] = vassilenkos(await persons());

    expect(others).toEqual([]);
    expect(known).toMatchObject({ id: VASSILENKO, name: 'Roman Vassilenko', known: true, articles: 2 });
    expect([known!.name, ...known!.aliases]).toEqual(expect.arrayContaining(['Roman Vassilenko', 'Роман Василенко', 'Vassilenko']));
  });

  it('keeps the talks one meeting with both reports, now between the known person and the other official', async () => {
    const meetings = (await eventsWithSources(driver, database)).filter((event) => event.kind === 'meeting');

    expect(meetings).toHaveLength(1);
    expect(meetings[0]!.articles).toHaveLength(2);
    const participants = meetings[0]!.participants.map((participant) => participant.id);
    expect(participants).toContain(VASSILENKO);
    expect(participants.filter((id) => id.includes('pels'))).toHaveLength(1);
  });
});
