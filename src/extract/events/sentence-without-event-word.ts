/**
 * A sentence with no event word still tells of an encounter: taking part together with several countries' heads is a
 * gathering of them all, and a sentence that says who else took part, or refers back, adds to the encounter just told.
 */
import type { PartialDate } from '../contract/extraction-result.ts';
import type { Draft } from './draft.ts';
import type { EntityCountries } from './entity-countries.ts';
import { eventDate } from './event-dates.ts';
import type { EventLexicon } from './event-lexicon.ts';
import { appendUnique, overlap } from './id-sets.ts';
import { withoutReportDates } from './report-dates.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/** The date a sentence with no event word gives the encounter it adds to or makes, its report dates left out. */
function eventDateOf(sentence: SentenceFacts, lexicon: EventLexicon): PartialDate | undefined {
  return eventDate(withoutReportDates(sentence.sentence.text, sentence.sentence.start, sentence.dates, [], lexicon));
}

/** Adds a sentence with no event word to the drafts: a new gathering, or more of the latest draft, or nothing. */
export function addSentenceWithoutEventWord(
  sentence: SentenceFacts,
  drafts: Draft[],
  located: SentenceFacts['places'][number] | undefined,
  anaphoric: boolean,
  lexicon: EventLexicon,
  entities: EntityCountries,
): void {
  const latest = drafts.at(-1);
  // "Тоқаев шараға Әзербайжан, … президенттерімен және Мажарстан премьер-министрімен бірге қатысты": taking
  // part together with the heads of several countries, in no encounter told yet, is a gathering of them all.
  const company = sentence.actorCountries.filter((country) => !sentence.persons.some((person) => entities.countryOf(person) === country));
  if (
    sentence.persons.length > 0 &&
    sentence.persons.length + company.length >= 3 &&
    lexicon.participation.test(sentence.sentence.text) &&
    lexicon.companionship.test(sentence.sentence.text) &&
    (latest === undefined || overlap(latest.persons, sentence.persons) === 0)
  ) {
    drafts.push({
      kinds: ['meeting'],
      status: 'held',
      cue: { text: lexicon.companionship.find(sentence.sentence.text)[0]!.text, rule: 'participation+companionship' },
      gathering: true,
      persons: [...sentence.persons],
      countries: company,
      collectives: [],
      hosts: [],
      date: eventDateOf(sentence, lexicon),
      placeId: located?.placeId,
      topics: new Set(sentence.topics),
      sentences: [sentence.index],
    });
    return;
  }
  if (latest === undefined) return;
  // "... took part as observers", "attended by ...": more participants of the encounter just described.
  // Either may say where it was ("Putin is in Pavlodar to take part in the forum").
  if (sentence.persons.length > 0 && lexicon.participation.test(sentence.sentence.text)) {
    appendUnique(latest.persons, sentence.persons);
    sentence.topics.forEach((topic) => latest.topics.add(topic));
    latest.sentences.push(sentence.index);
    latest.placeId ??= located?.placeId;
    return;
  }
  // "The sides stressed ..." / "In the meeting, ..." adds to the encounter just described.
  if (anaphoric && sentence.persons.every((person) => latest.persons.includes(person))) {
    sentence.topics.forEach((topic) => latest.topics.add(topic));
    latest.sentences.push(sentence.index);
    latest.placeId ??= located?.placeId;
    // "Салтанатты рәсім 16 желтоқсанда ... Вашингтонда өткен": a later sentence that says the encounter took
    // place may date it; a date in one that only adds to it is often of something else ("the agreements
    // reached ... on April 14").
    if (lexicon.heldForms.find(sentence.sentence.text).length > 0) latest.date ??= eventDateOf(sentence, lexicon);
  }
}
