/** Where encounters took place when their own sentences name no place, read after the whole story. */
import type { DatelinePlace } from './dateline-place.ts';
import type { Draft } from './draft.ts';
import { appendUnique, overlap } from './id-sets.ts';
import type { EntityCountries } from './entity-countries.ts';
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

/**
 * A visit's hosts (the countries it went to, or the country of the city it went to) take part in its encounter, unless
 * a person of theirs already stands for them or two sides of other countries only met there.
 */
export function visitHosts(drafts: readonly Draft[], entities: EntityCountries, countriesOf: (draft: Draft) => string[]): void {
  for (const draft of drafts) {
    // A visit to a named city ("arrived in Astana for a state visit") is hosted by the city's country,
    // when the visitors are one side; two sides meeting in a third country's city are not its guests.
    if (draft.kinds.includes('visit') && draft.hosts.length === 0 && draft.placeId !== undefined && new Set(countriesOf(draft)).size <= 1) {
      const host = entities.countryOf(draft.placeId);
      if (host !== undefined) draft.hosts.push(host);
    }
    const served = countriesOf(draft);
    // Two sides of other countries meeting "during a visit to Japan" met there; Japan is no side of theirs.
    if (new Set(served).size >= 2 && !draft.hosts.some((host) => served.includes(host)) && !draft.kinds.includes('visit')) continue;
    appendUnique(
      draft.countries,
      draft.hosts.filter((host) => !served.includes(host)),
    );
  }
}

/**
 * The dateline's city is the place of an encounter of its country, or of a side encounter, that names no place of its
 * own. Read after the places the story itself gives (visitCities, whereaboutsPlaces): it tells only where the story
 * was filed.
 */
export function datelinePlaces(drafts: readonly Draft[], datelinePlace: DatelinePlace, countriesOf: (draft: Draft) => string[]): void {
  for (const draft of drafts) {
    // A call joins two places; the dateline names only where the story was filed.
    if (draft.kinds.includes('phone_call')) continue;
    // A gathering of several countries' heads the story was filed about from home was not at home for that.
    if (draft.gathering === true) continue;
    // A side encounter ("on the sidelines" of a gathering) took place in the gathering's host city, which the
    // dateline names when the text does not: "СКОПЬЕ, 30 ноя ... Лавров на полях Совета министров ... ОБСЕ проводит переговоры".
    const sidelines = draft.sidelines === true && draft.status === 'held';
    if (draft.placeId === undefined && (sidelines || countriesOf(draft).includes(datelinePlace.countryId)))
      draft.placeId = datelinePlace.placeId;
  }
}
