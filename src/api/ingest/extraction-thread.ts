import { Worker } from 'node:worker_threads';
import type { ExtractionResult } from '../../extract/contract/extraction-result.ts';
import type { ArticleInput } from '../../extract/document/prepared-article.ts';
import { ArticleInputError } from '../../extract/input/article-input-error.ts';
import type { ExtractionReply, ExtractionRequest } from './extraction-messages.ts';

export interface ExtractionThreadOptions {
  /** Longest one article may take, start-up of the thread included; then the thread is ended. */
  budgetMs: number;
  /** An idle thread ends after this long, giving back the extractor's memory (some 150 MB). */
  idleMs: number;
  /** Heap ceiling of the thread: an article that needs more fails alone, the service keeps running. */
  maxHeapMb: number;
}

/** An article whose extraction took longer than the budget; the work was stopped. */
export class ExtractionOverBudgetError extends Error {
  constructor(budgetMs: number) {
    super(`extraction of this article took longer than ${budgetMs / 1000} s and was stopped`);
    this.name = 'ExtractionOverBudgetError';
  }
}

/** The thread stopped without an answer: out of its memory, or an unexpected error inside it. */
export class ExtractionFailedError extends Error {
  constructor(reason: string) {
    super(`extraction failed: ${reason}`);
    this.name = 'ExtractionFailedError';
  }
}

const WORKER_FILE = new URL('./extraction-worker.ts', import.meta.url);

/**
 * Runs extraction in one worker thread, one article at a time, so that a large or hostile article keeps
 * neither the event loop (every other request, /health, /ready) nor the service's heap busy. An
 * article over the time budget or the heap ceiling ends the thread; the next article gets a fresh one.
 */
export class ExtractionThread {
  private readonly options: ExtractionThreadOptions;
  private worker: Worker | undefined;
  private idleTimer: NodeJS.Timeout | undefined;
  private queue: Promise<unknown> = Promise.resolve();
  private nextId = 1;

  constructor(options: ExtractionThreadOptions) {
    this.options = options;
  }

  /** The article's facts; rejects with ArticleInputError when the input is not an article. */
  extract(input: ArticleInput): Promise<ExtractionResult> {
    const run = this.queue.then(() => this.extractNow(input));
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Ends the thread (tests, shutdown); a later extract starts a new one. */
  async close(): Promise<void> {
    clearTimeout(this.idleTimer);
    const worker = this.worker;
    this.worker = undefined;
    await worker?.terminate();
  }

  private extractNow(input: ArticleInput): Promise<ExtractionResult> {
    clearTimeout(this.idleTimer);
    const worker = this.runningWorker();
    const request: ExtractionRequest = { id: this.nextId++, input };
    return new Promise<ExtractionResult>((resolve, reject) => {
      const settle = (outcome: () => void): void => {
        clearTimeout(budget);
        worker.off('message', onMessage);
        worker.off('error', onError);
        worker.off('exit', onExit);
        this.idleTimer = setTimeout(() => void this.close(), this.options.idleMs).unref();
        outcome();
      };
      const onMessage = (reply: ExtractionReply): void => {
        if (reply.id !== request.id) return;
        settle(() => {
          if (reply.kind === 'result') resolve(reply.result);
          else if (reply.kind === 'input-error') reject(new ArticleInputError(reply.problem, undefined, reply.message));
          else reject(new ExtractionFailedError(reply.message));
        });
      };
      const onError = (error: Error): void => {
        this.forget(worker);
        settle(() =>
          reject(
            new ExtractionFailedError(
              (error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY'
                ? `the article needs more than ${this.options.maxHeapMb} MB of memory`
                : error.message,
            ),
          ),
        );
      };
      const onExit = (code: number): void => {
        this.forget(worker);
        settle(() => reject(new ExtractionFailedError(`the extraction thread stopped (exit code ${code})`)));
      };
      const budget = setTimeout(() => {
        this.forget(worker);
        void worker.terminate();
        settle(() => reject(new ExtractionOverBudgetError(this.options.budgetMs)));
      }, this.options.budgetMs);
      worker.on('message', onMessage);
      worker.once('error', onError);
      worker.once('exit', onExit);
      worker.postMessage(request);
    });
  }

  private runningWorker(): Worker {
    if (this.worker === undefined) {
      this.worker = new Worker(WORKER_FILE, { resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb } });
      // An error after its article was settled (a terminated thread's last words) must not crash the service.
      this.worker.on('error', () => undefined);
      // An idle thread must not keep the process alive (a test, a command that ends).
      this.worker.unref();
    }
    return this.worker;
  }

  private forget(worker: Worker): void {
    if (this.worker === worker) this.worker = undefined;
  }
}
