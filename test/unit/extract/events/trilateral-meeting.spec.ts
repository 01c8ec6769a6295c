import { describe, expect, it } from '@jest/globals';
import { extractText } from '../../../support/extract-text.ts';

const eventsOf = (text: string, language: string) =>
  extractText(text, language).events.map((event) => ({
    kind: event.kind,
    placeId: event.placeId,
    participants: [...event.participantIds].sort(),
  }));

describe('a trilateral meeting named after a two-sided encounter', () => {
  // uk-lb-2025-08-10-zelensky-aliyev-call (dev): the conversation is Zelensky's and Aliyev's; the trilateral meeting
  // in Washington they talk about is another gathering, and not where they spoke.
  it('is another gathering: it neither joins the encounter nor gives it its place', () => {
    const story = [
      'Президент Володимир Зеленський провів розмову з президентом Азербайджану Ільхамом Алієвим.',
      '"Привітав пана президента й увесь азербайджанський народ із досягнутими домовленостями з Вірменією з допомогою президента Трампа заради тривалого миру та надійної безпеки в регіоні Південного Кавказу. Світ украй позитивно сприйняв тристоронню зустріч у Вашингтоні. Сподіваємось, усе спрацює", - написав Зеленський.',
    ].join('\n\n');
    expect(eventsOf(story, 'uk')).toEqual([
      expect.objectContaining({ placeId: undefined, participants: ['person:ilham-aliyev', 'person:volodymyr-zelenskyy'] }),
    ]);
  });
});
