import type { LoadStatus } from '../../graph/load/load-article.ts';
import { addCounters, emptyCounters, type WriteCounters } from '../../graph/load/write-counters.ts';

/** What a load run did, counted per outcome, for the closing summary and the exit code. */
export class LoadSummary {
  readonly counts: Record<LoadStatus | 'failed', number> = { new: 0, unchanged: 0, updated: 0, failed: 0 };
  readonly counters: WriteCounters = emptyCounters();
  readonly failures: Array<{ name: string; message: string }> = [];
  /** Set when the run stopped early because Neo4j stopped answering: why, and the inputs not loaded. */
  interruption: { reason: string; notLoaded: string[] } | undefined;

  loaded(status: LoadStatus): void {
    this.counts[status] += 1;
  }

  /** What a write changed in the graph (a batch of articles shares one count). */
  changed(counters: WriteCounters): void {
    addCounters(this.counters, counters);
  }

  failed(name: string, message: string): void {
    this.counts.failed += 1;
    this.failures.push({ name, message });
  }

  /** Neo4j went away: nothing more can be written; what was written so far stays counted. */
  interrupted(reason: string, notLoaded: string[]): void {
    this.interruption = { reason, notLoaded };
  }

  get allSucceeded(): boolean {
    return this.counts.failed === 0 && this.interruption === undefined;
  }

  describe(): string {
    const { counts, counters } = this;
    return (
      `articles: ${counts.new} new, ${counts.unchanged} unchanged, ${counts.updated} updated, ${counts.failed} failed; ` +
      `graph: ${counters.nodesCreated} nodes and ${counters.relationshipsCreated} relationships created, ` +
      `${counters.nodesDeleted} nodes and ${counters.relationshipsDeleted} relationships deleted` +
      (this.interruption === undefined ? '' : `; not loaded: ${this.interruption.notLoaded.length}`)
    );
  }
}
