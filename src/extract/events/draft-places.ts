/** Where encounters took place when their own sentences name no place, read after the whole story. */
import type { Draft } from './draft.ts';
import type { EntityCountries } from './entity-countries.ts';
import { overlap } from './id-sets.ts';
import type { SentenceFacts } from './sentence-facts.ts';

/**
 * "14 апреля в Узбекистан … прибыл Назарбаев" … "По прибытии в Ташкент …": a held visit to a country that
 * names no place took place in the one city of that country the story puts anything in, and so did the
 * visitor's encounters there with the host's people. Read after the whole story, before the dateline, which
 * only tells where the story was filed.
 */
export function visitCities(
  drafts: readonly Draft[],
  facts: readonly SentenceFacts[],
  entities: EntityCountries,
  countriesOf: (draft: Draft) => string[],
): void {
  // "… саммиті Түркістан қаласында өтеді": a city named only where the story tells a gathering still to come
  // (or one called off) is that gathering's place, not where the visit that did happen went.
  const heldSentences = new Set(drafts.filter((draft) => draft.status === 'held').flatMap((draft) => draft.sentences));
  const notHeldOnly = new Set(
    drafts.filter((draft) => draft.status !== 'held').flatMap((draft) => draft.sentences.filter((index) => !heldSentences.has(index))),
  );
  const cities = [
    ...new Set(
      facts
        .filter((sentence) => !notHeldOnly.has(sentence.index))
        .flatMap((sentence) =>
          sentence.places.filter((place) => place.located && entities.isCity?.(place.placeId) === true).map((place) => place.placeId),
        ),
    ),
  ];
  const onlyCityIn = (country: string): string | undefined => {
    const inCountry = cities.filter((city) => entities.countryOf(city) === country);
    return inCountry.length === 1 ? inCountry[0] : undefined;
  };
  for (const visit of drafts) {
    // A visit whose visitor the text does not name is no encounter, and gets no place to keep it.
    if (!visit.kinds.includes('visit') || visit.status !== 'held' || visit.placeId !== undefined || visit.hosts.length !== 1) continue;
    if (visit.persons.length === 0) continue;
    const host = visit.hosts[0]!;
    const city = onlyCityIn(host);
    if (city === undefined) continue;
    visit.placeId = city;
    for (const draft of drafts) {
      if (draft.placeId !== undefined || draft.status !== 'held' || draft.kinds.includes('phone_call')) continue;
      if (overlap(draft.persons, visit.persons) > 0 && countriesOf(draft).includes(host)) draft.placeId = city;
    }
  }
}

/**
 * "Nurtleu held talks with his foreign counterparts … in New York" … "Nurtleu met with the foreign ministers of
 * Spain …": where the story puts a person (a report of them alone somewhere, or their visit) is where their
 * encounters reported after it that name no place of their own were held (the nearest such report before the
 * encounter; a later one is often background: "recall that after his visit to New York …"). Read before the dateline, which only tells where the story was filed.
 */
export function whereaboutsPlaces(drafts: readonly Draft[]): void {
  const inPerson = (draft: Draft) => draft.status === 'held' && !draft.kinds.includes('phone_call');
  const whereabouts = drafts.filter(
    (draft) =>
      inPerson(draft) &&
      draft.placeId !== undefined &&
      (draft.kinds.includes('visit') || (draft.persons.length === 1 && draft.countries.length === 0)),
  );
  if (whereabouts.length === 0) return;
  const firstSentence = (draft: Draft) => Math.min(...draft.sentences);
  for (const draft of drafts) {
    if (draft.placeId !== undefined || !inPerson(draft) || draft.persons.length === 0) continue;
    const at = firstSentence(draft);
    const theirs = whereabouts.filter((report) => report !== draft && overlap(report.persons, draft.persons) > 0);
    const placeId = theirs.filter((report) => firstSentence(report) <= at).at(-1)?.placeId;
    if (placeId !== undefined) draft.placeId = placeId;
  }
}
