/**
 * Who a sentence is about when it does not name them: a pronoun ("He"), a head of state by title alone, a subject
 * named before the event word and the others after it.
 */
import type { EventLexicon } from './event-lexicon.ts';
import type { KindHit } from './event-status.ts';
import type { SentenceFacts } from './sentence-facts.ts';

export function opensWithPronoun(text: string, lexicon: EventLexicon): boolean {
  const first = /^\P{L}*(\p{L}+)/u.exec(text)?.[1];
  return first !== undefined && lexicon.subjectPronouns.has(first.toLowerCase());
}

/**
 * "Глава держави провів зустріч …": the head of state named by title alone, no name after it, as a pronoun is.
 * A capital after the title is a name when a person is named there, not a place ("Мемлекет басшысы Қазақстанға …").
 */
export function titleSubject(sentence: SentenceFacts, lexicon: EventLexicon): boolean {
  const { text, start } = sentence.sentence;
  const persons = sentence.mentions.filter((mention) => mention.kind === 'person');
  return lexicon.subjectTitles.find(text).some((hit) => {
    const next = /^\s+\p{Lu}/u.exec(text.slice(hit.end));
    if (next === null) return true;
    const nameAt = start + hit.end + next[0].length - 1;
    // "Мемлекет басшысы Өзбекстан Президенті …": a reference read from the title itself on is no name after it.
    return !persons.some((mention) => start + hit.start < mention.start && mention.start <= nameAt && nameAt < mention.end);
  });
}

/**
 * "Президент принял …", "Президент Түркітілдес … кеңесінің Бас хатшысы … қабылдады": a bare title word opening the
 * sentence, with no name after it, is the head of state the story follows. A capitalized word after it is the title's
 * country ("Президент Туркменистана …") except where the language puts the country first (`countryBefore`), and a
 * name after it is the person.
 */
export function openingTitleSubject(sentence: SentenceFacts, lexicon: EventLexicon, language: string | undefined): boolean {
  const opening = language === undefined ? undefined : lexicon.openingSubjectTitles.get(language);
  if (opening === undefined) return false;
  const { text, start } = sentence.sentence;
  const words = /^\P{L}*(\p{Lu}\p{L}*)\s+(\p{L})/u.exec(text);
  if (words === null || !opening.titles.has(words[1]!.toLowerCase())) return false;
  const next = words[2]!;
  if (next === next.toLowerCase()) return true;
  const nextAt = start + words[0].length - 1;
  return (
    opening.countryBefore &&
    !sentence.mentions.some((mention) => mention.kind === 'person' && mention.start <= nextAt && nextAt < mention.end)
  );
}

/**
 * "Мемлекет басшысы … Чавушоғлумен онлайн-кездесу өткізді" opening a story, before any encounter: the head of
 * state is the person a later sentence opens with ("Қасым-Жомарт Тоқаев … растады"), one not named here.
 */
export function namedLater(facts: readonly SentenceFacts[], index: number, named: readonly string[]): string | undefined {
  for (const later of facts) {
    if (later.index <= index) continue;
    const opening = later.mentions.find(
      (mention) =>
        mention.kind === 'person' &&
        (mention.form === 'name' || mention.form === 'surname') &&
        !/\p{L}/u.test(later.sentence.text.slice(0, mention.start - later.sentence.start)),
    );
    if (opening !== undefined && !named.includes(opening.entityId)) return opening.entityId;
  }
  return undefined;
}

/**
 * "Nurtleu also met with Moldova's … Popșoi, Ukraine's … Sybiha and Singapore's … Balakrishnan": the first person
 * is named before the event word and every other after it, so the sentence tells the first one's meetings with
 * each of the others, as "He also met with …" does.
 */
export function namedSubject(sentence: SentenceFacts, hits: readonly KindHit[], persons: readonly string[]): boolean {
  const first = hits[0];
  if (first === undefined || persons.length < 3) return false;
  const eventStart = sentence.sentence.start + first.start;
  const starts = new Map<string, number>();
  for (const mention of sentence.mentions) {
    if (mention.kind === 'person' && !starts.has(mention.entityId)) starts.set(mention.entityId, mention.start);
  }
  const [subject, ...others] = persons;
  const subjectStart = starts.get(subject!);
  return subjectStart !== undefined && subjectStart < eventStart && others.every((person) => (starts.get(person) ?? -1) > eventStart);
}
