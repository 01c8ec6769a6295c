import { describe, expect, it } from '@jest/globals';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';
import { referenceDataFrom } from '../../../../src/graph/load/reference-from-knowledge.ts';

describe('reference data from the knowledge base', () => {
  const reference = referenceDataFrom(loadKnowledgeBase());
  const membershipsOf = (countryId: string) =>
    reference.memberships.filter((membership) => membership.countryId === countryId).map((membership) => membership.organizationId);

  it('holds every country with its ISO codes and its names in several languages', () => {
    const kazakhstan = reference.countries.find((country) => country.id === 'country:kz');

    expect(reference.countries.length).toBeGreaterThanOrEqual(193);
    expect(kazakhstan).toMatchObject({ name: 'Kazakhstan', iso2: 'KZ', iso3: 'KAZ' });
    expect(kazakhstan!.aliases).toEqual(expect.arrayContaining(['Казахстан', 'Қазақстан']));
  });

  it('keeps only intergovernmental organizations, with acronyms', () => {
    expect(reference.organizations.every((organization) => organization.kind.startsWith('intergovernmental'))).toBe(true);
    expect(reference.organizations.find((organization) => organization.id === 'org:sco')?.aliases).toEqual(
      expect.arrayContaining(['SCO', 'ШОС']),
    );
  });

  it("states Kazakhstan's, Turkey's and Belarus's memberships as of the base's date", () => {
    expect(membershipsOf('country:kz')).toEqual(
      expect.arrayContaining(['org:sco', 'org:csto', 'org:ots', 'org:cis', 'org:eaeu', 'org:cica']),
    );
    expect(membershipsOf('country:tr')).toEqual(expect.arrayContaining(['org:ots', 'org:nato', 'org:oic']));
    expect(membershipsOf('country:by')).toEqual(expect.arrayContaining(['org:sco', 'org:csto']));
  });
});
