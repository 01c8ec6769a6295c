import path from 'node:path';
import { PROJECT_ROOT } from '../config/project-root.ts';
import { checkReferences } from './check-references.ts';
import { deepFreeze } from './deep-freeze.ts';
import type { KnowledgeBase, KnowledgeEntity, Place } from './knowledge-base.ts';
import { KnowledgeBaseError } from './knowledge-error.ts';
import type { KnowledgeFiles } from './knowledge-schema.ts';
import { buildNameIndex } from './name-index.ts';
import { collectEntityNames, collectOfficeTitles } from './name-sources.ts';
import { readKnowledgeFiles } from './read-knowledge-files.ts';

export const DEFAULT_KNOWLEDGE_DIRECTORY = path.join(PROJECT_ROOT, 'data', 'knowledge');

/** Capitals live inside their country record; as places they also stand for its government ("Ankara said"). */
function capitalsOf(files: KnowledgeFiles): Place[] {
  return files.countries.records.flatMap((country) =>
    country.capital === null
      ? []
      : [
          {
            id: country.capital.id,
            kind: 'city' as const,
            countryId: country.id,
            names: country.capital.names,
            ...(country.capital.aliases === undefined ? {} : { aliases: country.capital.aliases }),
            ...(country.capital.formerNames === undefined ? {} : { formerNames: country.capital.formerNames }),
            wikidataId: country.capital.wikidataId,
            metonymFor: country.id,
            capitalOf: country.id,
          },
        ],
  );
}

function entitiesById(files: KnowledgeFiles, places: readonly Place[]): Map<string, KnowledgeEntity> {
  const entities: KnowledgeEntity[] = [
    ...files.countries.records.map((record) => ({ kind: 'country' as const, record })),
    ...files.organizations.records.map((record) => ({ kind: 'org' as const, record })),
    ...files.persons.records.map((record) => ({ kind: 'person' as const, record })),
    ...places.map((record) => ({ kind: 'place' as const, record })),
    ...files.topics.records.map((record) => ({ kind: 'topic' as const, record })),
    ...files.offices.records.map((record) => ({ kind: 'office' as const, record })),
  ];
  return new Map(entities.map((entity) => [entity.record.id, entity]));
}

/**
 * Reads data/knowledge/ (or another folder laid out the same way, for tests), validates every file and
 * every cross-reference, builds the name indexes and returns the whole as one frozen object. Any problem
 * throws a KnowledgeBaseError that lists them all, each with its file, record, field and expectation.
 */
export function loadKnowledgeBase(directory: string = DEFAULT_KNOWLEDGE_DIRECTORY): KnowledgeBase {
  const read = readKnowledgeFiles(directory);
  // References can only be followed once every file has the expected shape.
  if (!read.ok) throw new KnowledgeBaseError(directory, read.problems);
  const { manifest, files } = read.value;

  const capitals = capitalsOf(files);
  const entityNames = collectEntityNames(files, capitals);
  const names = buildNameIndex(entityNames.names, entityNames.stems, files.inflection.records, files['ambiguous-names'].records);
  const officeTitles = buildNameIndex(collectOfficeTitles(files), [], [], []);
  const problems = [...checkReferences(files, capitals), ...names.problems, ...officeTitles.problems];
  if (problems.length > 0) throw new KnowledgeBaseError(directory, problems);

  const places = [...files.places.records, ...capitals];
  const entities = entitiesById(files, places);
  return deepFreeze({
    version: manifest.version,
    asOf: manifest.asOf,
    countries: files.countries.records,
    organizations: files.organizations.records,
    offices: files.offices.records,
    officeQualifiers: files.offices.qualifiers,
    persons: files.persons.records,
    places,
    topics: files.topics.records,
    paradigms: files.inflection.records,
    ambiguousNames: files['ambiguous-names'].records,
    names: names.index,
    officeTitles: officeTitles.index,
    entity: (id: string) => entities.get(id),
  });
}
