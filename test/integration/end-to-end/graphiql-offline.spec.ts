import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { checkGraphiqlOffline, type GraphiqlCheckResult } from '../../support/graphiql-check.ts';
import { headlessChromium } from '../../support/headless-chromium.ts';
import { startServiceOnSamples, type ServiceOnSamples } from '../../support/service-on-samples.ts';

/**
 * GraphiQL works with no internet (issue 17 item 1): in a real headless Chromium whose every request to
 * another host is refused, the page the service serves at /graphql renders the editor with the service's
 * example operations, and each operation, picked from the run button's menu as a person would, answers
 * as it asks, with no errors, and shows in the response pane. Against the sample articles loaded by the
 * `start` command, as `npm start` loads them.
 */
describe('GraphiQL, offline, in headless Chromium', () => {
  let service: ServiceOnSamples | undefined;
  let result: GraphiqlCheckResult;

  beforeAll(async () => {
    service = await startServiceOnSamples();
    result = await checkGraphiqlOffline({ url: service.url, browser: await headlessChromium() });
  });

  afterAll(async () => {
    await service?.stop();
  });

  it('renders the editor with the service’s example operations', () => {
    expect(result.report[0]).toMatch(/^editor rendered/);
    expect(result.operations.length).toBeGreaterThanOrEqual(2);
  });

  it('runs each example operation from the run menu, and each answers as it asks, in the response pane', () => {
    expect(result.failures).toEqual([]);
    for (const operation of result.operations)
      expect(result.report).toContainEqual(expect.stringMatching(new RegExp(`^${operation}: HTTP 200, data\\.`)));
  });

  it('asks no other host for anything', () => {
    expect(result.refusedRequests).toEqual([]);
  });
});
