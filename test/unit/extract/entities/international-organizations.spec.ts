import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const organizationIds = (text: string, language: string): string[] =>
  extractText(text, language)
    .entities.filter((entity) => entity.kind === 'organization')
    .map((entity) => entity.id);

// International organizations that diplomatic news names beside the states (knowledge base 1.7.3): the ILO,
// the IMF, the World Economic Forum, the Aral Sea fund of the five Central Asian states and the Eurasian
// Economic Community, by name and by acronym, in the four languages.
describe('an international organization of the knowledge base', () => {
  it('is the ILO in English (real sentence, The Astana Times)', () => {
    expect(
      organizationIds(
        'Prospects for fostering cooperation with the International Labor Organization were discussed with its Director-General Gilbert Houngbo.',
        'en',
      ),
    ).toContain('org:ilo');
  });

  it('is the Aral Sea fund in English (real sentence, Kazinform)', () => {
    expect(
      organizationIds(
        'The Ministers also paid special attention to the organizational and content aspects of the forthcoming Fifth Caspian Summit in Aktau, and discussed joint activities as founding members of the International Fund for Saving the Aral Sea, which celebrates its 25th Anniversary this year.',
        'en',
      ),
    ).toContain('org:ifas');
  });

  it('is the Eurasian Economic Community by its Russian acronym (real sentence, UDF.by)', () => {
    expect(organizationIds('Заседание Межгоссовета ЕврАзЭС в узком составе открылось в столице Казахстана.', 'ru')).toContain(
      'org:eurasec',
    );
  });

  it('is the World Economic Forum in Ukrainian, in the genitive (real sentence, Фокус)', () => {
    expect(
      organizationIds(
        'Президент України Володимир Зеленський зустрівся з президентом Азербайджану Ільхамом Алієвим під час Всесвітнього економічного форуму у швейцарському Давосі.',
        'uk',
      ),
    ).toContain('org:wef');
  });

  it('is the IMF by its Russian acronym', () => {
    expect(organizationIds('Миссия МВФ завершила работу в Астане.', 'ru')).toContain('org:imf');
  });

  it('is the organization itself when a body of it is named by it ("the OIC Ministerial Council", real sentence, Today.az, dev split)', () => {
    const ids = organizationIds(
      'The parties also exchanged views on the preparations for the summit of the Contact Group of the Non-Aligned Movement to combat COVID-19 in Baku, the 10th UTC Summit in Turkestan, and the OIC Ministerial Council in Nouakchott.',
      'en',
    );
    expect(ids).toContain('org:oic');
    expect(ids).not.toContain('org:oic-ministerial-council');
  });
});
