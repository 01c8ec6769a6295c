import { describe, expect, it } from '@jest/globals';
import neo4j from 'neo4j-driver';
import { withReadRetries } from '../../../../src/graph/read/read-retries.ts';

const transient = () => new neo4j.Neo4jError('the cluster is electing a leader', 'Neo.TransientError.Cluster.NotALeader', 'gql', 'gql');
const syntax = () => new neo4j.Neo4jError('Invalid input', 'Neo.ClientError.Statement.SyntaxError', 'gql', 'gql');

/** A clock that advances only by the waits: the tests never sleep. */
function fakeTime() {
  let clock = 0;
  const waits: number[] = [];
  return {
    waits,
    sleep: async (ms: number) => {
      waits.push(ms);
      clock += ms;
    },
    now: () => clock,
  };
}

function failing(errors: Array<() => Error>) {
  let calls = 0;
  return {
    get calls() {
      return calls;
    },
    attempt: async () => {
      const error = errors[calls++];
      if (error) throw error();
      return 'answer';
    },
  };
}

describe('read retries', () => {
  it('runs a read again after retryable errors, with growing waits, and answers its result', async () => {
    const time = fakeTime();
    const read = failing([transient, transient]);

    await expect(withReadRetries(read.attempt, { budgetMs: 10_000, firstDelayMs: 50 }, time.sleep, time.now)).resolves.toBe('answer');

    expect(read.calls).toBe(3);
    expect(time.waits).toHaveLength(2);
    expect(time.waits[0]).toBeGreaterThanOrEqual(40);
    expect(time.waits[0]).toBeLessThanOrEqual(60);
    expect(time.waits[1]).toBeGreaterThanOrEqual(80);
    expect(time.waits[1]).toBeLessThanOrEqual(120);
  });

  it('throws an error that is not retryable at once', async () => {
    const time = fakeTime();
    const read = failing([syntax]);

    await expect(withReadRetries(read.attempt, { budgetMs: 10_000, firstDelayMs: 50 }, time.sleep, time.now)).rejects.toThrow(
      'Invalid input',
    );

    expect(read.calls).toBe(1);
    expect(time.waits).toEqual([]);
  });

  it('gives up with the last error once another wait would pass the budget', async () => {
    const time = fakeTime();
    const read = failing(Array.from({ length: 20 }, () => transient));

    await expect(withReadRetries(read.attempt, { budgetMs: 1_000, firstDelayMs: 50 }, time.sleep, time.now)).rejects.toThrow(
      'electing a leader',
    );

    // Waits of about 50, 100, 200, 400 ms fit in 1 s; the next (about 800) would not.
    expect(read.calls).toBe(5);
    expect(time.now()).toBeLessThanOrEqual(1_000);
  });
});
