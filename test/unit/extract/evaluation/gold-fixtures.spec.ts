import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { PROJECT_ROOT } from '../../../../src/config/project-root.ts';
import { goldArticleSchema, type GoldArticle } from '../../../../src/extract/evaluation/gold-schema.ts';
import { normalizeName } from '../../../../src/knowledge/normalize-name.ts';
import { loadKnowledgeBase } from '../../../../src/knowledge/load-knowledge.ts';

const GOLD_ROOT = path.join(PROJECT_ROOT, 'test', 'fixtures', 'gold');
const ARTICLES_ROOT = path.join(PROJECT_ROOT, 'test', 'fixtures', 'articles');
/** Real published articles and their gold (test/fixtures/real/README.md). */
const REAL_ROOT = path.join(PROJECT_ROOT, 'test', 'fixtures', 'real');
const REAL_GOLD_ROOT = path.join(REAL_ROOT, 'gold');
const REAL_ARTICLES_ROOT = path.join(REAL_ROOT, 'articles');

function filesBelow(directory: string, suffix: string): string[] {
  return readdirSync(directory).flatMap((entry) => {
    const full = path.join(directory, entry);
    return statSync(full).isDirectory() ? filesBelow(full, suffix) : full.endsWith(suffix) ? [full] : [];
  });
}

const filesBelowIfAny = (directory: string, suffix: string): string[] => (existsSync(directory) ? filesBelow(directory, suffix) : []);
const goldFiles = [...filesBelow(GOLD_ROOT, '.gold.json'), ...filesBelowIfAny(REAL_GOLD_ROOT, '.gold.json')];
const articleFiles = new Map(
  [...filesBelow(ARTICLES_ROOT, ''), ...filesBelowIfAny(REAL_ARTICLES_ROOT, '')]
    .filter((file) => /\.(txt|html|md)$/.test(file))
    .map((file) => [path.basename(file), file]),
);
const knowledge = loadKnowledgeBase();

/** Every knowledge-base id a gold file names (null ids of unknown persons and name-only items aside). */
function idsNamedBy(gold: GoldArticle): string[] {
  const named = (items: ReadonlyArray<string | { id: string } | { name: string }>) =>
    items.flatMap((item) => (typeof item === 'string' ? [item] : 'id' in item ? [item.id] : []));
  return [
    ...gold.persons.flatMap((person) => [
      ...(person.id === null ? [] : [person.id]),
      ...person.offices.flatMap((office) =>
        [office.officeId, office.countryId, office.organizationId].filter((id): id is string => id !== undefined),
      ),
    ]),
    ...named(gold.organizations),
    ...named(gold.places),
    ...named(gold.countries ?? []),
    ...gold.events.flatMap((event) => [
      ...event.participants.filter((participant) => /^[a-z]+:/.test(participant)),
      ...(event.placeId === null ? [] : [event.placeId]),
    ]),
    ...gold.agreements.flatMap((agreement) => agreement.parties),
    ...gold.relations.flatMap((relation) => [relation.subjectId, relation.objectId]),
  ];
}

describe('gold annotations in test/fixtures/gold', () => {
  it('annotate at least the five seeds and ten articles of our own', () => {
    expect(goldFiles.filter((file) => file.includes(`${path.sep}seeds${path.sep}`)).length).toBeGreaterThanOrEqual(5);
    expect(goldFiles.filter((file) => file.includes(`${path.sep}own${path.sep}`)).length).toBeGreaterThanOrEqual(10);
  });

  describe.each(goldFiles.map((file) => [path.relative(path.join(PROJECT_ROOT, 'test', 'fixtures'), file), file]))('%s', (_name, file) => {
    const parsed = goldArticleSchema.safeParse(JSON.parse(readFileSync(file, 'utf8')));
    const gold = parsed.data!;
    const articleFile = parsed.success ? articleFiles.get(gold.article) : undefined;
    const text = articleFile === undefined ? '' : readFileSync(articleFile, 'utf8');

    it('is valid against the gold schema', () => {
      expect(parsed.success ? [] : parsed.error.issues).toEqual([]);
    });

    it('annotates an article that exists, under the same name', () => {
      expect(articleFile).toBeDefined();
      expect(path.basename(file, '.gold.json')).toBe(gold.article.replace(/\.[^.]+$/, ''));
    });

    it('names only ids the knowledge base has', () => {
      expect(idsNamedBy(gold).filter((id) => knowledge.entity(id) === undefined)).toEqual([]);
    });

    it('names each person by a spelling the article uses', () => {
      const normalizedText = normalizeName(text);
      const absent = gold.persons.filter(
        (person) => ![person.name, ...person.aliases].some((name) => normalizedText.includes(normalizeName(name))),
      );
      expect(absent.map((person) => person.name)).toEqual([]);
    });

    it('forbids only text the article contains, so the clutter check can fail', () => {
      const squeezed = text.replace(/\s+/g, ' ');
      expect(gold.mustNotContain.filter((forbidden) => !squeezed.includes(forbidden.replace(/\s+/g, ' ')))).toEqual([]);
    });
  });
});
