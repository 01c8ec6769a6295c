import { describe, expect, it } from '@jest/globals';
import { lexiconFor } from '../../../../src/extract/entities/lexicon.ts';
import { nearKnownPerson, sameFirstName, sameSurname } from '../../../../src/extract/entities/person-names.ts';
import { bundledKnowledge } from '../../../support/entity-analysis.ts';

/** What nearKnownPerson answered when it compared the surname with every known person's, as a reference. */
function comparingWithEveryone(
  lexicon: ReturnType<typeof lexiconFor>,
  surnameKey: string,
  firstKey: string | undefined,
): string | undefined {
  const matches = lexicon.knownPersons.filter(
    (person) =>
      person.surnames.some((candidate) => sameSurname(candidate, surnameKey)) &&
      (firstKey === undefined || firstKey.length === 0 || person.firstNames.some((candidate) => sameFirstName(candidate, firstKey))),
  );
  return matches.length === 1 ? matches[0]!.id : undefined;
}

/** Deterministic edits: an insertion, a deletion or a substitution at a place the step picks. */
function edited(key: string, step: number): string {
  const at = (step * 7) % (key.length + 1);
  const letter = 'aeiouykhz'[step % 9]!;
  if (step % 3 === 0) return key.slice(0, at) + letter + key.slice(at);
  if (step % 3 === 1) return key.slice(0, at) + key.slice(at + 1);
  return key.slice(0, at) + letter + key.slice(at + 1);
}

describe('a known person under another spelling of the surname', () => {
  it('is the one comparing the surname with every known person’s would find, for every third base surname and one to three edits of it', () => {
    const lexicon = lexiconFor(bundledKnowledge());
    const surnames = [...new Set(lexicon.knownPersons.flatMap((person) => person.surnames))].filter((_, place) => place % 3 === 0);
    const asked: Array<[string, string | undefined]> = [];
    surnames.forEach((surname, step) => {
      let spelling = surname;
      asked.push([spelling, undefined]);
      for (let edits = 1; edits <= 3; edits += 1) {
        spelling = edited(spelling, step + edits);
        asked.push([spelling, undefined], [spelling, 'x'], [spelling, surname]);
      }
    });
    const differing = asked.filter(
      ([surname, first]) => nearKnownPerson(lexicon, surname, first) !== comparingWithEveryone(lexicon, surname, first),
    );
    expect(differing).toEqual([]);
    expect(asked.filter(([surname]) => nearKnownPerson(lexicon, surname, undefined) !== undefined).length).toBeGreaterThan(
      surnames.length / 2,
    );
  });

  it('is found for a spelling one letter off (Tokaev for Tokayev)', () => {
    const lexicon = lexiconFor(bundledKnowledge());
    expect(nearKnownPerson(lexicon, 'Tokaev', 'Kassym')).toBe(comparingWithEveryone(lexicon, 'tokaev', 'kassym'));
    expect(nearKnownPerson(lexicon, 'Tokaev', 'Kassym')).toBeDefined();
  });
});
