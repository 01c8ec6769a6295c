import { describe, expect, it } from '@jest/globals';
import { abstractTypeResolvers } from '../../../src/api/resolvers/abstract-types.ts';
import { entityTypeResolvers } from '../../../src/api/resolvers/entity-types.ts';
import { factTypeResolvers } from '../../../src/api/resolvers/fact-types.ts';
import { relationshipTypeResolvers } from '../../../src/api/resolvers/relationship-types.ts';

describe('the resolver maps merged into one', () => {
  it('define each type in one map only, since a later spread would silently drop the earlier fields', () => {
    const maps = { abstractTypeResolvers, entityTypeResolvers, factTypeResolvers, relationshipTypeResolvers };
    const owners = new Map<string, string[]>();
    for (const [name, map] of Object.entries(maps)) {
      for (const type of Object.keys(map)) owners.set(type, [...(owners.get(type) ?? []), name]);
    }

    expect([...owners].filter(([, names]) => names.length > 1)).toEqual([]);
    expect(owners.size).toBeGreaterThan(10);
  });
});
