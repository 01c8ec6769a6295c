import { describe, expect, it } from '@jest/globals';
import { personOffices } from '../../../support/extract-text.ts';

const personNames = (text: string): string[] => personOffices(text, 'kk').map(([name]) => name);

// A Kazakh role word after a genitive takes the possessive ending: "Президенттің баспасөз хатшысы" (the
// President's press secretary). "Хатшысы" is itself a word of listed titles ("Бас хатшысы"), so it is not
// read back to "хатшы" and had introduced no name: the press secretaries the base does not know were lost
// (entity words 1.6.0).
describe('a Kazakh press secretary the base does not know', () => {
  it('is found after "баспасөз хатшысы" (real sentence, Egemen Qazaqstan)', () => {
    expect(personNames('Бұл туралы Президенттің баспасөз хатшысы Берік Уәли хабарлады.')).toContain('Берік Уәли');
  });

  it('is found at the end of a sentence of reporting (real sentence, KazTAG)', () => {
    expect(
      personNames(
        'Спортшылар мен бапкерлердің тезірек сауығып кетуіне тілектеспіз», - деп хабарлады ҚазТАГ редакциясына бейсенбі күні ҚР президентінің баспасөз хатшысы Берік Уәли.',
      ),
    ).toContain('Берік Уәли');
  });

  it('is found for a foreign head of state (real sentence, Nege)', () => {
    expect(
      personNames(
        'Бұған дейін мемлекет басшысының баспасөз хатшысы Дмитрий Песков Ресей президентінің Қазақстанға сапарына дайындық барысы туралы хабарлаған еді.',
      ),
    ).toContain('Дмитрий Песков');
  });

  it('ends before a word of another script ("Руслан Желдібай Telegram-дағы", real sentence, BAQ.KZ, dev split)', () => {
    const names = personNames(
      'Бұл туралы Президенттің кеңесшісі – Баспасөз хатшысы Руслан Желдібай Telegram-дағы ресми парақшасында жазды, деп хабарлайды BAQ.KZ тілшісі.',
    );
    expect(names).toContain('Руслан Желдібай');
    expect(names.some((name) => name.includes('Telegram'))).toBe(false);
  });
});
