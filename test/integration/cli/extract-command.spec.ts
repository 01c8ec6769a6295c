import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from '@jest/globals';
import { findContractViolations } from '../../../src/extract/contract/validate-extraction-result.ts';
import { spawnCli } from '../../support/cli-process.ts';
import { SAMPLES_FOLDER } from '../../support/load-sample-articles.ts';

describe('diplograph extract', () => {
  const folder = mkdtempSync(path.join(tmpdir(), 'diplograph-extract-'));

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('prints one contract-valid JSON result per article, reports a bad file on stderr, goes on, and exits 1', async () => {
    const binary = path.join(folder, 'broken.txt');
    writeFileSync(binary, Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe]));
    const cli = spawnCli(
      ['extract', path.join(SAMPLES_FOLDER, '004_18f83a26ba883c55.txt'), binary, path.join(SAMPLES_FOLDER, '003_7bc6a4095e92f782.txt')],
      {},
    );

    const { code } = await cli.exited;

    const lines = cli
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines).toHaveLength(2);
    for (const line of lines) expect(findContractViolations(JSON.parse(line))).toEqual([]);
    expect(JSON.parse(lines[0]!).events[0].participantIds.sort()).toEqual(['person:imangali-tasmagambetov', 'person:zakir-hasanov']);
    expect(cli.output()).toMatch(/broken\.txt: .*not text/);
    expect(code).toBe(1);
  });

  it('exits 0 with --pretty output when every article was read', async () => {
    const cli = spawnCli(['extract', '--pretty', path.join(SAMPLES_FOLDER, '000_f308e16cd2620d57.txt')], {});

    const { code } = await cli.exited;

    expect(code).toBe(0);
    expect(cli.output()).toContain('\n  "contractVersion": ');
  });

  it('answers a usage error with exit code 2 for an unknown option', async () => {
    const cli = spawnCli(['extract', '--frobnicate', 'x.txt'], {});

    expect((await cli.exited).code).toBe(2);
    expect(cli.output()).toMatch(/does not know the option --frobnicate/);
  });
});
