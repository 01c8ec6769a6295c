import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from '@jest/globals';
import { KnowledgeBaseError, type KnowledgeProblem } from '../../../src/knowledge/knowledge-error.ts';
import { DEFAULT_KNOWLEDGE_DIRECTORY, loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';

type Json = { records: Array<Record<string, unknown>> } & Record<string, unknown>;

const copies: string[] = [];
afterEach(() => copies.splice(0).forEach((directory) => rmSync(directory, { recursive: true, force: true })));

/** A copy of the real base with one file changed, so each test breaks exactly one thing. */
function baseWith(file: string, change: (json: Json) => void): string {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'diplograph-knowledge-'));
  copies.push(directory);
  cpSync(DEFAULT_KNOWLEDGE_DIRECTORY, directory, { recursive: true });
  const json = JSON.parse(readFileSync(path.join(directory, file), 'utf8')) as Json;
  change(json);
  writeFileSync(path.join(directory, file), JSON.stringify(json));
  return directory;
}

function problemsOf(directory: string): readonly KnowledgeProblem[] {
  try {
    loadKnowledgeBase(directory);
  } catch (error) {
    if (error instanceof KnowledgeBaseError) return error.problems;
    throw error;
  }
  throw new Error('the base loaded although it was broken');
}

const record = (json: Json, id: string): Record<string, unknown> => {
  const found = json.records.find((candidate) => candidate.id === id);
  if (found === undefined) throw new Error(`no record ${id}`);
  return found;
};

describe('knowledge base validation', () => {
  it('names the file, record, field and expectation of a malformed field', () => {
    const directory = baseWith('countries.json', (json) => {
      record(json, 'country:kz').iso3 = 'KAZAKH';
    });
    expect(problemsOf(directory)).toEqual([
      { file: 'countries.json', record: 'country:kz', field: 'iso3', expected: expect.stringContaining('ISO 3166-1 alpha-3') },
    ]);
  });

  it('puts the whole story in the error message', () => {
    const directory = baseWith('persons.json', (json) => {
      (record(json, 'person:murat-nurtleu').names as Record<string, unknown>).en = [];
    });
    expect(() => loadKnowledgeBase(directory)).toThrow(
      /persons\.json, record person:murat-nurtleu, field names\.en: expected at least one name/,
    );
  });

  it('rejects a misspelt field instead of ignoring it', () => {
    const directory = baseWith('organizations.json', (json) => {
      record(json, 'org:sco').wikidataID = 'Q485207';
    });
    expect(problemsOf(directory)).toEqual([
      expect.objectContaining({ file: 'organizations.json', record: 'org:sco', expected: expect.stringContaining('"wikidataID"') }),
    ]);
  });

  it('rejects a membership of a country the base does not hold', () => {
    const directory = baseWith('organizations.json', (json) => {
      (record(json, 'org:sco').memberships as Array<Record<string, unknown>>).push({ memberId: 'country:xx', status: 'member' });
    });
    expect(problemsOf(directory)).toEqual([
      expect.objectContaining({
        file: 'organizations.json',
        record: 'org:sco',
        field: expect.stringMatching(/^memberships\[\d+\]\.memberId$/),
        expected: expect.stringContaining('country:xx is not declared'),
      }),
    ]);
  });

  it('rejects an office held in an unknown office or without the country it serves', () => {
    const directory = baseWith('persons.json', (json) => {
      const offices = record(json, 'person:hakan-fidan').offices as Array<Record<string, unknown>>;
      offices.push({ officeId: 'office:grand-vizier', countryId: 'country:tr' });
      offices.push({ officeId: 'office:minister-of-defence' });
    });
    expect(problemsOf(directory)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          record: 'person:hakan-fidan',
          field: 'offices[1].officeId',
          expected: expect.stringContaining('office:grand-vizier'),
        }),
        expect.objectContaining({ record: 'person:hakan-fidan', field: 'offices[2].countryId' }),
      ]),
    );
  });

  it('rejects an id used twice across files', () => {
    const directory = baseWith('places.json', (json) => {
      json.records.push({ id: 'place:astana', kind: 'city', countryId: 'country:kz', names: { en: ['Astana city'] }, wikidataId: null });
    });
    expect(problemsOf(directory)).toEqual([
      expect.objectContaining({
        file: 'places.json',
        record: 'place:astana',
        field: 'id',
        expected: expect.stringContaining('countries.json'),
      }),
    ]);
  });

  it('rejects an alias that silently names a second entity', () => {
    const directory = baseWith('places.json', (json) => {
      record(json, 'place:almaty').aliases = { en: ['Kazakhstan'] };
    });
    expect(problemsOf(directory)).toEqual([
      expect.objectContaining({
        file: 'places.json',
        record: 'place:almaty',
        field: 'aliases.en[0]',
        expected: expect.stringContaining('country:kz'),
      }),
    ]);
  });

  it('rejects a stem that does not begin its lemma', () => {
    const directory = baseWith('countries.json', (json) => {
      const adjectives = record(json, 'country:tr').adjectives as Record<string, Array<Record<string, unknown>>>;
      adjectives.uk![0]!.stems = ['турецк'];
    });
    expect(problemsOf(directory)).toEqual([
      expect.objectContaining({ file: 'countries.json', record: 'country:tr', field: 'adjectives.uk[0].stems' }),
    ]);
  });

  it('reports a file that is not JSON', () => {
    const directory = baseWith('topics.json', () => undefined);
    writeFileSync(path.join(directory, 'topics.json'), '{ "records": [');
    expect(problemsOf(directory)).toEqual([
      expect.objectContaining({ file: 'topics.json', record: '(file)', expected: expect.stringContaining('valid JSON') }),
    ]);
  });
});
