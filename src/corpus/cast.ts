import type { KnowledgeBase } from '../knowledge/knowledge-base.ts';
import type { Country, LocalizedNames, Office, Person } from '../knowledge/knowledge-schema.ts';
import { dayOf, firstDayOf, lastDayOf } from './days.ts';
import {
  CORPUS_LANGUAGES,
  INVARIABLE_SURNAMES,
  INVENTED_FIRST_NAMES,
  LANGUAGE_INDEX,
  SURNAME_ENDINGS,
  SURNAME_ROOTS,
  type CorpusLanguage,
  type Spelling,
} from './phrasebook.ts';
import type { SeededRandom } from './seeded-random.ts';

/** A text in each corpus language. */
export type Localized = Record<CorpusLanguage, string>;

export interface CastCountry {
  id: string;
  names: Localized;
  /** The masculine nominative adjective ("Kazakh", "казахстанский"), where the base has one. */
  adjectives: Record<CorpusLanguage, string | undefined>;
}

export interface CastPlace {
  id: string;
  countryId: string;
  names: Localized;
}

/** Someone who takes part in an event, in one office: a person of the base or an invented one. */
export interface Participant {
  id: string;
  known: boolean;
  names: Localized;
  surnames: Localized;
  officeId: string;
  /** The office's names by language, most usual first. */
  titles: Record<CorpusLanguage, readonly string[]>;
  /** The country served, or the organization (by acronym) for offices such as Secretary-General. */
  serves: { kind: 'country'; country: CastCountry } | { kind: 'organization'; countryId: string | undefined; acronyms: Localized };
}

/** A known person's office over the days it was held (clipped to the corpus's date range). */
export interface Appointment {
  participant: Participant;
  from: number;
  to: number;
}

export interface Cast {
  firstDay: number;
  lastDay: number;
  countries: readonly CastCountry[];
  countriesById: ReadonlyMap<string, CastCountry>;
  /** Cities with a name in every corpus language, by country id. */
  citiesByCountry: ReadonlyMap<string, readonly CastPlace[]>;
  appointments: readonly Appointment[];
  invented: readonly Participant[];
}

/** The corpus starts here; the base's asOf date ends it. */
const CORPUS_START = '2015-01-01';

function localized(names: LocalizedNames | undefined): Localized | undefined {
  const en = names?.en?.[0];
  const ru = names?.ru?.[0];
  const uk = names?.uk?.[0];
  return en === undefined || ru === undefined || uk === undefined ? undefined : { en, ru, uk };
}

function castCountry(country: Country): CastCountry {
  const adjective = (language: CorpusLanguage): string | undefined => {
    const lemma = country.adjectives?.[language]?.[0]?.lemma;
    return lemma === undefined ? undefined : language === 'en' ? lemma : lemma.charAt(0).toLocaleLowerCase() + lemma.slice(1);
  };
  return {
    id: country.id,
    names: { en: country.names.en[0]!, ru: country.names.ru[0]!, uk: country.names.uk[0]! },
    adjectives: { en: adjective('en'), ru: adjective('ru'), uk: adjective('uk') },
  };
}

function titlesOf(office: Office): Record<CorpusLanguage, readonly string[]> | undefined {
  const { en, ru, uk } = office.names;
  return ru === undefined || uk === undefined ? undefined : { en, ru, uk };
}

/**
 * The base's surname where it has one; else the last word, unless that is too short to stand alone
 * (names written surname first, such as "Wang Yi"), where the whole name is safer.
 */
function surnamesOf(person: Person, names: Localized): Localized {
  const lastWord = (name: string) => {
    const last = name.split(' ').at(-1)!;
    return last.length < 3 ? name : last;
  };
  return {
    en: person.surnames?.en?.[0] ?? lastWord(names.en),
    ru: person.surnames?.ru?.[0] ?? lastWord(names.ru),
    uk: person.surnames?.uk?.[0] ?? lastWord(names.uk),
  };
}

