import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { Kind, OperationTypeNode, parse } from 'graphql';
import { buildApiSchema } from '../../../../src/api/schema.ts';

const HERE = import.meta.dirname;

/** The root query fields that the operations of this folder's specs send through translate(). */
function translatedRootFields(): Set<string> {
  const fields = new Set<string>();
  for (const file of readdirSync(HERE).filter((name) => name.endsWith('.spec.ts'))) {
    const text = readFileSync(path.join(HERE, file), 'utf8');
    for (const match of text.matchAll(/translate\(\s*(?:`([^`]*)`|'([^']*)')/g)) {
      for (const definition of parse(match[1] ?? match[2]!).definitions) {
        if (definition.kind !== Kind.OPERATION_DEFINITION || definition.operation !== OperationTypeNode.QUERY) continue;
        for (const selection of definition.selectionSet.selections) {
          if (selection.kind === Kind.FIELD) fields.add(selection.name.value);
        }
      }
    }
  }
  return fields;
}

// Issue 18: "every query field has a golden test of the Cypher and parameters it sends". A field added to
// schema/ without one fails here, naming it.
describe('golden translation tests', () => {
  it('send every query field of the schema through at least one translation test', () => {
    const queryFields = Object.keys(buildApiSchema().getQueryType()!.getFields())
      .filter((name) => !name.startsWith('__'))
      .sort();
    const translated = translatedRootFields();

    expect(queryFields.length).toBeGreaterThan(10);
    expect(queryFields.filter((name) => !translated.has(name))).toEqual([]);
  });
});
