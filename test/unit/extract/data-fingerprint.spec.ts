import { describe, expect, it } from '@jest/globals';
import { mkdtemp, mkdir, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { extractionDataFingerprint } from '../../../src/extract/data-fingerprint.ts';
import { extractorVersion } from '../../../src/extract/extractor-version.ts';

async function dataFolder(files: Record<string, string>): Promise<string> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'diplograph-data-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(folder, name)), { recursive: true });
    await writeFile(path.join(folder, name), text);
  }
  return folder;
}

describe('the fingerprint of the data extraction reads', () => {
  it('changes with any edit of a data file, even one whose version was not raised', async () => {
    const before = await dataFolder({ 'words.json': '{"version":"1.0.0","words":["met"]}' });
    const after = await dataFolder({ 'words.json': '{"version":"1.0.0","words":["met","talked"]}' });

    expect(extractionDataFingerprint([before])).not.toBe(extractionDataFingerprint([after]));
  });

  it('is the same for the same files, and ignores READMEs', async () => {
    const a = await dataFolder({ 'words.json': '{}', 'README.md': 'notes' });
    const b = await dataFolder({ 'words.json': '{}', 'README.md': 'other notes' });

    expect(extractionDataFingerprint([a])).toBe(extractionDataFingerprint([b]));
  });

  it('is part of the extractor version stored with every article', () => {
    expect(extractorVersion()).toMatch(/; data [0-9a-f]{12}$/);
  });
});
