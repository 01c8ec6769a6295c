import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import { articleSchema } from '../../../../src/extract/contract/extraction-result.ts';
import { prepareArticle } from '../../../../src/extract/document/prepare-article.ts';
import type { PreparedArticle } from '../../../../src/extract/document/prepared-article.ts';

const SEEDS = path.join(PROJECT_ROOT, 'test', 'fixtures', 'articles', 'seeds');

function prepared(prefix: string): PreparedArticle {
  const name = readdirSync(SEEDS).find((file) => file.startsWith(prefix));
  if (!name) throw new Error(`no seed article ${prefix}`);
  return prepareArticle({ bytes: readFileSync(path.join(SEEDS, name)), sourceName: name });
}

const bodyTexts = (article: PreparedArticle) =>
  article.sentences.filter((sentence) => sentence.role === 'body').map((sentence) => sentence.text);

/** Page clutter of the sample pages that must never become a sentence. */
const CLUTTER = [
  'Related news',
  'Новости по теме',
  'Brazil has 49 cases',
  'Popular',
  'usd/kzt',
  'Currency rates',
  'Go to the main site',
  'Adlet Seilkhanov',
  'World News',
  'Читать новость на русском',
  'Увага Ердоган',
  'Одесі',
  'Джерело',
  'Що кажуть у Туреччині',
  'Read More',
  'Multilateral cooperation',
  'About Us',
  'Youth Diplomacy Forum',
  'Twenty years from now',
  'Leave a Reply',
  'Your email address',
  'Font size',
  'print version',
  'Official Internet Resources',
];

