import { describe, expect, it } from '@jest/globals';
import { loadKnowledgeBase } from '../../../src/knowledge/load-knowledge.ts';
import { LANGUAGES } from '../../../src/knowledge/knowledge-schema.ts';

const knowledge = loadKnowledgeBase();

function membershipOf(organizationId: string, memberId: string) {
  const organization = knowledge.entity(organizationId);
  if (organization?.kind !== 'org') throw new Error(`${organizationId} is not an organization`);
  return organization.record.memberships?.find((membership) => membership.memberId === memberId);
}

describe('the bundled knowledge base', () => {
  it('loads with a semantic version and the date its facts are true of', () => {
    expect(knowledge.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(knowledge.asOf).toBe('2025-01-01');
  });

  it('holds every UN member state, the two observer states and Taiwan', () => {
    expect(knowledge.countries.filter((country) => country.status === 'un-member')).toHaveLength(193);
    expect(knowledge.countries.map((country) => country.iso2)).toEqual(expect.arrayContaining(['VA', 'PS', 'TW', 'KZ', 'TR', 'BY']));
  });

  it('gives every country its ISO codes, a Wikidata id or an explicit null, and names in English, Russian and Ukrainian', () => {
    for (const country of knowledge.countries) {
      expect(country.iso2).toMatch(/^[A-Z]{2}$/);
      expect(country.iso3).toMatch(/^[A-Z]{3}$/);
      expect(country.wikidataId === null || /^Q\d+$/.test(country.wikidataId)).toBe(true);
      for (const language of ['en', 'ru', 'uk'] as const) expect(country.names[language].length).toBeGreaterThan(0);
    }
  });

  it('keeps the Wikidata ids the brief names', () => {
    const expected = {
      KZ: 'Q232',
      TR: 'Q43',
      RU: 'Q159',
      UA: 'Q212',
      BY: 'Q184',
      CN: 'Q148',
      US: 'Q30',
      AZ: 'Q227',
      UZ: 'Q265',
      KG: 'Q813',
      TJ: 'Q863',
      TM: 'Q874',
      IR: 'Q794',
      IN: 'Q668',
      PK: 'Q843',
      MN: 'Q711',
      AM: 'Q399',
      GE: 'Q230',
      DE: 'Q183',
      FR: 'Q142',
      GB: 'Q145',
      JP: 'Q17',
      KR: 'Q884',
    };
    const actual = Object.fromEntries(
      knowledge.countries.filter((country) => country.iso2 in expected).map((country) => [country.iso2, country.wikidataId]),
    );
    expect(actual).toEqual(expected);
  });

  it('records Kazakhstan with its official names in four languages and Astana with its former names', () => {
    const kazakhstan = knowledge.entity('country:kz');
    expect(kazakhstan?.kind).toBe('country');
    if (kazakhstan?.kind !== 'country') return;
    expect(kazakhstan.record.officialNames).toEqual({
      en: ['Republic of Kazakhstan'],
      ru: ['Республика Казахстан'],
      uk: ['Республіка Казахстан'],
      kk: ['Қазақстан Республикасы'],
    });
    const astana = knowledge.entity('place:astana');
    expect(astana?.kind === 'place' && astana.record.capitalOf).toBe('country:kz');
    expect(astana?.kind === 'place' && astana.record.formerNames?.find((former) => former.names.en?.includes('Nur-Sultan'))).toMatchObject({
      from: '2019-03-23',
      to: '2022-09-17',
    });
  });

  it('makes every capital a place that stands for its country when used figuratively', () => {
    const ankara = knowledge.entity('place:ankara');
    expect(ankara?.kind === 'place' && ankara.record.metonymFor).toBe('country:tr');
    expect(knowledge.places.filter((place) => place.capitalOf !== undefined).length).toBeGreaterThan(190);
  });

  it('lists the memberships of Kazakhstan, Turkey and Belarus as of the as-of date', () => {
    for (const organization of ['org:sco', 'org:csto', 'org:ots', 'org:cis', 'org:eaeu', 'org:cica', 'org:un', 'org:osce', 'org:oic']) {
      expect(membershipOf(organization, 'country:kz')?.status).toBe('member');
    }
    for (const organization of ['org:ots', 'org:nato', 'org:oic', 'org:g20', 'org:osce', 'org:un']) {
      expect(membershipOf(organization, 'country:tr')?.status).toBe('member');
    }
    expect(membershipOf('org:sco', 'country:by')).toMatchObject({ status: 'member', since: '2024-07-04' });
    for (const organization of ['org:csto', 'org:cis', 'org:eaeu']) expect(membershipOf(organization, 'country:by')?.status).toBe('member');
    expect(membershipOf('org:sco', 'country:tr')?.status).toBe('dialogue-partner');
    expect(membershipOf('org:cis', 'country:tm')?.status).toBe('associate-member');
    expect(membershipOf('org:nato', 'country:kz')).toBeUndefined();
  });

  it('knows who held which office, and whether they still did on the as-of date', () => {
    const nurtleu = knowledge.entity('person:murat-nurtleu');
    expect(nurtleu?.kind === 'person' && nurtleu.record.offices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ officeId: 'office:deputy-prime-minister', countryId: 'country:kz', current: true }),
        expect.objectContaining({ officeId: 'office:minister-of-foreign-affairs', countryId: 'country:kz', current: true }),
      ]),
    );
    const yermekbayev = knowledge.entity('person:nurlan-yermekbayev');
    expect(yermekbayev?.kind === 'person' && yermekbayev.record.offices).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ officeId: 'office:minister-of-defence', countryId: 'country:kz', from: '2018-08-07', to: '2021-08-31' }),
        expect.objectContaining({ officeId: 'office:secretary-general', organizationId: 'org:sco', current: true }),
      ]),
    );
  });

  it('resolves every person, organization and place the seed articles mention', () => {
    const mentions: Record<string, string> = {
      Kazinform: 'org:kazinform',
      'Anadolu Agency': 'org:anadolu-agency',
      'Muhsin Dere': 'person:muhsin-dere',
      'Nurlan Yermekbayev': 'person:nurlan-yermekbayev',
      'Beibut Atamkulov': 'person:beibut-atamkulov',
      'Nursultan Nazarbayev National Defense University': 'org:nazarbayev-national-defense-university',
      'NUR SULTAN': 'place:astana',
      'Central Asia': 'place:central-asia',
      'Adlet Seilkhanov': 'person:adlet-seilkhanov',
      'Касима-Жомарта Токаєва': 'person:kassym-jomart-tokayev',
      Ердоган: 'person:recep-tayyip-erdogan',
      'Руслан Жаксиликов': 'person:ruslan-zhaksylykov',
      'Хулусі Акар': 'person:hulusi-akar',
      'Kazakhstan Engineering': 'org:kazakhstan-engineering',
      Tengrinews: 'org:tengrinews',
      'Міноборони Туреччини': 'org:tr-ministry-of-national-defence',
      'Збройні сили Республіки Казахстан': 'org:kz-armed-forces',
      Кремль: 'place:moscow-kremlin',
      'Recep Tayyip Erdoğan': 'person:recep-tayyip-erdogan',
      'Kassym-Jomart Tokayev': 'person:kassym-jomart-tokayev',
      'Yildirim Group': 'org:yildirim-group',
      'Tiryaki Holding': 'org:tiryaki-holding',
      'TAV Havalimanlari Holding': 'org:tav-airports',
      Almaty: 'place:almaty',
      'Caspian Sea': 'place:caspian-sea',
      'Southeast Asia': 'place:southeast-asia',
      'Organization of Turkic States': 'org:ots',
      'Organization of Islamic Cooperation': 'org:oic',
      'Youth Diplomacy Forum': 'org:youth-diplomacy-forum',
      'Sergei Aleinik': 'person:sergei-aleinik',
      'Murat Nurtleu': 'person:murat-nurtleu',
      'Machine Building Plant MT3-Kazakhstan': 'org:mtz-kazakhstan',
      Kostanai: 'place:kostanay',
      Kokshetau: 'place:kokshetau',
      'Kazakhstan Agro Innovation Corporation': 'org:kazakhstan-agro-innovation-corporation',
      CIS: 'org:cis',
      EAEU: 'org:eaeu',
      SCO: 'org:sco',
      CSTO: 'org:csto',
      CICA: 'org:cica',
      UN: 'org:un',
      OSCE: 'org:osce',
      'Imangali Tasmagambetov': 'person:imangali-tasmagambetov',
      'Zakir Gassanov': 'person:zakir-hasanov',
      'Ministry of Defense of Kazakhstan': 'org:kz-ministry-of-defence',
      KADEX: 'org:kadex',
      'Turkic world': 'place:turkic-world',
      'Abai region': 'place:abai-region',
    };
    const resolved = Object.fromEntries(Object.keys(mentions).map((mention) => [mention, knowledge.names.lookup(mention).ids.join(' | ')]));
    expect(resolved).toEqual(mentions);
  });

  it('gives every topic keywords in English, Russian and Ukrainian', () => {
    for (const topic of knowledge.topics)
      for (const language of ['en', 'ru', 'uk'] as const) expect(topic.keywords[language].length).toBeGreaterThan(0);
  });

  it('cannot be changed by a consumer', () => {
    expect(Object.isFrozen(knowledge)).toBe(true);
    expect(Object.isFrozen(knowledge.countries[0]?.names.en)).toBe(true);
    expect(() => (knowledge.countries as unknown as unknown[]).push({})).toThrow(TypeError);
  });

  it('has no name of any language that silently means two entities', () => {
    const undeclared: string[] = [];
    const check = (text: string) => {
      const lookup = knowledge.names.lookup(text);
      if (lookup.ids.length > 1 && lookup.ambiguity === undefined) undeclared.push(`${text}: ${lookup.ids.join(', ')}`);
    };
    for (const country of knowledge.countries) {
      for (const language of LANGUAGES) {
        [...(country.names[language] ?? []), ...(country.aliases?.[language] ?? []), ...(country.officialNames?.[language] ?? [])].forEach(
          check,
        );
      }
    }
    for (const entity of [...knowledge.organizations, ...knowledge.persons, ...knowledge.places]) {
      for (const language of LANGUAGES) (entity.names[language] ?? []).forEach(check);
    }
    expect(undeclared).toEqual([]);
  });
});
