import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
// Our own sentences (unit fixtures). Two officials who "signed" a document together ("подписали",
// "підписали", "қол қойысты": they signed, active and plural) met to sign it, with no other event word.
const eventsOf = (text: string, language: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } }, knowledge).events.map(
    (event) => ({
      kind: event.kind,
      status: event.status,
      participants: [...event.participantIds].sort(),
    }),
  );

const SHOIGU_AND_YERMEKBAYEV = ['person:nurlan-yermekbayev', 'person:sergei-shoigu'];

describe('two officials who signed a document together held an encounter', () => {
  it('in Russian ("подписали")', () => {
    expect(
      eventsOf(
        'Министры обороны России и Казахстана Сергей Шойгу и Нурлан Ермекбаев подписали в Астане план военного сотрудничества.',
        'ru',
      ),
    ).toEqual([{ kind: 'signing_ceremony', status: 'held', participants: SHOIGU_AND_YERMEKBAYEV }]);
  });

  it('in Ukrainian ("підписали")', () => {
    expect(
      eventsOf(
        'Міністри оборони Росії та Казахстану Сергій Шойгу і Нурлан Ермекбаєв підписали в Астані план військового співробітництва.',
        'uk',
      ),
    ).toEqual([{ kind: 'signing_ceremony', status: 'held', participants: SHOIGU_AND_YERMEKBAYEV }]);
  });

  it('in Kazakh ("қол қойысты")', () => {
    expect(
      eventsOf(
        'Ресей мен Қазақстанның қорғаныс министрлері Сергей Шойгу мен Нұрлан Ермекбаев Астанада әскери ынтымақтастық жоспарына қол қойысты.',
        'kk',
      ),
    ).toEqual([{ kind: 'signing_ceremony', status: 'held', participants: SHOIGU_AND_YERMEKBAYEV }]);
  });

  it('but not when the signing is only planned ("подпишут") or the signer is one country', () => {
    expect(
      eventsOf('Сергей Шойгу и Нурлан Ермекбаев подпишут в Астане план военного сотрудничества.', 'ru').filter(
        (event) => event.status === 'held',
      ),
    ).toEqual([]);
    expect(eventsOf('Казахстан подписал договор в 1995 году.', 'ru')).toEqual([]);
  });
  it('in English ("signed an", real sentence, Xalq Qazeti, dev split)', () => {
    expect(
      eventsOf(
        "Azerbaijani Foreign Minister Jeyhun Bayramov and Kazakhstan's Deputy Prime Minister and Foreign Minister Murat Nurtleu signed an action plan between the Ministries of Foreign Affairs for 2025-2026.",
        'en',
      ),
    ).toEqual([{ kind: 'signing_ceremony', status: 'held', participants: ['person:jeyhun-bayramov', 'person:murat-nurtleu'] }]);
  });

  it('gives no encounter of one person signing alone in English ("Tokayev signed a decree")', () => {
    expect(eventsOf('Tokayev signed a decree on the new government.', 'en')).toEqual([]);
  });
});
