import type { KnowledgeBase } from '../../knowledge/knowledge-base.ts';
import type { LocalizedNames } from '../../knowledge/knowledge-schema.ts';
import type { ReferenceData } from './reference-data.ts';

const REFERENCE_ORGANIZATION_KINDS = new Set(['intergovernmental', 'intergovernmental-body']);

/** Every name of every language, first occurrence kept, for the full-text index and lookups by name. */
function allNames(...lists: ReadonlyArray<LocalizedNames | undefined>): string[] {
  const names = lists
    .flatMap((list) => (list ? Object.values(list).flat() : []))
    .filter((name): name is string => typeof name === 'string');
  return [...new Set(names)];
}

/** A membership counts on the as-of date when it began by then (or has no start) and had not ended. */
function currentOn(asOf: string, membership: { since?: string; until?: string }): boolean {
  return (membership.since === undefined || membership.since <= asOf) && (membership.until === undefined || membership.until > asOf);
}

/**
 * The knowledge base's countries, intergovernmental organizations and their country members as of the
 * base's date, shaped for loadReferenceData.
 */
export function referenceDataFrom(knowledge: KnowledgeBase): ReferenceData {
  const countryIds = new Set<string>(knowledge.countries.map((country) => country.id));
  const organizations = knowledge.organizations.filter((organization) => REFERENCE_ORGANIZATION_KINDS.has(organization.kind));
  return {
    version: knowledge.version,
    asOf: knowledge.asOf,
    countries: knowledge.countries.map((country) => ({
      id: country.id,
      name: country.names.en[0]!,
      iso2: country.iso2,
      iso3: country.iso3,
      wikidataId: country.wikidataId,
      aliases: allNames(country.names, country.officialNames, country.aliases),
    })),
    organizations: organizations.map((organization) => ({
      id: organization.id,
      name: organization.names.en[0]!,
      acronym: organization.acronyms?.en?.[0] ?? null,
      kind: organization.kind,
      wikidataId: organization.wikidataId,
      aliases: allNames(organization.names, organization.acronyms, organization.aliases),
    })),
    memberships: organizations.flatMap((organization) =>
      (organization.memberships ?? [])
        .filter((membership) => countryIds.has(membership.memberId) && currentOn(knowledge.asOf, membership))
        .map((membership) => ({ countryId: membership.memberId, organizationId: organization.id, status: membership.status })),
    ),
  };
}
