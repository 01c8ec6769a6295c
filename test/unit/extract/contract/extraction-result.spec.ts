import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import { CONTRACT_VERSION, type ExtractionResult } from '../../../../src/extract/contract/extraction-result.ts';
import { renderExtractionResultJsonSchema } from '../../../../src/extract/contract/json-schema.ts';
import { assertExtractionResult, findContractViolations } from '../../../../src/extract/contract/validate-extraction-result.ts';

const TEXT = 'Turkey and Kazakhstan on Thursday discussed defence industry cooperation. Dere met Yermekbayev in Nur-Sultan.';
const FIRST = 'Turkey and Kazakhstan on Thursday discussed defence industry cooperation.';
const SECOND = 'Dere met Yermekbayev in Nur-Sultan.';
const first = { sentence: FIRST, start: 0, end: FIRST.length };
const second = { sentence: SECOND, start: TEXT.indexOf(SECOND), end: TEXT.length };

function validResult(): ExtractionResult {
  return {
    contractVersion: CONTRACT_VERSION,
    knowledgeBaseVersion: '1.0.0',
    extractorVersion: 'rules 2026.12.05',
    article: {
      id: 'article:0f3a',
      contentHash: 'a'.repeat(64),
      title: 'Turkey, Kazakhstan to boost defense industry cooperation',
      publishedAt: { year: 2021, month: 2, day: 5, iso: '2021-02-05' },
      language: 'en',
      languageConfidence: 0.98,
      text: TEXT,
    },
    entities: [
      { id: 'country:tr', kind: 'country', name: 'Turkey', aliases: [], known: true, mentions: [first], confidence: 1 },
      { id: 'country:kz', kind: 'country', name: 'Kazakhstan', aliases: [], known: true, mentions: [first], confidence: 1 },
      {
        id: 'person:muhsin-dere',
        kind: 'person',
        name: 'Muhsin Dere',
        aliases: ['Dere'],
        known: true,
        countryId: 'country:tr',
        mentions: [second],
        confidence: 0.9,
      },
      {
        id: 'person:nurlan-yermekbayev',
        kind: 'person',
        name: 'Nurlan Yermekbayev',
        aliases: [],
        known: true,
        countryId: 'country:kz',
        mentions: [second],
        confidence: 0.9,
      },
      {
        id: 'place:astana',
        kind: 'place',
        name: 'Astana',
        aliases: ['Nur-Sultan'],
        known: true,
        countryId: 'country:kz',
        mentions: [second],
        confidence: 0.9,
      },
      {
        id: 'topic:defence-industry',
        kind: 'topic',
        name: 'defence industry',
        aliases: [],
        known: true,
        mentions: [first],
        confidence: 0.8,
      },
    ],
    offices: [],
    events: [
      {
        id: 'e1',
        kind: 'meeting',
        status: 'held',
        cue: { text: 'met', rule: 'event-word:meeting+held:held-form' },
        date: { year: 2021, month: 2, day: 4, iso: '2021-02-04', text: 'on Thursday' },
        placeId: 'place:astana',
        participantIds: ['person:muhsin-dere', 'person:nurlan-yermekbayev'],
        topicIds: ['topic:defence-industry'],
        evidence: [first, second],
        confidence: 0.8,
      },
    ],
    agreements: [],
    relations: [],
    figures: [],
  };
}

describe('extraction result contract', () => {
  it('accepts a result whose evidence points at its sentences and whose ids are all defined', () => {
    expect(findContractViolations(validResult())).toEqual([]);
    expect(assertExtractionResult(validResult()).events[0]?.participantIds).toHaveLength(2);
  });

  it('reports evidence whose offsets do not point at its sentence', () => {
    const result = validResult();
    result.events[0]!.evidence[1] = { ...second, start: second.start + 1 };

    expect(findContractViolations(result)).toEqual([
      `events.0.evidence.1: evidence offsets ${second.start + 1}-${second.end} do not point at its sentence`,
    ]);
  });

  it('reports a fact that refers to an entity the result does not define', () => {
    const result = validResult();
    result.events[0]!.participantIds.push('person:nobody');

    expect(findContractViolations(result)).toEqual(['events.0: person:nobody is not among the entities']);
  });

  it('reports a fact without evidence', () => {
    const result = validResult();
    result.events[0]!.evidence = [];

    expect(findContractViolations(result)).toEqual([expect.stringMatching(/^events\.0\.evidence: /)]);
  });

  it('names the field of a malformed id', () => {
    const result = validResult() as unknown as { entities: Array<{ id: string }> };
    result.entities[0]!.id = 'Turkey';

    expect(findContractViolations(result)).toEqual(['entities.0.id: expected a kind-prefixed id such as country:kz or person:muhsin-dere']);
  });

  it('refuses a result of another contract version', () => {
    expect(() => assertExtractionResult({ ...validResult(), contractVersion: '0.9.0' })).toThrow(/contractVersion/);
  });
});

describe('schema/extraction-result.schema.json', () => {
  it('is up to date with the zod contract (run `npm run schema:json` after changing it)', () => {
    const committed = readFileSync(path.join(PROJECT_ROOT, 'schema', 'extraction-result.schema.json'), 'utf8');

    expect(committed).toBe(renderExtractionResultJsonSchema());
  });
});
