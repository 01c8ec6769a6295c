import { describe, expect, it } from '@jest/globals';
import { findArticleBody } from '../../../../src/extract/clean/find-article-body.ts';

function read(text: string, title?: string) {
  const layout = findArticleBody(text, title ? { title } : {});
  return {
    headline: layout.headline ? text.slice(layout.headline.start, layout.headline.end) : undefined,
    body: layout.body.map((span) => text.slice(span.start, span.end)),
    layout,
  };
}

describe('finding the article body in a page', () => {
  it('drops menus, currency rates, weather and phone numbers above the headline, and keeps headline and date apart', () => {
    const page = [
      'Go to the main site',
      'Currency rates:',
      'usd/kzt 450.16 eur/kzt 486.31',
      'Weather:',
      'Almaty+18+20℃',
      '+7 701 759 90 19',
      '• Main Page  >',
      'World News',
      '',
      'Uzbekistan and Kazakhstan discuss water management',
      '',
      '12 March 2023, 10:05',
      '',
      'TASHKENT. KAZINFORM - The water ministers of the two countries met in Tashkent on Friday.',
      '',
      'They agreed to share data on the flow of the Syr Darya.',
    ].join('\n');

    const { headline, body, layout } = read(page);

    expect(headline).toBe('Uzbekistan and Kazakhstan discuss water management');
    expect(layout.publishedAt?.iso).toBe('2023-03-12');
    expect(layout.dateline).toEqual({ text: 'TASHKENT. KAZINFORM', length: 22, agency: 'Kazinform' });
    expect(body).toEqual([
      'The water ministers of the two countries met in Tashkent on Friday.',
      'They agreed to share data on the flow of the Syr Darya.',
    ]);
  });

  it('ends the article at "Related news" and drops the headlines and numbered popular list after it', () => {
    const page = [
      'Kyrgyzstan hosts CSTO exercise',
      '',
      'The exercise brought together troops from six member states near Bishkek, the ministry said.',
      '',
      'Related news',
      'Tajikistan receives new helicopters from partners abroad this spring',
      'Popular',
      '1 Wildfire contained in Abai region',
      '2 Brazil has 49 cases of spotted fever in 2023, six deaths',
    ].join('\n');

    expect(read(page).body).toEqual(['The exercise brought together troops from six member states near Bishkek, the ministry said.']);
  });

  it('drops an inserted "Увага" cross-link but keeps a sentence that starts with the same word', () => {
    const page = [
      'Міністри оборони зустрілися в Анкарі',
      '',
      '11 травня 2022, 16:47',
      '',
      'Міністри оборони Казахстану і Туреччини обговорили співпрацю в галузі безпілотників.',
      '',
      'Увага Ердоган назвав війну в Україні трагедією та закликав ЄС написати нову історію',
      '',
      'Увага світу прикута до переговорів, які тривали цілий день у столиці Туреччини.',
      '',
      'Зверніть увагу – по Одесі потужно вдарили ракетами: дивіться відео',
    ].join('\n');

    expect(read(page).body).toEqual([
      'Міністри оборони Казахстану і Туреччини обговорили співпрацю в галузі безпілотників.',
      'Увага світу прикута до переговорів, які тривали цілий день у столиці Туреччини.',
    ]);
  });

  it('reads the author under an "Author:" label and keeps the label and name out of the body', () => {
    const page =
      'Talks in Baku\n\nThe foreign ministers met in Baku and discussed transit routes.\n\nAuthor:\n\nAdlet Seilkhanov\n\nWorld News Kazakhstan Azerbaijan Ministry of Foreign Affairs';

    const { body, layout } = read(page);

    expect(layout.author).toBe('Adlet Seilkhanov');
    expect(body).toEqual(['The foreign ministers met in Baku and discussed transit routes.']);
  });

  it('drops a comment form, an "About Us" block, "Read More:" and sub-headings between paragraphs', () => {
    const page = [
      'Visit will boost cooperation',
      '',
      'The presidents met in Ankara and agreed to raise trade to ten billion dollars.',
      '',
      'Read More: ',
      '',
      'Economic ties:',
      '',
      'Turkish companies have carried out many projects in the country over the years.',
      '',
      'About Us',
      '',
      'Youth Forum is a non-partisan organization for the youth across the world.',
      '',
      'Leave a Reply',
      '',
      'Your email address will not be published. Required fields are marked *',
    ].join('\n');

    expect(read(page).body).toEqual([
      'The presidents met in Ankara and agreed to raise trade to ten billion dollars.',
      'Turkish companies have carried out many projects in the country over the years.',
    ]);
  });

  it('keeps a sentence wrapped over two lines in one paragraph, and a long line without a full stop', () => {
    const page = [
      'Defence plan signed',
      '',
      'Планується передача технологій для Збройних сил Республіки Казахстан, ',
      '– мовиться у повідомленні.',
      '',
      'Лінію складання безпілотників запустять на базі дочірнього підприємства Kazakhstan Engineering',
    ].join('\n');

    expect(read(page).body).toEqual([
      'Планується передача технологій для Збройних сил Республіки Казахстан, \n– мовиться у повідомленні.',
      'Лінію складання безпілотників запустять на базі дочірнього підприємства Kazakhstan Engineering',
    ]);
  });

  it('keeps a long list of attendees that the stored page cuts off mid-word, but not a line of capitalised tags', () => {
    const attendees =
      'The summit chaired by the President of Kazakhstan Kassym-Jomart Tokayev was attended by President of Azerbaijan Ilham Aliyev, ' +
      'President of Kyrgyzstan Sadyr Japarov, Prime Minister of Pakistan Shehbaz Sharif, President of Russia Vladimir Putin, Pr';
    const tags =
      'Kazakhstan, Russia, Turkey, SCO, CSTO, Tokayev, Putin, Erdogan, Astana, Moscow, Ankara, Summit, Visit, Talks, Energy, Trade, Defence, Security, Economy, Culture';
    const page = [
      'Summit in Astana',
      '',
      'Turkmenistan joined the conference as an observer, the President said in Astana today.',
      '',
      attendees,
      '',
      tags,
    ].join('\n');

    expect(read(page).body).toEqual(['Turkmenistan joined the conference as an observer, the President said in Astana today.', attendees]);
  });

  it('reads the publication date from a time stamp that the stored page ran into the headline', () => {
    const page = 'Переговоры прошли в Астане12.03.2019 10:15АСТАНА, 12 марта. Президенты обсудили торговлю и транспорт в ходе встречи.';
    expect(findArticleBody(page, {}).publishedAt?.iso).toBe('2019-03-12');
    expect(
      findArticleBody('Президенты обсудили торговлю в 2019 году, 10:15 — начало встречи, и транспорт в ходе переговоров.', {}).publishedAt,
    ).toBeUndefined();
  });

  it('dates the article by a year-less dateline in the year the page gives: a full date of the same day, else one near it in the body', () => {
    const caption =
      'Флаги двух стран - Sputnik Қазақстан, 1920, 27.02.2021\n\nНҰР-СҰЛТАН, 27 ақпан – Sputnik. Қазақстан мен Қырғызстан басшылары мемлекеттік сапар барысында кездеседі.';
    expect(findArticleBody(caption, {}).publishedAt?.iso).toBe('2021-02-27');
    const bodyDate =
      'АСТАНА. 28 мамыр. BAQ.KZ – Беларусь президенті 2014 жылдың 29 мамыры күні Астана қаласында өтетін отырысқа қатысу үшін ұшып шықты.';
    expect(findArticleBody(bodyDate, {}).publishedAt?.iso).toBe('2014-05-28');
  });

  it('leaves the article undated when a year-less dateline finds no year near it on the page', () => {
    const noYear = 'Астана. 15 тамыз. ҚазТАГ – Спортшылардың президентпен кездесуі кейінге шегерілді, деп хабарлады агенттік тілшісі.';
    expect(findArticleBody(noYear, {}).publishedAt).toBeUndefined();
    const farYear = 'АСТАНА. 28 мамыр. BAQ.KZ – Елбасы 1991 жылдың 16 желтоқсаны күні қабылданған заң туралы айтып, делегацияны қабылдады.';
    expect(findArticleBody(farYear, {}).publishedAt).toBeUndefined();
  });

  it('reads the publication date from a time stamp the stored page put after the headline, but not from a sentence', () => {
    const page =
      'Putin meets Nazarbayev in Moscow 23 декабря 2014, 20:33\n\nRussian President Vladimir Putin has held a late meeting with President of Kazakhstan Nursultan Nazarbayev.';
    expect(findArticleBody(page, {}).publishedAt?.iso).toBe('2014-12-23');
    const sentence =
      'The presidents met in Moscow on 23 December 2014 and talked until 20:33\n\nThey discussed trade and transport at length during the long meeting.';
    expect(findArticleBody(sentence, {}).publishedAt).toBeUndefined();
  });

  it('reads a date at the start of the first line and moves the body past it and the dateline', () => {
    const page = ' date 2015-11-04 ASTANA. KAZINFORM - The ministers held a meeting in Astana today.\n\nThey discussed education.';

    const { body, layout, headline } = read(page);

    expect(headline).toBeUndefined();
    expect(layout.publishedAt?.iso).toBe('2015-11-04');
    expect(layout.dateline?.text).toBe('ASTANA. KAZINFORM');
    expect(body[0]).toBe('The ministers held a meeting in Astana today.');
  });

  it('uses a known title to find the headline line and treats the lines before it as clutter', () => {
    const page =
      'We report the news from the steppe every day.\n\nHome\n\nMinisters meet in Baku\n\nThe ministers met in Baku on Monday to talk about energy.';

    const { headline, body } = read(page, 'Ministers meet in Baku');

    expect(headline).toBe('Ministers meet in Baku');
    expect(body).toEqual(['The ministers met in Baku on Monday to talk about energy.']);
  });

  it('ends the article at a long run of headline-like lines without any marker', () => {
    const page = [
      'Ministers meet',
      '',
      'The defence ministers met in Astana and approved a plan of cooperation for the next year.',
      'Their deputies will meet again in spring to review how the plan is carried out.',
      '',
      'Kazakhstan hosts drills',
      'Uzbekistan buys trucks',
      'Wildfire in Abai region',
      'New airport opens',
      'Elsewhere a much longer story that reads like a sentence ends here.',
    ].join('\n');

    expect(read(page).body).toEqual([
      'The defence ministers met in Astana and approved a plan of cooperation for the next year.\nTheir deputies will meet again in spring to review how the plan is carried out.',
    ]);
  });
});

