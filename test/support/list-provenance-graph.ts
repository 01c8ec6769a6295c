import type { Driver } from 'neo4j-driver';
import type { ExtractionResult } from '../../src/extract/contract/extraction-result.ts';
import { readCypher } from '../../src/graph/cypher-files.ts';
import { toGraphRows } from '../../src/graph/load/graph-rows.ts';
import { NO_FORMER_REPORTS, refreshMeetings } from '../../src/graph/load/meetings.ts';
import type { ReferenceData } from '../../src/graph/load/reference-data.ts';
import { TIE_STATEMENTS, writeArticles, type TieStatements } from '../../src/graph/load/write-articles.ts';
import { emptyCounters } from '../../src/graph/load/write-counters.ts';

/**
 * How releases before migration 0014 wrote ties between facts: provenance as index-aligned lists on the
 * tie (cypher/test/list-provenance/, the loader's Cypher as it was), for tests of the migration and of
 * the migrations before it on a graph such a release left.
 */
export const LIST_PROVENANCE_STATEMENTS: TieStatements = {
  linkEntities: 'test/list-provenance/link-entities',
  writeOffices: 'test/list-provenance/write-offices',
  writeMemberships: 'test/list-provenance/write-memberships',
  writeEvents: 'test/list-provenance/write-events',
  writeAgreements: 'test/list-provenance/write-agreements',
};

/**
 * Writes articles the graph does not hold yet, in one transaction, as loadExtractions writes a batch of
 * new articles (claimed, written in order, MET refreshed), with the given tie statements: the current
 * loader's (TIE_STATEMENTS) or the list-writing ones of older releases.
 */
export async function loadNewArticlesWith(
  driver: Driver,
  database: string,
  results: readonly ExtractionResult[],
  statements: TieStatements = TIE_STATEMENTS,
): Promise<void> {
  const rows = results.map(toGraphRows);
  const articleIds = rows.map((row) => row.articleId);
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(readCypher('load/claim-articles'), { articleIds });
      await writeArticles(tx, rows, emptyCounters(), statements);
      await refreshMeetings(tx, articleIds, NO_FORMER_REPORTS, emptyCounters());
    });
  } finally {
    await session.close();
  }
}

/**
 * Writes the knowledge base's countries, organizations and memberships with the given statement: today's
 * (load/write-reference-data) or the one releases before migration 0014 ran (empty lists on memberships).
 * Only the data: no stamp, no retraction of an older version (loadReferenceData does those).
 */
export async function writeReferenceDataWith(
  driver: Driver,
  database: string,
  data: ReferenceData,
  statement: 'load/write-reference-data' | 'test/list-provenance/write-reference-data',
): Promise<void> {
  await driver.executeQuery(readCypher(statement), { ...data }, { database });
}
