import { describe, expect, it } from '@jest/globals';
import { crossScriptKey } from '../../../src/knowledge/name-key.ts';

describe('the cross-script key of a personal name', () => {
  it.each([
    ['Kassym-Jomart Tokayev', 'Касым-Жомарт Токаев'],
    ['Tokayev', 'Тоқаев'],
    ['Toqaev', 'Токаєв'],
    ['Tokaev', 'Tokayev'],
    ['Péter Szijjártó', 'Петер Сийярто'],
    ['Roman Vassilenko', 'Роман Василенко'],
    ['Andris Pelšs', 'Андрис Пелшс'],
    ['Jeenbek Kulubaev', 'Жээнбек Кулубаев'],
    ['Mevlüt Çavuşoğlu', 'Мевлют Чавушоглу'],
    ['Tayyip Erdoğan', 'Тайип Эрдоган'],
    ['Volodymyr Zelenskyy', 'Владимир Зеленский'.replace('Владимир', 'Володимир')],
    ['Shavkat Mirziyoyev', 'Шавкат Мирзиёев'],
    ['Mukhtar Tileuberdi', 'Мұхтар Тілеуберді'],
    ['Yerlan Koshanov', 'Ерлан Кошанов'],
    ['Ilham Aliyev', 'Ильхам Алиев'],
  ])('gives %s and %s one key', (a, b) => {
    expect(crossScriptKey(a)).toBe(crossScriptKey(b));
  });

  it.each([
    ['Sadyr Japarov', 'Akylbek Japarov'],
    ['Sergey Lavrov', 'Sergey Shoigu'],
    ['Nawaz Sharif', 'Shehbaz Sharif'],
    ['Ilham Aliyev', 'Heydar Aliyev'],
  ])('keeps %s and %s apart', (a, b) => {
    expect(crossScriptKey(a)).not.toBe(crossScriptKey(b));
  });

  it('is lower-case ASCII words separated by single spaces', () => {
    expect(crossScriptKey('  Kassym-Jomart   TOKAYEV ')).toMatch(/^[a-z]+( [a-z]+)*$/);
  });
});