describe('reading by-lines and inline cross-links', () => {
  it('reads author and date from a by-line under the headline, and skips "Skip to content" and related posts', () => {
    const page = [
      'Skip to content',
      'Nation Business Opinion',
      'Kazakhstan, EU Discuss Critical Raw Materials Cooperation',
      'By Aida Haidar in Nation on 10 May 2023',
      'ASTANA – Kazakh Foreign Minister Murat Nurtleu met with the EU Special Representative on May 9.',
      'By Thursday, the parties had agreed on a plan for raw materials.',
      'Share',
      'Tags: EU, Kazakhstan',
      'Related Posts',
      'Kazakhstan and Germany Sign Energy Deal',
    ].join('\n');

    const { headline, body, layout } = read(page);

    expect(headline).toBe('Kazakhstan, EU Discuss Critical Raw Materials Cooperation');
    expect(layout.author).toBe('Aida Haidar');
    expect(layout.publishedAt?.iso).toBe('2023-05-10');
    expect(layout.dateline?.text).toBe('ASTANA');
    expect(body).toEqual([
      'Kazakh Foreign Minister Murat Nurtleu met with the EU Special Representative on May 9.\nBy Thursday, the parties had agreed on a plan for raw materials.',
    ]);
  });

  it('drops a "Читайте также:" cross-link inside the text without ending the article, and reads "Автор:"', () => {
    const page = [
      'Токаев провел переговоры с президентом Узбекистана',
      '12 мая 2022, 14:30',
      'Фото: Акорда',
      'Президент Казахстана провел переговоры с президентом Узбекистана в Ташкенте.',
      'Читайте также: Токаев прибыл в Ташкент с государственным визитом',
      'По итогам переговоров подписан договор о союзнических отношениях.',
      'Автор: Иван Петров',
      'Поделиться',
      'Новости по теме',
      'Мирзиёев посетит Астану в ноябре',
    ].join('\n');

    const { body, layout } = read(page);

    expect(layout.author).toBe('Иван Петров');
    expect(body).toEqual([
      'Президент Казахстана провел переговоры с президентом Узбекистана в Ташкенте.',
      'По итогам переговоров подписан договор о союзнических отношениях.',
    ]);
  });

  it('keeps a last body line that lost its stop when it runs on in lower-case words, not a menu under the text', () => {
    const page = [
      'Янукович провів переговори з Назарбаєвим',
      '',
      'У кулуарах саміту СНД в Ашхабаді Віктор Янукович провів зустріч з Нурсултаном Назарбаєвим.',
      'Зі свого боку, Лукашенко повідомив, що Янукович запросив голів держав СНД до Чорнобиля.',
      '5 грудня в Ашхабаді проходить саміт ради глав дер',
      '',
      'Новини партнерів',
      'Курси валют Погода Гороскоп Спорт',
    ].join('\n');

    const { body } = read(page);

    expect(body.at(-1)).toMatch(/5 грудня в Ашхабаді проходить саміт ради глав дер$/u);
    expect(body.join('\n')).not.toContain('Курси валют');
  });
});
