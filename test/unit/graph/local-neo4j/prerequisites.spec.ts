import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { javaExecutable, parseJavaMajorVersion } from '../../../../src/graph/local-neo4j/prerequisites.ts';

describe('Java detection for the local Neo4j', () => {
  it('reads the major version of current and legacy Java version strings', () => {
    expect(parseJavaMajorVersion('openjdk version "17.0.15" 2025-04-15')).toBe(17);
    expect(parseJavaMajorVersion('openjdk version "21" 2023-09-19')).toBe(21);
    expect(parseJavaMajorVersion('java version "1.8.0_392"')).toBe(8);
    expect(parseJavaMajorVersion('no version here')).toBeUndefined();
  });

  it('prefers JAVA_HOME over the PATH', () => {
    expect(javaExecutable({ JAVA_HOME: '/opt/jdk-17' })).toBe(path.join('/opt/jdk-17', 'bin', 'java'));
    expect(javaExecutable({})).toBe('java');
  });
});
