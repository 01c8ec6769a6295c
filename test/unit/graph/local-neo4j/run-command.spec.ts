import { describe, expect, it } from '@jest/globals';
import { lastLines } from '../../../../src/graph/local-neo4j/run-command.ts';

describe('quoting a failed tool', () => {
  it('keeps the exception message and drops Java stack frames', () => {
    const output = [
      'java.lang.IllegalArgumentException: Unrecognized setting. No declared setting with name: x.y.',
      '\tat org.neo4j.configuration.Config.validateSettings(Config.java:612)',
      '\tat picocli.CommandLine.execute(CommandLine.java:2174)',
      '\t... 12 more',
    ].join('\n');

    expect(lastLines(output, 5)).toBe('java.lang.IllegalArgumentException: Unrecognized setting. No declared setting with name: x.y.');
  });

  it('keeps only the last lines asked for', () => {
    expect(lastLines('a\nb\nc\nd\n', 2)).toBe('c\nd');
  });
});
