import { describe, expect, it } from '@jest/globals';
import { readCypher } from '../../../../src/graph/cypher-files.ts';
import { translate } from '../../../support/recording-reader.ts';

// Golden translation test (issue 18 item 3): the health check runs through the driver, not the reader
// (it must fail fast, without retries), so its statements are pinned as the driver receives them.
describe('health: the statements it sends', () => {
  it('asks Neo4j for its components, then for the schema version, with no parameters and no reader', async () => {
    const { sent, statements, result } = await translate('{ health { status database { reachable version schemaVersion } } }');
    expect(result.errors).toBeUndefined();
    expect(sent).toEqual([]);
    expect(statements).toEqual([
      { text: readCypher('health/server-components'), parameters: {} },
      { text: readCypher('health/schema-version'), parameters: {} },
    ]);
  });
});
