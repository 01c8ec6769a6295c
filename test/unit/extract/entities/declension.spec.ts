import { describe, expect, it } from '@jest/globals';
import { createDecliner } from '../../../../src/extract/entities/declension.ts';
import { loadLanguageData } from '../../../../src/extract/entities/language-data.ts';
import { lexiconFor } from '../../../../src/extract/entities/lexicon.ts';
import { bundledKnowledge } from '../../../support/entity-analysis.ts';

const decliner = createDecliner(loadLanguageData().declension);

describe('declension of title words and names', () => {
  it.each([
    ['заместителем', 'заместитель', 'instrumental'],
    ['міністром', 'міністр', 'instrumental'],
    ['главой', 'глава', 'instrumental'],
    ['министру', 'министр', 'dative'],
    ['міністрові', 'міністр', 'dative'],
    ['послу', 'посол', 'dative'],
    ['министра', 'министр', 'genitive'],
    ['главы', 'глава', 'genitive'],
    ['посла', 'посол', 'genitive'],
  ] as const)('tells that "%s" of "%s" is %s', (form, lemma, grammaticalCase) => {
    expect(decliner.caseOf(form, lemma)).toBe(grammaticalCase);
  });

  it('tells no case for a nominative or for an ending several cases share', () => {
    expect(decliner.caseOf('министр', 'министр')).toBeUndefined();
    expect(decliner.caseOf('главе', 'глава')).toBeUndefined();
  });

  it.each([
    ['хуршидом', 'instrumental', 'ru', 'хуршид'],
    ['алимовым', 'instrumental', 'ru', 'алимов'],
    ['ивановой', 'genitive', 'ru', 'иванова'],
    ['зеленской', 'dative', 'ru', 'зеленская'],
    ['мехмету', 'dative', 'ru', 'мехмет'],
    ['андрея', 'genitive', 'ru', 'андрей'],
    ['ольги', 'genitive', 'ru', 'ольга'],
    ['бондаренком', 'instrumental', 'uk', 'бондаренко'],
    ['павлом', 'instrumental', 'uk', 'павло'],
    ['андрію', 'dative', 'uk', 'андрій'],
  ] as const)('turns %s (%s, %s) back into %s', (word, grammaticalCase, language, nominative) => {
    expect(decliner.nominativeIn(word, grammaticalCase, language)).toBe(nominative);
  });

  it('leaves a name word alone when its ending is no form of the case ("Нуртлеу", "Гарибашвили", "Айгерим")', () => {
    expect(decliner.nominativeIn('нуртлеу', 'dative', 'ru')).toBeUndefined();
    expect(decliner.nominativeIn('гарибашвили', 'genitive', 'ru')).toBeUndefined();
    expect(decliner.nominativeIn('айгерим', 'genitive', 'ru')).toBeUndefined();
  });

  it('inflects a word with a fleeting vowel by its listed forms, without the form that is another word', () => {
    const lexicon = lexiconFor(bundledKnowledge());
    expect(['посла', 'послу', 'послом', 'послові'].map((form) => lexicon.canonical(form))).toEqual(['посол', 'посол', 'посол', 'посол']);
    expect(lexicon.canonical('после')).toBe('после');
  });

  // uk-zn-2012-12-05 (dev): "зустрівся з головою Білорусі Олександром Лукашенком".
  it('reads the Ukrainian case forms of a known surname in -енко as that surname', () => {
    const lexicon = lexiconFor(bundledKnowledge());
    expect(['лукашенком', 'лукашенка', 'лукашенкові', 'лукашенку'].map((form) => lexicon.canonical(form))).toEqual([
      'лукашенко',
      'лукашенко',
      'лукашенко',
      'лукашенко',
    ]);
  });

  it('gives the -енко forms to person names only, not to a place of that name ("Тараса Шевченка" is no Aktau)', () => {
    expect(decliner.forms('лукашенко', { personName: true })).toEqual(expect.arrayContaining(['лукашенком', 'лукашенка']));
    expect(decliner.forms('шевченко')).toEqual([]);
    const lexicon = lexiconFor(bundledKnowledge());
    expect(lexicon.canonical('шевченка')).toBe('шевченка');
  });
});
