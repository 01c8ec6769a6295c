// Three projects: fast pure unit tests; the floors on the real articles' frozen test split, apart so that
// the unit run a rule tuner repeats never scores the test split (npm test runs it once, as CI does); and
// integration tests that talk to a real Neo4j and real HTTP.
// The integration project's global setup chooses the database (see test/support/neo4j-for-tests.ts).
const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
      module: { type: 'es6' },
    },
  ],
};

const common = {
  transform,
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
};

/** @type {import('jest').Config} */
export default {
  // Each test file loads the knowledge base and word lists into a module registry of its own, and one process
  // running every unit test in turn grew past Node's heap (4.8 GB resident at 2,080 tests; on a 2-core machine
  // jest's default is one worker, which it runs in band): two workers, each replaced when it holds more than
  // 1.5 GB after a test file. Integration runs in band (--runInBand), its suites sharing one database.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1536MB',
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: ['<rootDir>/test/unit/**/*.spec.ts', '<rootDir>/src/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'test-split',
      testMatch: ['<rootDir>/test/test-split/**/*.spec.ts'],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/test/integration/**/*.spec.ts'],
      globalSetup: '<rootDir>/test/support/global-setup.ts',
      globalTeardown: '<rootDir>/test/support/global-teardown.ts',
      setupFilesAfterEnv: ['<rootDir>/test/support/integration-timeout.ts'],
      slowTestThreshold: 30,
    },
  ],
};
