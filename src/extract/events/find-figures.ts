/**
 * Figures with units: "The two countries traded US$5.3 billion in 2021", "товарооборот достиг 3,2 млрд
 * долларов". A money amount counts only in a sentence that says what it measures (trade, investment);
 * an amount after a target word ("bring ... up to US$10 billion") is a target, kept as its own kind.
 */
import type { Figure } from '../contract/extraction-result.ts';
import type { EventLexicon } from './event-lexicon.ts';
import type { SentenceFacts } from './sentence-facts.ts';

const NUMBER = String.raw`\d{1,3}(?:[ \u00a0\u202f,]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?`;
const AMOUNT = new RegExp(`(${NUMBER})`, 'gu');
const YEAR = /(?<!\d)(19[5-9]\d|20\d\d)(?!\d)/gu;
const NEAR = 14;

function parseNumber(raw: string): number {
  const compact = raw.replace(/[\s\u00a0\u202f]/g, '');
  // "5,3" is a decimal comma; "4,000" groups thousands.
  if (/^\d+,\d{1,2}$/.test(compact)) return Number(compact.replace(',', '.'));
  return Number(compact.replace(/,/g, ''));
}

export function findFigures(
  facts: readonly SentenceFacts[],
  lexicon: EventLexicon,
  contextCountries: (sentence: SentenceFacts) => readonly string[],
): Figure[] {
  const figures: Figure[] = [];
  for (const sentence of facts) {
    const text = sentence.sentence.text;
    const measures = lexicon.figures.find(text);
    if (measures.length === 0) continue;
    const currencies = lexicon.currencies.find(text);
    if (currencies.length === 0) continue;
    const magnitudes = lexicon.magnitudes.find(text);
    // Stated years and year-only dates ("last year", "торік") resolved against the publication date.
    const years = [
      ...[...text.matchAll(YEAR)].map((match) => ({ year: Number(match[1]), start: match.index })),
      ...sentence.dates
        .filter((mention) => mention.date.year !== undefined && mention.date.month === undefined)
        .map((mention) => ({ year: mention.date.year!, start: mention.start - sentence.sentence.start })),
    ];
    const targets = lexicon.figureTargets.find(text);
    const subjectIds = sentence.countries.length > 0 ? sentence.countries : contextCountries(sentence);

    for (const match of text.matchAll(AMOUNT)) {
      const start = match.index;
      const end = start + match[0].length;
      if (years.some((year) => year.start === start && match[0].length === 4)) continue;
      const currency = currencies.find(
        (hit) => (hit.end <= start && start - hit.end <= 2) || (hit.start >= end && hit.start - end <= NEAR),
      );
      if (currency === undefined) continue;
      const magnitude = magnitudes.find((hit) => hit.start >= end && hit.start - end <= 2);
      const measure = [...measures].sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0]!;
      const isTarget = targets.some((hit) => hit.end <= start && start - hit.end < 40);
      const year = years
        .filter((candidate) => candidate.start >= end || candidate.start + 4 <= start)
        .sort((a, b) => Math.abs(a.start - start) - Math.abs(b.start - start))[0];
      figures.push({
        kind: isTarget ? (lexicon.figureTargetKinds[measure.group] ?? `${measure.group}_target`) : measure.group,
        value: parseNumber(match[1]!) * Number(magnitude?.group ?? 1),
        unit: currency.group,
        ...(year ? { year: year.year } : {}),
        subjectIds: [...subjectIds],
        evidence: { sentence: text, start: sentence.sentence.start, end: sentence.sentence.end },
        confidence: subjectIds.length > 0 ? 0.7 : 0.5,
      });
    }
  }
  return figures;
}
