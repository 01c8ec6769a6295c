import { afterEach, describe, expect, it } from '@jest/globals';
import { ExtractionFailedError, ExtractionOverBudgetError, ExtractionThread } from '../../../src/api/ingest/extraction-thread.ts';
import { ArticleInputError } from '../../../src/extract/input/article-input-error.ts';

const REPORT = 'ASTANA, 10 May 2022. Kassym-Jomart Tokayev met Recep Tayyip Erdogan in Ankara on 10 May 2022.';
const article = (text: string) => ({ bytes: new TextEncoder().encode(text), sourceName: 'report.txt' });

describe('extraction for ingestArticle in a worker thread', () => {
  const threads: ExtractionThread[] = [];
  const thread = (options: Partial<ConstructorParameters<typeof ExtractionThread>[0]> = {}): ExtractionThread => {
    const created = new ExtractionThread({ budgetMs: 60_000, maxHeapMb: 768, idleMs: 60_000, ...options });
    threads.push(created);
    return created;
  };

  afterEach(async () => {
    await Promise.all(threads.splice(0).map((created) => created.close()));
  });

  it('answers with the same facts extraction gives in the calling thread', async () => {
    const result = await thread().extract(article(REPORT));

    expect(result.events.find((event) => event.date?.iso === '2022-05-10')?.participantIds.sort()).toEqual([
      'person:kassym-jomart-tokayev',
      'person:recep-tayyip-erdogan',
    ]);
  }, 120_000);

  it('keeps an input that is no article an ArticleInputError, with its reason', async () => {
    const refused = thread().extract(article('   \n  '));

    await expect(refused).rejects.toBeInstanceOf(ArticleInputError);
    await expect(refused).rejects.toThrow(/empty/);
  }, 120_000);

  it('stops an article over its time budget, and the next article gets a fresh thread', async () => {
    const shared = thread({ budgetMs: 1 });

    await expect(shared.extract(article(REPORT))).rejects.toBeInstanceOf(ExtractionOverBudgetError);
    const patient = thread();
    await expect(patient.extract(article(REPORT))).resolves.toHaveProperty('events');
  }, 120_000);

  it('fails an article that needs more than its heap ceiling without taking the caller down', async () => {
    const starved = thread({ maxHeapMb: 8 }).extract(article(REPORT));

    await expect(starved).rejects.toBeInstanceOf(ExtractionFailedError);
    await expect(starved).rejects.toThrow(/needs more than 8 MB of memory/);
  }, 120_000);

  it('answers concurrent articles one after another, each with its own facts', async () => {
    const shared = thread();
    const [first, second] = await Promise.all(
      [shared.extract(article(REPORT)), shared.extract(article('   '))].map((run) =>
        run.then(
          (value) => value,
          (error: unknown) => error,
        ),
      ),
    );

    expect(first).toHaveProperty('events');
    expect(second).toBeInstanceOf(ArticleInputError);
  }, 120_000);
});
