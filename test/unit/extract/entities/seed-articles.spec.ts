import { describe, expect, it } from '@jest/globals';
import { analyzeText, entity, idsOfKind, officesOf, seedArticleText } from '../../../support/entity-analysis.ts';

/** The sample articles are analysed whole, with their page clutter: persons must come from titles and names, not from menus. */
describe('entities of the sample articles', () => {
  it('000 (en): the Turkish deputy defence minister meets the Kazakh defence and industry ministers', () => {
    const analysis = analyzeText(seedArticleText('000'), 'en', '2021-02-05');
    expect(officesOf(analysis, 'person:muhsin-dere')).toEqual(['office:deputy-minister-of-defence@country:tr']);
    expect(officesOf(analysis, 'person:nurlan-yermekbayev')).toEqual(['office:minister-of-defence@country:kz']);
    expect(officesOf(analysis, 'person:beibut-atamkulov')).toEqual([
      'office:minister-of-industry-and-infrastructure-development@country:kz',
    ]);
    expect(idsOfKind(analysis, 'organization')).toEqual(
      expect.arrayContaining(['org:kz-ministry-of-defence', 'org:nazarbayev-national-defense-university']),
    );
    // The news agency that reports the story is its publisher, not an organization it is about.
    expect(idsOfKind(analysis, 'organization')).not.toContain('org:anadolu-agency');
    expect(idsOfKind(analysis, 'place')).toEqual(expect.arrayContaining(['place:astana', 'place:central-asia']));
    expect(idsOfKind(analysis, 'country')).toEqual(expect.arrayContaining(['country:tr', 'country:kz']));
    expect(entity(analysis, 'person:muhsin-dere')?.mentions.length).toBeGreaterThanOrEqual(3);
  });

  it('000 (en): reads no person from clutter such as "Read More", "World News" or a lone surname', () => {
    const persons = idsOfKind(analyzeText(seedArticleText('000'), 'en', '2021-02-05'), 'person');
    expect(persons).not.toEqual(expect.arrayContaining([expect.stringMatching(/zhukayev|sharipova|johansson|world|news/)]));
  });

  it('001 (uk): inflected names and titles resolve to the president and both defence ministers', () => {
    const analysis = analyzeText(seedArticleText('001'), 'uk', '2022-05-11');
    expect(officesOf(analysis, 'person:kassym-jomart-tokayev')).toEqual(['office:president@country:kz']);
    expect(officesOf(analysis, 'person:ruslan-zhaksylykov')).toEqual(['office:minister-of-defence@country:kz']);
    expect(officesOf(analysis, 'person:hulusi-akar')).toEqual(['office:minister-of-defence@country:tr']);
    expect(officesOf(analysis, 'person:recep-tayyip-erdogan')).toEqual(['office:president@country:tr']);
    expect(entity(analysis, 'person:hulusi-akar')?.aliases).toEqual(expect.arrayContaining(['Хулусі Акаром']));
    expect(entity(analysis, 'person:kassym-jomart-tokayev')?.aliases).toEqual(
      expect.arrayContaining(['Касима-Жомарта Токаєва', 'Токаєвим']),
    );
    expect(idsOfKind(analysis, 'organization')).toEqual(expect.arrayContaining(['org:kazakhstan-engineering', 'org:eu']));
    expect(idsOfKind(analysis, 'organization')).not.toContain('org:tengrinews');
    expect(entity(analysis, 'country:tr')?.aliases).toEqual(expect.arrayContaining(['Туреччиною', 'турецьким']));
    expect(entity(analysis, 'country:kz')?.aliases).toEqual(expect.arrayContaining(['Казахстаном', 'казахського']));
    expect(idsOfKind(analysis, 'place')).toEqual(expect.arrayContaining(['place:ankara']));
  });

  it('002 (en): two presidents, later named by surname and by title, and the organizations of the talks', () => {
    const analysis = analyzeText(seedArticleText('002'), 'en', '2022-05-11');
    expect(idsOfKind(analysis, 'person').sort()).toEqual(['person:kassym-jomart-tokayev', 'person:recep-tayyip-erdogan']);
    expect(officesOf(analysis, 'person:kassym-jomart-tokayev')).toEqual(['office:president@country:kz']);
    expect(officesOf(analysis, 'person:recep-tayyip-erdogan')).toEqual(['office:president@country:tr']);
    expect(idsOfKind(analysis, 'organization')).toEqual(expect.arrayContaining(['org:ots', 'org:un', 'org:oic']));
    expect(idsOfKind(analysis, 'place')).toEqual(expect.arrayContaining(['place:ankara', 'place:almaty', 'place:caspian-sea']));
    const byTitle = analysis.mentions.filter((mention) => mention.form === 'title-reference');
    expect(byTitle.map((mention) => mention.entityId)).toEqual(
      expect.arrayContaining(['person:recep-tayyip-erdogan', 'person:kassym-jomart-tokayev']),
    );
  });

  it('003 (en): the Belarusian foreign minister by initial and the Kazakh deputy prime minister with two offices', () => {
    const analysis = analyzeText(seedArticleText('003'), 'en', '2024-05-22');
    expect(officesOf(analysis, 'person:sergei-aleinik')).toEqual(['office:minister-of-foreign-affairs@country:by']);
    expect(officesOf(analysis, 'person:murat-nurtleu')).toEqual([
      'office:deputy-prime-minister@country:kz',
      'office:minister-of-foreign-affairs@country:kz',
    ]);
    expect(entity(analysis, 'person:sergei-aleinik')?.aliases).toEqual(expect.arrayContaining(['S.Aleinik']));
    expect(idsOfKind(analysis, 'organization')).toEqual(
      expect.arrayContaining([
        'org:cis',
        'org:eaeu',
        'org:sco',
        'org:csto',
        'org:cica',
        'org:un',
        'org:osce',
        'org:kazakhstan-agro-innovation-corporation',
      ]),
    );
    expect(idsOfKind(analysis, 'place')).toEqual(expect.arrayContaining(['place:astana', 'place:kostanay', 'place:kokshetau']));
  });

  it('004 (en): two defence ministers, one of them under a spelling the base lists as a variant', () => {
    const analysis = analyzeText(seedArticleText('004'), 'en', '2015-11-04');
    expect(idsOfKind(analysis, 'person').sort()).toEqual(['person:imangali-tasmagambetov', 'person:zakir-hasanov']);
    expect(officesOf(analysis, 'person:imangali-tasmagambetov')).toEqual(['office:minister-of-defence@country:kz']);
    expect(officesOf(analysis, 'person:zakir-hasanov')).toEqual(['office:minister-of-defence@country:az']);
    expect(idsOfKind(analysis, 'place')).toEqual(expect.arrayContaining(['place:astana', 'place:caspian-sea']));
    expect(idsOfKind(analysis, 'organization')).toEqual(expect.arrayContaining(['org:kz-ministry-of-defence', 'org:kadex']));
  });

  it('keeps every evidence sentence equal to its slice of the article text, and mentions sorted by offset', () => {
    for (const [prefix, language] of [
      ['000', 'en'],
      ['001', 'uk'],
      ['002', 'en'],
      ['003', 'en'],
      ['004', 'en'],
    ] as const) {
      const text = seedArticleText(prefix);
      const analysis = analyzeText(text, language);
      for (const item of analysis.entities
        .flatMap((candidate) => candidate.mentions)
        .concat(analysis.offices.map((holding) => holding.evidence))) {
        expect(text.slice(item.start, item.end)).toBe(item.sentence);
      }
      const starts = analysis.mentions.map((mention) => mention.start);
      expect(starts).toEqual([...starts].sort((a, b) => a - b));
    }
  });

  it('gives the same output for the same article', () => {
    const text = seedArticleText('002');
    expect(JSON.stringify(analyzeText(text, 'en', '2022-05-11'))).toBe(JSON.stringify(analyzeText(text, 'en', '2022-05-11')));
  });
});
