import { describe, expect, it } from '@jest/globals';
import { createDecliner } from '../../../../src/extract/entities/declension.ts';
import { loadLanguageData } from '../../../../src/extract/entities/language-data.ts';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const decliner = createDecliner(loadLanguageData().declension);
const knowledge = loadKnowledgeBase();

/** What a one-sentence Kazakh article yields: its persons (id and name) and its events. */
function kazakh(sentence: string) {
  const result = extractArticle({ bytes: Buffer.from(sentence, 'utf8'), sourceName: 'kk.txt', metadata: { language: 'kk' } }, knowledge);
  return {
    persons: result.entities.filter((entity) => entity.kind === 'person').map((entity) => ({ id: entity.id, name: entity.name })),
    events: result.events.map((event) => ({ kind: event.kind, status: event.status, participantIds: [...event.participantIds].sort() })),
  };
}

describe('Kazakh case endings on names and titles', () => {
  it.each([
    ['мантуровты', 'мантуров'],
    ['буркхальтермен', 'буркхальтер'],
    ['трамппен', 'трамп'],
    ['лукашенконың', 'лукашенко'],
  ])('takes "%s" back to the name "%s"', (form, stem) => {
    expect(decliner.kazakhStem(form)).toBe(stem);
  });

  it.each(['тілеуберді', 'нұрлан', 'мұхтар', 'ерлан'])('leaves the nominative name "%s" whole', (name) => {
    expect(decliner.kazakhStem(name)).toBeUndefined();
  });

  // Sentences of real published articles (test/fixtures/real, dev split).
  it('finds a known person in the instrumental case, and the call with him', () => {
    const { persons, events } = kazakh(
      'Елбасы Нұрсұлтан Назарбаев Түрік Республикасының Президенті Реджеп Тайып Ердоғанмен телефон арқылы сөйлесті, деп хабарлады Президенттің баспасөз қызметі.',
    );
    expect(persons.map((person) => person.id)).toEqual(['person:nursultan-nazarbayev', 'person:recep-tayyip-erdogan']);
    expect(events).toEqual([
      { kind: 'phone_call', status: 'held', participantIds: ['person:nursultan-nazarbayev', 'person:recep-tayyip-erdogan'] },
    ]);
  });

  it('finds a person the base does not know after a possessive title, named without the case ending, and the meeting with him', () => {
    const { persons, events } = kazakh(
      'Қазақстанның Сыртқы істер министрі Ерлан Ыдырысов бүгін Швейцария президенті Дидье Буркхальтермен кездесті.',
    );
    const burkhalter = persons.find((person) => person.name === 'Дидье Буркхальтер');
    expect(burkhalter).toBeDefined();
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ kind: 'meeting', status: 'held' });
    expect(events[0]!.participantIds).toContain(burkhalter!.id);
  });

  it("reads a country's official name in the genitive before a title, so the title is of that country and the country no side of the meeting", () => {
    const sentence = 'Мемлекет басшысы Нұрсұлтан Назарбаев Түркия Республикасының президенті Абдулла Гүлмен кездесті.';
    const result = extractArticle({ bytes: Buffer.from(sentence, 'utf8'), sourceName: 'kk.txt', metadata: { language: 'kk' } }, knowledge);
    const gul = result.entities.find((entity) => entity.kind === 'person' && entity.id !== 'person:nursultan-nazarbayev');
    expect(result.offices.filter((office) => office.personId === gul?.id).map((office) => [office.officeId, office.countryId])).toEqual([
      ['office:president', 'country:tr'],
    ]);
    expect(kazakh(sentence).events).toEqual([
      { kind: 'meeting', status: 'held', participantIds: [gul!.id, 'person:nursultan-nazarbayev'].sort() },
    ]);
  });

  it('keeps a name that only looks like another name with a case ending apart from it ("түрікмен" is Turkmen, not "with a Turk")', () => {
    const result = extractArticle(
      { bytes: Buffer.from('Әңгімелесуге түрік тарапы бастамашы болды.', 'utf8'), sourceName: 'kk.txt', metadata: { language: 'kk' } },
      knowledge,
    );
    expect(result.entities.filter((entity) => entity.kind === 'country').map((entity) => entity.id)).toEqual(['country:tr']);
  });

  it('names a person in the accusative by the nominative', () => {
    const { persons } = kazakh(
      'Айта кетсек, бүгін, 10 қарашада Қасым-Жомарт Тоқаев Ресей Федерациясы үкіметі төрағасының бірінші орынбасары Денис Мантуровты қабылдаған болатын.',
    );
    expect(persons.map((person) => person.name)).toEqual(['Kassym-Jomart Tokayev', 'Денис Мантуров']);
  });
});
