import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';
import { postGraphql } from '../../support/graphql-client.ts';
import { startServiceOnSamples, type ServiceOnSamples } from '../../support/service-on-samples.ts';
import { countGraphqlBlocks, differencesFromShown, readReadmeExamples, type ReadmeExample } from '../../support/readme-examples.ts';

/**
 * The README's GraphQL examples cannot drift from what the service answers (issue 17 item 5): every
 * ```graphql block of README.md runs over real HTTP against the sample articles loaded as `npm start`
 * loads them — the `start` command itself, with the default ARTICLES_ON_START, on an emptied test
 * database — and its answer is compared with the ```json block the README shows under it.
 *
 * The README may show part of an answer (test/support/readme-examples.ts has the rules): an object shows
 * some of its fields; in a list, an item "…" stands for any number of items, and `paths` and `sources`
 * (no promised order) match in any order; in a text, "…" stands for any text. A shown answer without
 * "errors" means the real one has none. An example with no answer shown must answer with data and no
 * errors.
 */

const README = path.join(PROJECT_ROOT, 'README.md');
const examples = readReadmeExamples(README);

/** The example's first line, shortened: enough to find it in the README. */
function title(example: ReadmeExample): string {
  const firstLine = example.query.split('\n')[0]!.trim();
  return `README line ${example.line}: ${firstLine.length > 70 ? `${firstLine.slice(0, 70)}…` : firstLine}`;
}

function hasData(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  return Object.values(data).some((answer) => answer !== null && (!Array.isArray(answer) || answer.length > 0));
}

describe("the README's GraphQL examples, against the sample articles as `npm start` loads them", () => {
  let service: ServiceOnSamples | undefined;
  let url: string;

  beforeAll(async () => {
    service = await startServiceOnSamples();
    url = service.url;
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('finds every ```graphql block of the README, and an answer shown for each', () => {
    expect(examples.length).toBe(countGraphqlBlocks(README));
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(examples.filter((example) => example.answer === undefined).map(title)).toEqual([]);
  });

  it.each(examples.map((example) => [title(example), example] as const))('%s: answers what the README shows', async (_title, example) => {
    const response = await postGraphql(url, example.query);

    if (example.answer) {
      expect({ example: title(example), differences: differencesFromShown(example.answer.value, response) }).toEqual({
        example: title(example),
        differences: [],
      });
    } else {
      expect({ example: title(example), errors: response.errors }).toEqual({ example: title(example), errors: undefined });
      expect(hasData(response.data)).toBe(true);
    }
  });

  it('tells a shown answer that differs from the real one: another counterpart, a missing item, an item too many', async () => {
    const whoMet = examples.find((example) => example.query.includes('whoMet(party: { key: "Tokayev" })'));
    expect(whoMet?.answer).toBeDefined();
    const response = await postGraphql(url, whoMet!.query);
    const shown = whoMet!.answer!.value as { data: { whoMet: { edges: Array<{ node: { counterpart: { name: string } } }> } } };
    expect(differencesFromShown(shown, response)).toEqual([]);

    const otherCounterpart = structuredClone(shown);
    otherCounterpart.data.whoMet.edges[0]!.node.counterpart.name = 'Vladimir Putin';
    expect(differencesFromShown(otherCounterpart, response)).toEqual([
      expect.stringContaining("$.data.whoMet.edges: no item of the service's answer matches"),
      '$.data.whoMet.edges[0].node.counterpart.name: the README shows "Vladimir Putin", the service answered "Recep Tayyip Erdoğan"',
    ]);

    const oneMoreCounterpart = structuredClone(shown);
    oneMoreCounterpart.data.whoMet.edges.push(structuredClone(shown.data.whoMet.edges[0]!));
    expect(differencesFromShown(oneMoreCounterpart, response)).toEqual([expect.stringContaining('$.data.whoMet.edges')]);

    expect(differencesFromShown({ data: { whoMet: { totalCount: 1 } } }, { errors: [{ message: 'boom' }] })).toEqual([
      expect.stringContaining('errors: the README shows none'),
      expect.stringContaining('$.data'),
    ]);
  });
});
