import type { Place } from './knowledge-base.ts';
import type { KnowledgeFiles, Language, LocalizedNames, WordForm } from './knowledge-schema.ts';
import { LANGUAGES } from './knowledge-schema.ts';
import type { NameForm, NameSource, StemSource } from './name-index.ts';

interface Owner {
  readonly id: string;
  readonly file: string;
  readonly record: string;
}

function fromNames(owner: Owner, field: string, form: NameForm, names: LocalizedNames | undefined): NameSource[] {
  if (names === undefined) return [];
  return LANGUAGES.flatMap((language) =>
    (names[language] ?? []).map((text, position) => ({ ...owner, field: `${field}.${language}[${position}]`, form, language, text })),
  );
}

function fromFormerNames(owner: Owner, formerNames: ReadonlyArray<{ names: LocalizedNames }> | undefined): NameSource[] {
  return (formerNames ?? []).flatMap((former, position) => fromNames(owner, `formerNames[${position}].names`, 'former-name', former.names));
}

function fromWordForms(
  owner: Owner,
  field: string,
  form: NameForm,
  forms: Partial<Record<Language, readonly WordForm[]>> | undefined,
): { names: NameSource[]; stems: StemSource[] } {
  const names: NameSource[] = [];
  const stems: StemSource[] = [];
  for (const language of LANGUAGES) {
    (forms?.[language] ?? []).forEach((word, position) => {
      const at = `${field}.${language}[${position}]`;
      names.push({ ...owner, field: `${at}.lemma`, form, language, text: word.lemma });
      (word.stems ?? []).forEach((stem, stemPosition) => {
        if (word.paradigm !== undefined) {
          stems.push({ ...owner, field: `${at}.stems[${stemPosition}]`, form, language, text: word.lemma, stem, paradigm: word.paradigm });
        }
      });
    });
  }
  return { names, stems };
}

/** Every name the entity index should know, each with the place it was written, for clash reports. */
export function collectEntityNames(files: KnowledgeFiles, capitals: readonly Place[]): { names: NameSource[]; stems: StemSource[] } {
  const names: NameSource[] = [];
  const stems: StemSource[] = [];

  for (const country of files.countries.records) {
    const owner = { id: country.id, file: 'countries.json', record: country.id };
    names.push(
      ...fromNames(owner, 'names', 'name', country.names),
      ...fromNames(owner, 'officialNames', 'official-name', country.officialNames),
      ...fromNames(owner, 'aliases', 'alias', country.aliases),
    );
    for (const [field, form, forms] of [
      ['adjectives', 'adjective', country.adjectives],
      ['demonyms', 'demonym', country.demonyms],
    ] as const) {
      const words = fromWordForms(owner, field, form, forms);
      names.push(...words.names);
      stems.push(...words.stems);
    }
  }
  for (const capital of capitals) {
    const owner = { id: capital.id, file: 'countries.json', record: `${capital.capitalOf ?? ''} capital` };
    names.push(
      ...fromNames(owner, 'capital.names', 'name', capital.names),
      ...fromNames(owner, 'capital.aliases', 'alias', capital.aliases),
      ...(capital.formerNames ?? []).flatMap((former, position) =>
        fromNames(owner, `capital.formerNames[${position}].names`, 'former-name', former.names),
      ),
    );
  }
  for (const organization of files.organizations.records) {
    const owner = { id: organization.id, file: 'organizations.json', record: organization.id };
    names.push(
      ...fromNames(owner, 'names', 'name', organization.names),
      ...fromNames(owner, 'acronyms', 'acronym', organization.acronyms),
      ...fromNames(owner, 'aliases', 'alias', organization.aliases),
      ...fromFormerNames(owner, organization.formerNames),
    );
  }
  for (const person of files.persons.records) {
    const owner = { id: person.id, file: 'persons.json', record: person.id };
    names.push(
      ...fromNames(owner, 'names', 'name', person.names),
      ...fromNames(owner, 'surnames', 'surname', person.surnames),
      ...fromNames(owner, 'epithets', 'surname', person.epithets),
      ...fromNames(owner, 'inflectedForms', 'inflected-form', person.inflectedForms),
    );
  }
  for (const place of files.places.records) {
    const owner = { id: place.id, file: 'places.json', record: place.id };
    names.push(
      ...fromNames(owner, 'names', 'name', place.names),
      ...fromNames(owner, 'aliases', 'alias', place.aliases),
      ...fromFormerNames(owner, place.formerNames),
    );
  }
  for (const topic of files.topics.records) {
    names.push(...fromNames({ id: topic.id, file: 'topics.json', record: topic.id }, 'names', 'name', topic.names));
  }
  return { names, stems };
}

export function collectOfficeTitles(files: KnowledgeFiles): NameSource[] {
  return files.offices.records.flatMap((office) =>
    fromNames({ id: office.id, file: 'offices.json', record: office.id }, 'names', 'title', office.names),
  );
}
