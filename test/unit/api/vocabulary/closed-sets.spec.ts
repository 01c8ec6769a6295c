import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { assertEnumType } from 'graphql';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import {
  agreementKindSchema,
  eventKindSchema,
  eventStatusSchema,
  relationSchema,
} from '../../../../src/extract/contract/extraction-result.ts';
import { toGraphRows } from '../../../../src/graph/load/graph-rows.ts';
import { buildApiSchema } from '../../../../src/api/schema.ts';
import { storedMembershipStatus, MEMBERSHIP_STATUS_VALUES, ORGANIZATION_KIND_VALUES } from '../../../../src/api/vocabulary/closed-sets.ts';
import { enumResolvers, screamingCase } from '../../../../src/api/vocabulary/enum-resolvers.ts';
import { MEMBERSHIP_STATUSES, ORGANIZATION_KINDS } from '../../../../src/knowledge/knowledge-schema.ts';
import { buildExtraction } from '../../../support/extraction-builder.ts';

const schema = buildApiSchema();
const internalValues = (name: string) =>
  assertEnumType(schema.getType(name))
    .getValues()
    .map((value) => value.value as string)
    .sort();

describe('the API enums and the value sets they stand for', () => {
  it.each(Object.entries(enumResolvers))(
    '%s in the SDL has exactly the values of its set, each named in SCREAMING_CASE',
    (name, mapping) => {
      const values = assertEnumType(schema.getType(name)).getValues();

      expect(values.map((value) => value.name).sort()).toEqual(Object.keys(mapping).sort());
      for (const value of values) expect(value.name).toBe(screamingCase(value.value as string));
    },
  );

  it("equals extraction's event kinds, event statuses and agreement kinds and statuses", () => {
    expect(internalValues('EventKind')).toEqual([...eventKindSchema.options].sort());
    expect(internalValues('EventStatus')).toEqual([...eventStatusSchema.options].sort());
    expect(internalValues('AgreementKind')).toEqual([...agreementKindSchema.options].sort());
    expect(internalValues('AgreementStatus')).toEqual(['approved', 'declared', 'planned', 'signed']);
  });

  it("holds every organization kind the knowledge base and extraction's organization words give", () => {
    const entityWords = JSON.parse(readFileSync(path.join(PROJECT_ROOT, 'data/language/entity-words.json'), 'utf8')) as {
      organizationHeads: Record<string, unknown>;
    };

    expect(internalValues('OrganizationKind')).toEqual([...ORGANIZATION_KINDS].sort());
    // find-organizations.ts names a company or a ministry when no word says more.
    for (const kind of [...Object.keys(entityWords.organizationHeads), 'company', 'ministry'])
      expect(ORGANIZATION_KIND_VALUES).toContain(kind);
  });

  it('holds every membership status the knowledge base states and every one the loader stores from an article', () => {
    const stored = relationSchema.shape.kind.options.map((kind) => {
      const result = buildExtraction({
        id: 'article:test-membership',
        sentences: ['Belarus and the SCO.'],
        entities: [
          { id: 'country:by', kind: 'country', name: 'Belarus', in: [0] },
          { id: 'org:sco', kind: 'organization', name: 'SCO', in: [0] },
        ],
        relations: [{ kind, subjectId: 'country:by', objectId: 'org:sco', in: 0 }],
      });
      return toGraphRows(result).memberships[0]!.status;
    });

    expect(internalValues('MembershipStatus')).toEqual([...MEMBERSHIP_STATUSES, 'acceding'].sort());
    expect(stored.map(storedMembershipStatus)).toEqual(['member', 'acceding', 'observer', 'dialogue-partner', 'candidate']);
    for (const status of MEMBERSHIP_STATUSES) expect(storedMembershipStatus(status)).toBe(status);
    expect(MEMBERSHIP_STATUS_VALUES).toContain('acceding');
  });
});

describe('an enum between the graph and a client', () => {
  const eventKind = assertEnumType(schema.getType('EventKind'));
  const membership = assertEnumType(schema.getType('MembershipStatus'));

  it('shows a stored value in SCREAMING_CASE and takes it back as stored', () => {
    expect(eventKind.serialize('phone_call')).toBe('PHONE_CALL');
    expect(eventKind.parseValue('PHONE_CALL')).toBe('phone_call');
    expect(membership.serialize('dialogue-partner')).toBe('DIALOGUE_PARTNER');
    expect(membership.parseValue('DIALOGUE_PARTNER')).toBe('dialogue-partner');
  });

  it('refuses to show a value outside the set, and to take the stored spelling from a client', () => {
    expect(() => {
      eventKind.serialize('video_call');
    }).toThrow('Enum "EventKind" cannot represent value: "video_call"');
    expect(() => {
      eventKind.parseValue('phone_call');
    }).toThrow('Value "phone_call" does not exist in "EventKind" enum. Did you mean the enum value "PHONE_CALL"?');
  });

  it('reads a membership status as either writer stores it, and nothing else', () => {
    expect(storedMembershipStatus('dialogue partner')).toBe('dialogue-partner');
    expect(storedMembershipStatus('dialogue-partner')).toBe('dialogue-partner');
    expect(storedMembershipStatus('friend')).toBeUndefined();
    expect(storedMembershipStatus(null)).toBeUndefined();
  });
});
