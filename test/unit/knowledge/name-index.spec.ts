import { describe, expect, it } from '@jest/globals';
import { buildNameIndex, type NameSource } from '../../../src/knowledge/name-index.ts';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
const idsOf = (surface: string) => knowledge.names.lookup(surface).ids;

describe('the name index of the bundled base', () => {
  it('resolves country names in every language and their alternatives', () => {
    expect(idsOf('Türkiye')).toEqual(['country:tr']);
    expect(idsOf('Turkey')).toEqual(['country:tr']);
    expect(idsOf('Turkiye')).toEqual(['country:tr']);
    expect(idsOf('Турция')).toEqual(['country:tr']);
    expect(idsOf('Туреччина')).toEqual(['country:tr']);
    expect(idsOf('Республика Казахстан')).toEqual(['country:kz']);
    expect(idsOf('Қазақстан Республикасы')).toEqual(['country:kz']);
  });

  it('resolves inflected Russian and Ukrainian adjectives and demonyms through their stems', () => {
    for (const form of ['казахського', 'казахському', 'казахстанської', 'казахський', 'казахских', 'казахстанского'])
      expect(idsOf(form)).toEqual(['country:kz']);
    for (const form of ['белорусский', 'белорусской', 'белорусского', 'білоруських']) expect(idsOf(form)).toEqual(['country:by']);
    for (const form of ['турецький', 'турецького', 'турецької', 'турецкими']) expect(idsOf(form)).toEqual(['country:tr']);
    expect(idsOf('казахи')).toEqual(['country:kz']);
    expect(idsOf('Turks')).toEqual(['country:tr']);
    expect(knowledge.names.lookup('казахського').matches[0]).toMatchObject({ form: 'adjective', language: 'uk', ending: 'ого' });
  });

  it('resolves English adjectives and demonyms', () => {
    expect(idsOf('Turkish')).toEqual(['country:tr']);
    expect(idsOf('Kazakh')).toEqual(['country:kz']);
    expect(idsOf('Kazakhstani')).toEqual(['country:kz']);
    expect(idsOf('Belarusian')).toEqual(['country:by']);
  });

  it('resolves acronyms of organizations in each language', () => {
    expect(idsOf('ОДКБ')).toEqual(['org:csto']);
    expect(idsOf('ШОС')).toEqual(['org:sco']);
    expect(idsOf('СНД')).toEqual(['org:cis']);
    expect(idsOf('СНГ')).toEqual(['org:cis']);
    expect(idsOf('ЄАЕС')).toEqual(['org:eaeu']);
    expect(idsOf('ЕАЭС')).toEqual(['org:eaeu']);
    expect(idsOf('ОТГ')).toEqual(['org:ots']);
    expect(idsOf('Turkic Council')).toEqual(['org:ots']);
    expect(knowledge.names.lookup('ОДКБ').matches[0]?.form).toBe('acronym');
  });

  it('resolves former names of the capital', () => {
    for (const name of ['Нур-Султан', 'Nur-Sultan', 'NUR SULTAN', 'Акмола', 'Astana', 'Астана'])
      expect(idsOf(name)).toEqual(['place:astana']);
  });

  it('resolves persons by full name, spelling variant and surname', () => {
    expect(idsOf('Recep Tayyip Erdogan')).toEqual(['person:recep-tayyip-erdogan']);
    expect(idsOf('Эрдоган')).toEqual(['person:recep-tayyip-erdogan']);
    expect(idsOf('Tokaev')).toEqual(['person:kassym-jomart-tokayev']);
    expect(idsOf('Токаєв')).toEqual(['person:kassym-jomart-tokayev']);
    expect(idsOf('Жаксылыков')).toEqual(['person:ruslan-zhaksylykov']);
    expect(idsOf('Gassanov')).toEqual(['person:zakir-hasanov']);
    expect(knowledge.names.lookup('Tokayev').matches[0]?.form).toBe('surname');
  });

  it('returns every reading of a name listed as ambiguous, with the one to prefer', () => {
    expect(knowledge.names.lookup('Тунис')).toMatchObject({ ids: ['country:tn', 'place:tunis'], ambiguity: { preferredId: 'country:tn' } });
    expect(new Set(idsOf('Congo'))).toEqual(new Set(['country:cd', 'country:cg']));
    expect(knowledge.names.lookup('Congo').ambiguity?.preferredId).toBeUndefined();
    expect(knowledge.names.lookup('Berdimuhamedov').ambiguity?.preferredId).toBe('person:serdar-berdimuhamedov');
    expect(knowledge.names.lookup('Georgia')).toMatchObject({ ids: ['country:ge'], ambiguity: { ids: ['country:ge'] } });
  });

  it('finds nothing for a name it does not hold', () => {
    expect(knowledge.names.lookup('Atlantis')).toEqual({ key: 'atlantis', matches: [], ids: [] });
  });
});

describe('buildNameIndex', () => {
  const source = (id: string, text: string, file: string): NameSource => ({
    id,
    text,
    file,
    record: id,
    field: 'names.en[0]',
    form: 'name',
    language: 'en',
  });

  it('reports a name shared by two entities at the second place, naming the first', () => {
    const { problems } = buildNameIndex(
      [source('place:georgia-us', 'Georgia', 'places.json'), source('country:ge', 'GEORGIA', 'countries.json')],
      [],
      [],
      [],
    );
    expect(problems).toEqual([
      expect.objectContaining({
        file: 'countries.json',
        record: 'country:ge',
        field: 'names.en[0]',
        expected: expect.stringContaining('also names place:georgia-us (places.json, names.en[0])'),
      }),
    ]);
  });

  it('accepts the shared name once it is declared ambiguous, and rejects a declaration that no longer fits', () => {
    const names = [source('place:georgia-us', 'Georgia', 'places.json'), source('country:ge', 'Georgia', 'countries.json')];
    const declared = {
      name: 'Georgia',
      ids: ['country:ge', 'place:georgia-us'],
      preferredId: 'country:ge',
      note: 'The country or the US state.',
    };
    expect(buildNameIndex(names, [], [], [declared]).problems).toEqual([]);
    const stale = { name: 'Georgia', ids: ['country:ge'], note: 'Out of date.' };
    expect(buildNameIndex(names, [], [], [stale]).problems).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ file: 'ambiguous-names.json', field: 'ids', expected: expect.stringContaining('country:ge') }),
      ]),
    );
  });
});