function knownAppointments(
  knowledge: KnowledgeBase,
  countriesById: ReadonlyMap<string, CastCountry>,
  firstDay: number,
  lastDay: number,
): Appointment[] {
  const offices = new Map(knowledge.offices.map((office) => [office.id, office]));
  const organizations = new Map(knowledge.organizations.map((organization) => [organization.id, organization]));
  return knowledge.persons.flatMap((person) => {
    const names = localized(person.names);
    if (names === undefined) return [];
    return (person.offices ?? []).flatMap((holding): Appointment[] => {
      const office = offices.get(holding.officeId);
      const titles = office === undefined ? undefined : titlesOf(office);
      if (titles === undefined) return [];
      let serves: Participant['serves'] | undefined;
      if (holding.countryId !== undefined) {
        const country = countriesById.get(holding.countryId);
        serves = country === undefined ? undefined : { kind: 'country', country };
      } else if (holding.organizationId !== undefined) {
        const acronyms = localized(organizations.get(holding.organizationId)?.acronyms);
        serves = acronyms === undefined ? undefined : { kind: 'organization', countryId: person.countryId, acronyms };
      }
      if (serves === undefined) return [];
      const from = Math.max(firstDay, holding.from === undefined ? firstDay : firstDayOf(holding.from));
      const to = Math.min(lastDay, holding.to === undefined ? lastDay : lastDayOf(holding.to));
      if (from > to) return [];
      return [
        {
          participant: {
            id: person.id,
            known: true,
            names,
            surnames: surnamesOf(person, names),
            officeId: holding.officeId,
            titles,
            serves,
          },
          from,
          to,
        },
      ];
    });
  });
}

function spell(parts: readonly Spelling[], language: CorpusLanguage): string {
  return parts.map((part) => part[LANGUAGE_INDEX[language]]).join('');
}

/**
 * Invented officials: plausible first and last names in the three scripts, each with an office that
 * persons of the base hold at minister level (so the titles are ones the base knows), serving a country
 * whose adjective the base has in every language. Names never repeat one another or a known person's.
 */
function inventOfficials(
  knowledge: KnowledgeBase,
  countries: readonly CastCountry[],
  random: SeededRandom,
  howMany: number,
): Participant[] {
  const ministerialOfficeIds = new Set(
    knowledge.persons.flatMap((person) =>
      (person.offices ?? []).filter((holding) => holding.countryId !== undefined).map((holding) => holding.officeId),
    ),
  );
  const offices = knowledge.offices.filter(
    (office) => office.scope === 'country' && office.rank >= 4 && office.rank <= 5 && ministerialOfficeIds.has(office.id),
  );
  const eligibleCountries = countries.filter((country) => CORPUS_LANGUAGES.every((language) => country.adjectives[language] !== undefined));
  const taken = new Set(knowledge.persons.map((person) => person.name));
  const invented: Participant[] = [];
  for (let attempt = 0; invented.length < howMany && attempt < howMany * 20; attempt += 1) {
    const first = random.pick(INVENTED_FIRST_NAMES);
    const surname: readonly Spelling[] = random.chance(0.8)
      ? [random.pick(SURNAME_ROOTS), random.pick(SURNAME_ENDINGS)[first.gender]]
      : [random.pick(INVARIABLE_SURNAMES)];
    const surnames: Localized = { en: spell(surname, 'en'), ru: spell(surname, 'ru'), uk: spell(surname, 'uk') };
    const names: Localized = {
      en: `${first.spelling[0]} ${surnames.en}`,
      ru: `${first.spelling[1]} ${surnames.ru}`,
      uk: `${first.spelling[2]} ${surnames.uk}`,
    };
    if (taken.has(names.en)) continue;
    taken.add(names.en);
    const office = random.pick(offices);
    invented.push({
      id: `invented:${names.en.toLowerCase().replace(/[^a-z]+/g, '-')}`,
      known: false,
      names,
      surnames,
      officeId: office.id,
      titles: titlesOf(office)!,
      serves: { kind: 'country', country: random.pick(eligibleCountries) },
    });
  }
  return invented;
}

export function buildCast(knowledge: KnowledgeBase, random: SeededRandom, inventedCount: number): Cast {
  const countries = knowledge.countries.map(castCountry);
  const countriesById = new Map(countries.map((country) => [country.id, country]));
  const citiesByCountry = new Map<string, CastPlace[]>();
  for (const place of knowledge.places) {
    const names = localized(place.names);
    if (place.kind !== 'city' || place.countryId === undefined || names === undefined) continue;
    const cities = citiesByCountry.get(place.countryId) ?? [];
    // The capital first: most meetings are held there.
    if (place.capitalOf !== undefined) cities.unshift({ id: place.id, countryId: place.countryId, names });
    else cities.push({ id: place.id, countryId: place.countryId, names });
    citiesByCountry.set(place.countryId, cities);
  }
  const firstDay = dayOf(CORPUS_START);
  const lastDay = lastDayOf(knowledge.asOf);
  return {
    firstDay,
    lastDay,
    countries,
    countriesById,
    citiesByCountry,
    appointments: knownAppointments(knowledge, countriesById, firstDay, lastDay),
    invented: inventOfficials(knowledge, countries, random, inventedCount),
  };
}

/** The country a participant stands for: the one served, or an organization official's own. */
export function countryIdOf(participant: Participant): string | undefined {
  return participant.serves.kind === 'country' ? participant.serves.country.id : participant.serves.countryId;
}
