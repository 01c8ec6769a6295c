import { describe, expect, it } from '@jest/globals';
import { Neo4jError } from 'neo4j-driver';
import { runBesideOthers } from '../../../../src/graph/migrations/apply-migrations.ts';

/**
 * Answers each call with the next outcome: an error code to throw, or null for success; records whether
 * a statement went through executeQuery (a managed transaction) or a session's auto-commit run.
 */
function scripted(outcomes: Array<string | null>) {
  const calls: string[] = [];
  const answer = (statement: string, how: string) => {
    calls.push(`${how}: ${statement}`);
    const code = outcomes.shift() ?? null;
    if (code !== null) throw new Neo4jError(`refused: ${code}`, code, code, code);
    return { records: [], summary: {}, keys: [] };
  };
  return {
    calls,
    executeQuery: (async (statement: string) => answer(statement, 'managed')) as never,
    session: (() => ({
      run: async (statement: string) => answer(statement, 'auto-commit'),
      close: async () => undefined,
    })) as never,
  };
}

describe('a migration statement run while other instances migrate too', () => {
  it('counts an index or constraint another instance created meanwhile as done', async () => {
    const driver = scripted(['Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists']);
    await expect(runBesideOthers(driver, 'neo4j', 'CREATE INDEX x IF NOT EXISTS FOR (n:X) ON (n.x)', {})).resolves.toBeUndefined();
    expect(driver.calls).toHaveLength(1);
  });

  it('retries a write that lost a race (a deadlock, the same migration recorded at once) until it goes through', async () => {
    const driver = scripted(['Neo.TransientError.Transaction.DeadlockDetected', 'Neo.ClientError.Schema.ConstraintValidationFailed', null]);
    await runBesideOthers(driver, 'neo4j', 'MERGE (m:SchemaMigration {version: $version})', {});
    expect(driver.calls).toHaveLength(3);
  });

  it('gives up after a few attempts, and passes any other error on at once', async () => {
    const deadlocked = scripted(Array<string>(10).fill('Neo.TransientError.Transaction.DeadlockDetected'));
    await expect(runBesideOthers(deadlocked, 'neo4j', 'MATCH (n) SET n.x = 1', {})).rejects.toThrow(/DeadlockDetected/);
    expect(deadlocked.calls).toHaveLength(5);

    const syntax = scripted(['Neo.ClientError.Statement.SyntaxError']);
    await expect(runBesideOthers(syntax, 'neo4j', 'MATC (n)', {})).rejects.toThrow(/SyntaxError/);
    expect(syntax.calls).toHaveLength(1);
  });

  it('runs a statement that commits in batches (CALL … IN TRANSACTIONS) in an auto-commit transaction, the others in managed ones', async () => {
    const driver = scripted([null, 'Neo.TransientError.Transaction.DeadlockDetected', null]);
    await runBesideOthers(driver, 'neo4j', 'MATCH (n) SET n.x = 1', {});
    const batched = 'MATCH (n) CALL (n) { SET n.x = 1 } IN TRANSACTIONS OF 500 ROWS';
    await runBesideOthers(driver, 'neo4j', batched, {});
    expect(driver.calls).toEqual(['managed: MATCH (n) SET n.x = 1', `auto-commit: ${batched}`, `auto-commit: ${batched}`]);
  });
});