describe('preparing the sample articles', () => {
  const all = ['000', '001', '002', '003', '004'].map((prefix) => [prefix, prepared(prefix)] as const);

  it.each(all)('%s: metadata satisfy the contract and every sentence points at its text', (_, article) => {
    expect(articleSchema.safeParse(article.metadata).error).toBeUndefined();
    expect(article.sentences.length).toBeGreaterThan(3);
    for (const sentence of article.sentences) expect(article.metadata.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  it.each(all)('%s: no sentence holds page clutter', (_, article) => {
    for (const sentence of article.sentences) {
      for (const clutter of CLUTTER) expect(`${clutter}: ${sentence.text.includes(clutter)}`).toBe(`${clutter}: false`);
    }
  });

  it('000: English, dated 5 February 2021, with headline, Kazinform dateline, author and the body sentences', () => {
    const article = all[0]![1];

    expect(article.metadata).toMatchObject({
      language: 'en',
      title: 'Turkey, Kazakhstan to boost defense industry cooperation',
      dateline: 'NUR SULTAN. KAZINFORM',
      publisher: 'Kazinform',
      author: 'Adlet Seilkhanov',
      publishedAt: { iso: '2021-02-05' },
    });
    expect(article.sentences[0]).toMatchObject({ role: 'headline', text: 'Turkey, Kazakhstan to boost defense industry cooperation' });
    expect(bodyTexts(article)[0]).toBe(
      'Turkey and Kazakhstan on Thursday discussed opportunities to strengthen cooperation in the defense industry sector, Anadolu Agency reports.',
    );
    expect(bodyTexts(article)).toContain(
      'In a statement, Kazakhstan’s Defense Ministry said Turkey’s Deputy National Defense Minister Muhsin Dere met with Kazakhstan’s Defense Minister Nurlan Yermekbayev as part of a two-day working visit to Kazakhstan.',
    );
    expect(bodyTexts(article).at(-1)).toBe(
      'The Turkish delegation visited four defense industry companies and Nursultan Nazarbayev National Defense University in the capital Nur-Sultan.',
    );
  });

  it('000: "on Thursday" resolves to the day before publication', () => {
    const article = all[0]![1];
    const [mention] = article.findDates(article.sentences[1]!);

    expect(mention).toMatchObject({ text: 'on Thursday', relative: true, date: { iso: '2021-02-04' } });
  });

  it('001: Ukrainian, dated 11 May 2022, keeps the body sentences and drops the inserted cross-links', () => {
    const article = all[1]![1];
    const body = bodyTexts(article);

    expect(article.metadata).toMatchObject({
      language: 'uk',
      title: 'У Кремлі напружились: Туреччина підписала з Казахстаном угоду про військову співпрацю',
      publishedAt: { iso: '2022-05-11' },
    });
    expect(article.metadata.publisher).toBeUndefined();
    expect(body).toContain('Казахський міністр оборони Руслан Жаксиликов зустрівся з турецьким колегою Хулусі Акаром.');
    expect(body[0]).toMatch(/^Під час візиту казахського президента Касима-Жомарта Токаєва до Анкари/);
    expect(body.some((sentence) => sentence.endsWith('– мовиться у повідомленні.') && sentence.startsWith('У межах угоди'))).toBe(true);
    expect(body.at(-1)).toMatch(/– заявив президент Ердоган за підсумками зустрічі з Токаєвим\.$/);
  });

  it('001: "10 травня" takes the year of publication', () => {
    const article = all[1]![1];
    const sentence = article.sentences.find((candidate) => candidate.text.includes('10 травня'))!;

    expect(article.findDates(sentence)).toMatchObject([
      { text: '10 травня', relative: true, date: { iso: '2022-05-10', year: 2022, month: 5, day: 10 } },
    ]);
  });

  it('002: English without a publication date, its "May 10" kept as month and day only', () => {
    const article = all[2]![1];

    expect(article.metadata.language).toBe('en');
    expect(article.metadata.publishedAt).toBeUndefined();
    expect(article.metadata.title).toBe('Visit of Kazakhstan’s President will boost cooperation');
    const sentence = article.sentences.find((candidate) => candidate.text.includes('on May 10'))!;
    expect(article.findDates(sentence)).toMatchObject([{ text: 'May 10', date: { iso: '--05-10', month: 5, day: 10 } }]);
    expect(article.findDates(sentence)[0]!.date.year).toBeUndefined();
    expect(bodyTexts(article).at(-1)).toBe(
      'We have agreed to continue to strengthen our bilateral relations and interaction in multilateral institutions,” said the Turkish President.',
    );
  });

  it('003: English, dated 22 May 2024, with the Aleinik sentence', () => {
    const article = all[3]![1];

    expect(article.metadata).toMatchObject({
      language: 'en',
      title:
        'Negotiations between Minister of Foreign Affairs of Belarus S.Aleinik and Deputy Prime Minister and Minister of Foreign Affairs of Kazakhstan',
      publishedAt: { iso: '2024-05-22' },
    });
    expect(bodyTexts(article)[0]).toBe(
      'On May 21, 2024 in Astana, the Minister of Foreign Affairs of the Republic of Belarus, Sergei Aleinik, held a bilateral meeting with the Deputy Prime Minister and the Minister of Foreign Affairs of the Republic of Kazakhstan, Murat Nurtleu.',
    );
  });

  it('004: English, dated 4 November 2015, its first sentence without the date and the dateline', () => {
    const article = all[4]![1];
    const first = article.sentences[0]!;

    expect(article.metadata).toMatchObject({
      language: 'en',
      publishedAt: { iso: '2015-11-04' },
      dateline: 'ASTANA. KAZINFORM',
      publisher: 'Kazinform',
    });
    expect(first.role).toBe('body');
    expect(first.text).toBe(
      'Minister of Defense of Kazakhstan Imangali Tasmagambetov and Minister of Defense of Azerbaijan Zakir Gassanov held a meeting in Astana today, the press service of the Ministry of Defense of Kazakhstan informs.',
    );
    expect(article.metadata.text.slice(0, first.start)).toBe(' date 2015-11-04 ASTANA. KAZINFORM - ');
    expect(article.metadata.title).toBe(first.text);
  });
});
