import type { Place } from './knowledge-base.ts';
import type { KnowledgeProblem } from './knowledge-error.ts';
import type { KnowledgeFiles, KnowledgeKind, Language, WordForm } from './knowledge-schema.ts';
import { LANGUAGES } from './knowledge-schema.ts';
import { normalizeName } from './normalize-name.ts';

interface Declared {
  readonly kind: KnowledgeKind;
  readonly file: string;
  readonly record: string;
}

/** Dates are ISO prefixes (YYYY, YYYY-MM, YYYY-MM-DD), so comparing the shared prefix orders them. */
function startsAfterEnd(from: string | undefined, to: string | undefined): boolean {
  if (from === undefined || to === undefined) return false;
  const length = Math.min(from.length, to.length);
  return from.slice(0, length) > to.slice(0, length);
}

/**
 * The rules no single record can break on its own: ids unique across the whole base, every reference
 * pointing at an existing record of the right kind, codes consistent with ids, dates in order, and
 * word stems that fit their lemma and paradigm.
 */
export function checkReferences(files: KnowledgeFiles, capitals: readonly Place[]): KnowledgeProblem[] {
  const problems: KnowledgeProblem[] = [];
  const declared = new Map<string, Declared>();

  const declare = (id: string, kind: KnowledgeKind, file: string, record: string, field: string): void => {
    const earlier = declared.get(id);
    if (earlier !== undefined) {
      problems.push({
        file,
        record,
        field,
        expected: `an id unique across the knowledge base, but ${id} is also declared in ${earlier.file} (${earlier.record})`,
      });
      return;
    }
    declared.set(id, { kind, file, record });
  };

  files.countries.records.forEach((country) => declare(country.id, 'country', 'countries.json', country.id, 'id'));
  capitals.forEach((capital) => declare(capital.id, 'place', 'countries.json', capital.capitalOf ?? capital.id, 'capital.id'));
  files.organizations.records.forEach((organization) => declare(organization.id, 'org', 'organizations.json', organization.id, 'id'));
  files.offices.records.forEach((office) => declare(office.id, 'office', 'offices.json', office.id, 'id'));
  files.persons.records.forEach((person) => declare(person.id, 'person', 'persons.json', person.id, 'id'));
  files.places.records.forEach((place) => declare(place.id, 'place', 'places.json', place.id, 'id'));
  files.topics.records.forEach((topic) => declare(topic.id, 'topic', 'topics.json', topic.id, 'id'));

  const reference = (file: string, record: string, field: string, id: string | undefined, kinds: readonly KnowledgeKind[]): void => {
    if (id === undefined) return;
    const target = declared.get(id);
    if (target === undefined || !kinds.includes(target.kind)) {
      problems.push({
        file,
        record,
        field,
        expected: `the id of an existing ${kinds.join(' or ')} record, but ${id} is ${target === undefined ? 'not declared' : `a ${target.kind}`}`,
      });
    }
  };
  const dates = (file: string, record: string, field: string, from: string | undefined, to: string | undefined): void => {
    if (startsAfterEnd(from, to)) problems.push({ file, record, field, expected: `a start (${from}) no later than the end (${to})` });
  };

  const seenCodes = new Map<string, string>();
  for (const country of files.countries.records) {
    if (country.id !== `country:${country.iso2.toLowerCase()}`) {
      problems.push({
        file: 'countries.json',
        record: country.id,
        field: 'id',
        expected: `country:${country.iso2.toLowerCase()}, built from iso2 ${country.iso2}`,
      });
    }
    for (const code of [country.iso2, country.iso3]) {
      const holder = seenCodes.get(code);
      if (holder !== undefined)
        problems.push({
          file: 'countries.json',
          record: country.id,
          field: code.length === 2 ? 'iso2' : 'iso3',
          expected: `a code no other country has, but ${code} is also ${holder}'s`,
        });
      seenCodes.set(code, country.id);
    }
  }

  const paradigms = new Map(files.inflection.records.map((paradigm) => [paradigm.id, paradigm]));
  const checkWordForms = (record: string, field: string, forms: Partial<Record<Language, readonly WordForm[]>> | undefined): void => {
    for (const language of LANGUAGES) {
      (forms?.[language] ?? []).forEach((word, position) => {
        const at = `${field}.${language}[${position}]`;
        if (word.paradigm === undefined) return;
        const paradigm = paradigms.get(word.paradigm);
        if (paradigm?.language !== language) {
          problems.push({
            file: 'countries.json',
            record,
            field: `${at}.paradigm`,
            expected: `a ${language} paradigm of inflection.json, but ${word.paradigm} is ${paradigm === undefined ? 'not defined' : `for ${paradigm.language}`}`,
          });
        }
        if (!(word.stems ?? []).some((stem) => normalizeName(word.lemma).startsWith(normalizeName(stem)))) {
          problems.push({
            file: 'countries.json',
            record,
            field: `${at}.stems`,
            expected: `at least one stem that the lemma "${word.lemma}" begins with`,
          });
        }
      });
    }
  };
  for (const country of files.countries.records) {
    checkWordForms(country.id, 'adjectives', country.adjectives);
    checkWordForms(country.id, 'demonyms', country.demonyms);
    (country.capital?.formerNames ?? []).forEach((former, position) =>
      dates('countries.json', country.id, `capital.formerNames[${position}]`, former.from, former.to),
    );
  }

  for (const organization of files.organizations.records) {
    const at = (field: string) => ['organizations.json', organization.id, field] as const;
    reference(...at('countryId'), organization.countryId, ['country']);
    reference(...at('parentId'), organization.parentId, ['org']);
    reference(...at('seatId'), organization.seatId, ['place']);
    dates(...at('dissolved'), organization.founded, organization.dissolved);
    const members = new Set<string>();
    (organization.memberships ?? []).forEach((membership, position) => {
      const field = `memberships[${position}]`;
      reference(...at(`${field}.memberId`), membership.memberId, ['country', 'org']);
      if (members.has(membership.memberId))
        problems.push({
          file: 'organizations.json',
          record: organization.id,
          field: `${field}.memberId`,
          expected: `each member listed once, but ${membership.memberId} appears again`,
        });
      members.add(membership.memberId);
      dates(...at(`${field}.until`), membership.since, membership.until);
      dates(...at(`${field}.since`), membership.since, organization.membersAsOf);
    });
  }

  for (const office of files.offices.records) {
    reference('offices.json', office.id, 'deputyOfficeId', office.deputyOfficeId, ['office']);
  }
  const scopeOf = new Map(files.offices.records.map((office) => [office.id, office.scope]));

  for (const person of files.persons.records) {
    const at = (field: string) => ['persons.json', person.id, field] as const;
    reference(...at('countryId'), person.countryId, ['country']);
    (person.offices ?? []).forEach((holding, position) => {
      const field = `offices[${position}]`;
      reference(...at(`${field}.officeId`), holding.officeId, ['office']);
      reference(...at(`${field}.countryId`), holding.countryId, ['country']);
      reference(...at(`${field}.organizationId`), holding.organizationId, ['org']);
      const scope = scopeOf.get(holding.officeId);
      if (scope === 'country' && holding.countryId === undefined) {
        problems.push({
          file: 'persons.json',
          record: person.id,
          field: `${field}.countryId`,
          expected: `the country whose ${holding.officeId} the person was`,
        });
      }
      if (scope === 'organization' && holding.organizationId === undefined) {
        problems.push({
          file: 'persons.json',
          record: person.id,
          field: `${field}.organizationId`,
          expected: `the organization whose ${holding.officeId} the person was`,
        });
      }
      dates(...at(`${field}.to`), holding.from, holding.to);
    });
    (person.affiliations ?? []).forEach((affiliation, position) => {
      reference(...at(`affiliations[${position}].organizationId`), affiliation.organizationId, ['org']);
    });
  }

  for (const place of files.places.records) {
    reference('places.json', place.id, 'countryId', place.countryId, ['country']);
    reference('places.json', place.id, 'metonymFor', place.metonymFor, ['country', 'org', 'person', 'place']);
    reference('places.json', place.id, 'cityId', place.cityId, ['place']);
  }

  files['ambiguous-names'].records.forEach((ambiguous, position) => {
    ambiguous.ids.forEach((id, idPosition) =>
      reference('ambiguous-names.json', `#${position} (${ambiguous.name})`, `ids[${idPosition}]`, id, [
        'country',
        'org',
        'person',
        'place',
        'topic',
      ]),
    );
  });

  for (const kind of new Set(files.inflection.records.map((paradigm) => paradigm.id))) {
    if (files.inflection.records.filter((paradigm) => paradigm.id === kind).length > 1) {
      problems.push({ file: 'inflection.json', record: kind, field: 'id', expected: 'each paradigm defined once' });
    }
  }
  return problems;
}
