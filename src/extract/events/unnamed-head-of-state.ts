/**
 * "Мемлекет басшысы … алғыс айтты. Қазақстан Президенті … деп есептейді": a story may follow a head of state by
 * title alone and never name them. The country whose head of state it is then takes part in their place, as an
 * unnamed head of state's country does wherever else the story cannot say who acted.
 */
import type { EventLexicon } from './event-lexicon.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/**
 * The one country the story calls a head of state of with no name after the title ("Қазақстан Президенті ШЫҰ …"),
 * when no person the story names serves it; undefined when there is none, or several.
 */
export function unnamedHeadOfStateCountry(
  facts: readonly SentenceFacts[],
  lexicon: EventLexicon,
  countryOf: (personId: string) => string | undefined,
): string | undefined {
  const persons = facts.flatMap((sentence) => sentence.mentions.filter((mention) => mention.kind === 'person'));
  const untitled = new Set<string>();
  for (const sentence of facts) {
    const { text, start: offset } = sentence.sentence;
    for (const country of sentence.mentions) {
      if (country.kind !== 'country' || country.describesPersonId !== undefined) continue;
      const rest = text.slice(country.end - offset);
      const title = lexicon.headOfStateTitles.find(rest)[0];
      if (title === undefined || rest.slice(0, title.start).trim() !== '') continue;
      const titleEnd = country.end + title.end;
      // "Қазақстан Президенті Қасым-Жомарт Тоқаев": a name right after the title is the person, not an unnamed head.
      const named = persons.some(
        (person) => person.start >= titleEnd && text.slice(titleEnd - offset, person.start - offset).trim() === '',
      );
      if (!named) untitled.add(country.entityId);
    }
  }
  if (untitled.size !== 1) return undefined;
  const [country] = untitled;
  if (country === undefined || persons.some((person) => countryOf(person.entityId) === country)) return undefined;
  return country;
}
