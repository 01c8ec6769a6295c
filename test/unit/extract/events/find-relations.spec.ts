import { describe, expect, it } from '@jest/globals';
import { loadEventLexicon } from '../../../../src/extract/events/event-lexicon.ts';
import { findRelations } from '../../../../src/extract/events/find-relations.ts';
import { describeSentences } from '../../../../src/extract/events/sentence-facts.ts';
import { markedArticle } from '../../../support/marked-article.ts';

const lexicon = loadEventLexicon();

function relationsOf(sentences: string[]) {
  const { article, entities } = markedArticle(sentences);
  const facts = describeSentences(article, entities, lexicon, () => []);
  return findRelations(facts, lexicon, (id) => id.startsWith('org:')).map(({ kind, subjectId, objectId }) => ({
    kind,
    subjectId,
    objectId,
  }));
}

describe('relations between countries and organizations', () => {
  it('ties the country between the relation word and the organization, not another country of the sentence', () => {
    expect(
      relationsOf([
        'Appreciation for support on the accession of the [[Republic of Belarus|country:by]] to the [[SCO|org:sco]] was expressed to the [[Kazakh|country:kz|form=adjective]] side.',
      ]),
    ).toEqual([{ kind: 'accession', subjectId: 'country:by', objectId: 'org:sco' }]);
  });

  it('reads a status stated after the country', () => {
    expect(relationsOf(['[[Mongolia|country:mn]], an observer state of the [[SCO|org:sco]], sent a delegation.'])).toEqual([
      { kind: 'observer_of', subjectId: 'country:mn', objectId: 'org:sco' },
    ]);
  });

  it('prefers the specific status to plain membership and reads Russian words', () => {
    expect(relationsOf(['[[Азербайджан|country:az]] получил статус наблюдателя в [[ОДКБ|org:csto]].'])).toEqual([
      { kind: 'observer_of', subjectId: 'country:az', objectId: 'org:csto' },
    ]);
  });

  it('reads an observer named after the organization, and observer states in the plural', () => {
    expect(
      relationsOf([
        'Cooperation within the [[SCO|org:sco]], where [[Mongolia|country:mn]] has been an observer since 2004, was discussed.',
      ]),
    ).toEqual([{ kind: 'observer_of', subjectId: 'country:mn', objectId: 'org:sco' }]);
    expect(relationsOf(['[[Hungary|country:hu]] and [[Turkmenistan|country:tm]] came as observer states of the [[OTS|org:ots]].'])).toEqual(
      [
        { kind: 'observer_of', subjectId: 'country:hu', objectId: 'org:ots' },
        { kind: 'observer_of', subjectId: 'country:tm', objectId: 'org:ots' },
      ],
    );
  });

  it('takes "became a member" for accession', () => {
    expect(relationsOf(['[[Uzbekistan|country:uz]] became a member of the [[CSTO|org:csto]] in 2006.'])).toEqual([
      { kind: 'accession', subjectId: 'country:uz', objectId: 'org:csto' },
    ]);
  });

  it('yields nothing without a relation word', () => {
    expect(relationsOf(['[[Kazakhstan|country:kz]] hosted the [[SCO|org:sco]] summit.'])).toEqual([]);
  });
});
