import { describe, expect, it } from '@jest/globals';
import { RestartBudget } from '../../../../src/graph/local-neo4j/restart-budget.ts';

describe('the restart budget of the local Neo4j', () => {
  it('allows the limit within a window, refuses one more, and allows again once the window has passed', () => {
    let now = 0;
    const budget = new RestartBudget(3, 600_000, () => now);

    expect([budget.take(), budget.take(), budget.take()]).toEqual([true, true, true]);
    now = 599_999;
    expect(budget.take()).toBe(false);
    now = 600_000;
    expect(budget.take()).toBe(true);
  });
});
