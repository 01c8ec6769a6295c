import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { parse } from 'yaml';
import { CONFIG_VARIABLES, NEO4J_DOCKER_IMAGE, NEO4J_LOCAL_VERSION, NEO4J_SERIES } from '../../../src/config/config.ts';
import { PROJECT_ROOT } from '../../../src/config/project-root.ts';

interface ComposeService {
  image?: string;
  build?: unknown;
  environment?: Record<string, string>;
  ports?: string[];
  volumes?: string[];
  healthcheck?: { test: string[] };
  depends_on?: Record<string, { condition: string }>;
}

// No Docker engine runs here, so compose cannot be started in tests; this keeps its file in step with the code.
const compose = parse(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, ComposeService>;
  volumes: Record<string, unknown>;
};
const dockerfile = readFileSync(path.join(PROJECT_ROOT, 'Dockerfile'), 'utf8');

describe('docker-compose.yml', () => {
  const neo4j = compose.services.neo4j!;
  const app = compose.services.app!;

  it('runs the same Neo4j release as the local server and the tests', () => {
    expect(neo4j.image).toBe(NEO4J_DOCKER_IMAGE);
    expect(NEO4J_LOCAL_VERSION.startsWith(`${NEO4J_SERIES}.`)).toBe(true);
  });

  it('publishes Browser on 7474 and Bolt on 7687 on loopback only, keeps data in a named volume and has a healthcheck', () => {
    expect(neo4j.ports).toEqual(['127.0.0.1:7474:7474', '127.0.0.1:7687:7687']);
    expect(neo4j.volumes).toContain('neo4j-data:/data');
    expect(compose.volumes).toHaveProperty('neo4j-data');
    expect(neo4j.healthcheck?.test).toEqual(expect.arrayContaining(['cypher-shell']));
  });

  it('starts the app only once Neo4j is healthy, and points it at Neo4j by service name', () => {
    expect(app.depends_on?.neo4j?.condition).toBe('service_healthy');
    expect(app.environment?.NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(app.environment?.API_HOST).toBe('0.0.0.0');
    expect(app.ports).toEqual(['127.0.0.1:4000:4000']);
  });

  it('gives the app and Neo4j the same password, with no default: compose stops unless NEO4J_PASSWORD is set', () => {
    expect(neo4j.environment?.NEO4J_AUTH).toBe(`neo4j/${app.environment?.NEO4J_PASSWORD}`);
    expect(app.environment?.NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(readFileSync(path.join(PROJECT_ROOT, 'docker-compose.yml'), 'utf8')).not.toContain(':-diplograph');
  });

  it('sets only variables that config.ts knows', () => {
    expect(Object.keys(app.environment ?? {}).filter((name) => !(name in CONFIG_VARIABLES))).toEqual([]);
  });
});

describe('Dockerfile', () => {
  it('is multi-stage and runs as a non-root user', () => {
    expect(dockerfile.match(/^FROM /gm)?.length).toBeGreaterThanOrEqual(2);
    expect(dockerfile).toMatch(/^USER node$/m);
  });

  it('runs the same command as npm start, heap bounds included', () => {
    const npmStart = (JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> })
      .scripts.start!;
    const command = JSON.parse(/^CMD (\[.*\])$/m.exec(dockerfile)![1]!) as string[];

    expect(command).toEqual(npmStart.split(' '));
    expect(command).toEqual([
      'node',
      expect.stringMatching(/^--max-old-space-size=\d+$/),
      expect.stringMatching(/^--max-semi-space-size=\d+$/),
      'src/cli/main.ts',
      'start',
    ]);
  });

  it('copies folders that exist', () => {
    const copied = [...dockerfile.matchAll(/^COPY (?!--from)(\S+) \.\/\S+$/gm)].map((match) => match[1]!);

    expect(copied.length).toBeGreaterThan(3);
    for (const source of copied) expect(existsSync(path.join(PROJECT_ROOT, source))).toBe(true);
  });
});
