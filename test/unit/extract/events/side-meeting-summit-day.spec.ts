import { describe, expect, it } from '@jest/globals';
import { extractArticle } from '../../../../src/extract/extract-article.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const knowledge = loadKnowledgeBase();
const eventsOf = (text: string, language: string) =>
  extractArticle({ bytes: new TextEncoder().encode(text), sourceName: `${language}.txt`, metadata: { language } }, knowledge).events.map(
    (event) => [event.kind, [...event.participantIds].sort(), event.date ? `${event.date.month}-${event.date.day}` : undefined],
  );

describe('a meeting on the sidelines of a summit', () => {
  // uk-zn-2012-12-05 (dev): the summit's day is given last, in a sentence that names no one.
  it('was held on the day of its summit when the text gives it only for the summit', () => {
    const text = [
      'У кулуарах саміту СНД в Ашхабаді президент України Віктор Янукович провів зустріч з президентом Росії Володимиром Путіним і президентом Казахстану Нурсултаном Назарбаєвим.',
      '5 грудня в Ашхабаді проходить саміт ради глав держав СНД.',
    ].join('\n');
    expect(eventsOf(text, 'uk')).toEqual([
      ['summit', ['person:nursultan-nazarbayev', 'person:viktor-yanukovych', 'person:vladimir-putin'], '12-5'],
      ['meeting', ['person:nursultan-nazarbayev', 'person:viktor-yanukovych', 'person:vladimir-putin'], '12-5'],
    ]);
  });

  // ru-haqqin-2025-10-10-pashinyan-aliyev-dushanbe (dev): the event word before "на полях" is the meeting held there,
  // not something the summit frames (only a Kazakh postposition, "саммиті аясында", frames the word before it).
  it('is a meeting of its own when the meeting word comes before "на полях"', () => {
    const text =
      'Премьер-министр Армении Никол Пашинян и президент Азербайджана Ильхам Алиев провели встречу на полях саммита Содружества Независимых Государств (СНГ) в Душанбе, в ходе которой обсудили вопросы продвижения по пути к миру.';
    expect(eventsOf(text, 'ru').map((event) => event[0])).toEqual(['summit', 'meeting']);
  });

  // Our own sentences: a side meeting whose own day is stated keeps it.
  it('keeps the day its own sentence states', () => {
    const text = [
      'On the sidelines of the SCO summit in Astana, Kassym-Jomart Tokayev met with Vladimir Putin on July 3.',
      'The SCO summit in Astana is held on July 4.',
    ].join(' ');
    const side = eventsOf(text, 'en').find((event) => event[0] === 'meeting');
    expect(side?.[2]).toBe('7-3');
  });

  // en-kazinform-2019-11-29 (dev): the gathering is called a "Meeting", not a summit.
  it('takes what a meeting is held on the margins of for a gathering of those who met, whatever word names it', () => {
    const text =
      'TASHKENT. KAZINFORM On the margins of the 2nd Consultative Meeting of the Heads of State of Central Asia in Tashkent the First President of Kazakhstan-Elbasy, Nursultan Nazarbayev, held talks with President of Uzbekistan Shavkat Mirziyoyev, Kazinform correspondent reports referring to the Uzbek President’s press service.';
    expect(eventsOf(text, 'en')).toEqual([
      ['summit', ['person:nursultan-nazarbayev', 'person:shavkat-mirziyoyev'], undefined],
      ['talks', ['person:nursultan-nazarbayev', 'person:shavkat-mirziyoyev'], undefined],
    ]);
  });

  // The Astana Times, 2024-04-15 (round fifteen's dev page, reverted with its round): "the meeting" is the
  // gathering of several sides the story told that day.
  it('is held on the sidelines of the multilateral meeting told before it, which it does not double as a summit of the two', () => {
    const text = [
      ' date 2024-04-15 ASTANA—Kazakh Deputy Prime Minister and Foreign Minister Murat Nurtleu led the delegation at the regular meeting of the Council of Foreign Ministers of the Commonwealth of Independent States (CIS) in Minsk on April 12, reported the Foreign Ministry’s press service.',
      'On the same day, Nurleu participated in the seventh meeting of the heads of foreign affairs agencies in the Central Asia – Russia format, where participants emphasized the importance of intensifying efforts for regional security, combating terrorism, and fostering cooperation in economy, trade, green energy and ecology, transport, logistics, science, education, and culture.',
      'On the sidelines of the meeting, Nurtleu met with Tajikistan’s Foreign Minister Sirojiddin Muhriddin, where they discussed current bilateral cooperation issues and exchanged views on the regional situation.',
    ].join('\n\n');
    const events = eventsOf(text, 'en');
    expect(events.filter(([kind]) => kind === 'summit')).toEqual([]);
    expect(events).toContainEqual(['meeting', ['person:murat-nurtleu', 'person:sirojiddin-muhriddin'], '4-12']);
  });

  // en-kaztag-2024-07-04 (dev): the summit is only mentioned; nothing says it took place in this story.
  it('keeps a meeting said to have been held a meeting when a later sentence only mentions the summit', () => {
    const text = [
      'President of Kazakhstan Kassym-Jomart Tokayev held a meeting with Russian President Vladimir Putin, reports Akorda.',
      'During the talks, Tokayev expressed his gratitude to Vladimir Putin for participating in the SCO summit, and also noted Russia’s significant contribution to strengthening the “Shanghai spirit” and developing multilateral cooperation between the Organization’s member states.',
    ].join(' ');
    expect(eventsOf(text, 'en').map(([kind]) => kind)).toEqual(['meeting']);
  });

  // ru-geopolitika-2017-04-14 (dev): the subject is the head of state by title, with the adjective of his state.
  it('reads "Глава Российского государства … беседовал с" as a side talk of the head of state the story follows', () => {
    const text = [
      'Кроме того, на полях состоявшихся в Бишкеке саммитов Евразийского экономического союза и Организации Договора о коллективной безопасности Владимир Путин провёл ряд двусторонних встреч.',
      'Глава Российского государства, в частности, беседовал с Президентом Таджикистана Эмомали Рахмоном.',
    ].join(' ');
    expect(eventsOf(text, 'ru').map(([, participants]) => participants)).toContainEqual(['person:emomali-rahmon', 'person:vladimir-putin']);
  });
});
