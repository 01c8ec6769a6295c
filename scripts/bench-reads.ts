/**
 * `npm run bench:reads`: how much Neo4j work (PROFILE db hits, deterministic, not timings) the API's
 * list reads cost on the most-connected entities of a generated corpus, read the bounded way the API
 * reads them against reading the whole list (what it did before, and still what a total costs). Run at
 * two sizes (`--count 10000`, then `--count 20000`) to see which grow with the corpus. Uses the same
 * local Neo4j home as bench:api (`<tmp>/diplograph-api-bench`), reusing a graph it already holds.
 */
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readEventsOfNodes, readMentionSources, readTieSources } from '../src/graph/read/batch-reads.ts';
import { profiledQuery } from '../test/support/profiling-reader.ts';
import { readEventsPage } from '../src/graph/read/events-page.ts';
import { readMeetingsBetween } from '../src/graph/read/meetings-between.ts';
import { readWhoMet } from '../src/graph/read/who-met.ts';
import { readTimelinePage } from '../src/graph/read/timeline-page.ts';
import type { GraphReader } from '../src/graph/read/graph-reader.ts';
import { openBenchNeo4j } from './bench-common/bench-neo4j.ts';
import { ensureCorpusGraph } from './bench-api/corpus-graph.ts';

const { values: options } = parseArgs({
  options: {
    count: { type: 'string', default: '10000' },
    seed: { type: 'string', default: '1' },
    first: { type: 'string', default: '5' },
    fresh: { type: 'boolean', default: false },
  },
});
const say = (line: string) => process.stdout.write(`${line}\n`);
/** What bench:api's who-met-whom asks of counterparts and meetings. */
const WHO_MET_PROPERTIES = { counterpart: ['id', 'name'], event: ['id', 'date'] };

async function main(): Promise<number> {
  const home = path.join(os.tmpdir(), 'diplograph-api-bench');
  const bench = await openBenchNeo4j({ home: path.join(home, 'neo4j'), startupTimeoutMs: 600_000 });
  try {
    const { driver, database } = bench;
    const count = Number(options.count);
    const first = Number(options.first);
    await ensureCorpusGraph(
      { driver, database },
      { count, seed: Number(options.seed), corpusFolder: path.join(home, 'corpus'), fresh: options.fresh },
      (line) => process.stderr.write(`${line}\n`),
    );
    const profile = (name: string, parameters: Record<string, unknown>) => profiledQuery({ driver, database }, name, parameters);
    let spent = 0;
    const reader: GraphReader = {
      read: async <Row>(name: string, parameters: Record<string, unknown> = {}) => {
        const result = await profile(name, parameters);
        spent += result.dbHits;
        return result.rows as Row[];
      },
    };
    const measured = async (read: () => Promise<unknown>) => {
      spent = 0;
      await read();
      return spent;
    };

    const [mostNamed] = (await profile('test/mention-degrees', {})).rows as Array<{ id: string; degree: number; articles: number }>;
    const [mostInvolved] = ((await profile('test/event-degrees', {})).rows as Array<{ id: string; degree: number; events: number }>).filter(
      (row) => row.id.startsWith('country:'),
    );
    // The country it met most: the pair whose meetingsBetween is the longest.
    const [partner] = (await profile('test/meeting-partner-countries', { id: mostInvolved!.id })).rows as Array<{
      id: string;
      meetings: number;
    }>;
    say(`graph of ${count} generated articles; page size ${first}`);
    say(
      `most-named entity ${mostNamed!.id}: in ${mostNamed!.degree} of ${mostNamed!.articles} articles; most-involved country ${mostInvolved!.id}: ${mostInvolved!.degree} of ${mostInvolved!.events} events`,
    );
    say(`${mostInvolved!.id} met ${partner!.id} most: at ${partner!.meetings} events in their MET`);
    const [mostSupported] = (await profile('test/tie-support-counts', {})).rows as Array<{ fact: string; records: number }>;
    say(`most-supported tie ${mostSupported!.fact}: ${mostSupported!.records} articles`);
    const rows: Array<[string, number, number]> = [
      [
        `sources(first: ${first}) of the tie ${mostSupported!.fact}`,
        await measured(() => readTieSources(reader, [mostSupported!.fact], first)),
        (await profile('test/tie-sources-unbounded', { fact: mostSupported!.fact })).dbHits,
      ],
      [
        `sources(first: ${first}) of ${mostNamed!.id}`,
        await measured(() => readMentionSources(reader, [mostNamed!.id], first)),
        (await profile('test/mention-sources-unbounded', { ids: [mostNamed!.id] })).dbHits,
      ],
      [
        `events(first: ${first}) of ${mostInvolved!.id}`,
        await measured(() => readEventsOfNodes(reader, [mostInvolved!.id], first)),
        (await profile('test/events-of-node-unbounded', { id: mostInvolved!.id })).dbHits,
      ],
      [
        `events(filter: {participant: ${mostInvolved!.id}}, first: ${first}), newest first`,
        await measured(() =>
          readEventsPage(
            reader,
            { participant: mostInvolved!.id, from: null, to: null, place: null, topic: null, kind: null, status: null },
            first,
            null,
            'NEWEST_FIRST',
          ),
        ),
        (
          await profile('api/events-count', {
            participant: mostInvolved!.id,
            from: null,
            to: null,
            place: null,
            topic: null,
            kind: null,
            status: null,
          })
        ).dbHits,
      ],
      [
        `whoMet(${mostInvolved!.id}, first: 20) meetings(first: ${first})`,
        await measured(() =>
          readWhoMet(reader, { partyId: mostInvolved!.id, first: 20, after: null, meetings: first, properties: WHO_MET_PROPERTIES }),
        ),
        // Every meeting of each counterpart: what each counterpart's meetings read before.
        await measured(() =>
          readWhoMet(reader, { partyId: mostInvolved!.id, first: 20, after: null, meetings: 1_000_000, properties: WHO_MET_PROPERTIES }),
        ),
      ],
      [
        `meetingsBetween(${mostInvolved!.id}, ${partner!.id}, first: ${first})`,
        await measured(() => readMeetingsBetween(reader, { a: mostInvolved!.id, b: partner!.id, first, after: null })),
        (await profile('test/meetings-between-unbounded', { a: mostInvolved!.id, b: partner!.id })).dbHits,
      ],
      [
        `timeline(${mostInvolved!.id}, first: ${first})`,
        await measured(() => readTimelinePage(reader, { entity: mostInvolved!.id, from: null, to: null, first, after: null })),
        (await profile('test/timeline-unbounded', { entity: mostInvolved!.id, from: null, to: null })).dbHits,
      ],
    ];
    say('read                                                         bounded   whole list   ratio');
    for (const [name, bounded, whole] of rows)
      say(`${name.padEnd(60)} ${String(bounded).padStart(7)} ${String(whole).padStart(12)}   ${(whole / bounded).toFixed(1)}x`);
    say('(db hits by PROFILE; "whole list" reads every item, as these reads did before and as a total still does)');
    return 0;
  } finally {
    await bench.stop();
  }
}

main().then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`bench:reads: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
