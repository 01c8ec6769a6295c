import type { ExtractionResult } from '../../src/extract/contract/extraction-result.ts';
import { extractArticle } from '../../src/extract/extract-article.ts';
import { bundledKnowledge } from './entity-analysis.ts';

/** The facts of a text written for a test, in `language`, with the bundled knowledge base. */
export function extractText(text: string, language: string): ExtractionResult {
  return extractArticle(
    { bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } },
    bundledKnowledge(),
  );
}

/** Each event of a text (English unless `language` says) as its kind and its participants in id order: who met whom, as a test compares it. */
export function eventKindsAndParticipants(text: string, language = 'en'): Array<[string, string[]]> {
  return extractText(text, language).events.map((event) => [event.kind, [...event.participantIds].sort()]);
}

/** Each event of a text as its kind, status and participants in id order. */
export function eventSummaries(text: string, language: string): Array<{ kind: string; status: string; participants: string[] }> {
  return extractText(text, language).events.map((event) => ({
    kind: event.kind,
    status: event.status,
    participants: [...event.participantIds].sort(),
  }));
}

/** Each person of a text, in the order found, with the offices it holds as "office country" ('-' and '?' for none). */
export function personOffices(text: string, language: string): Array<[string, string[]]> {
  const result = extractText(text, language);
  return result.entities
    .filter((entity) => entity.kind === 'person')
    .map((person) => [
      person.name,
      result.offices
        .filter((office) => office.personId === person.id)
        .map((office) => `${office.officeId ?? '-'} ${office.countryId ?? '?'}`),
    ]);
}
