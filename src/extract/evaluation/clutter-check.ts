import type { Evidence, ExtractionResult } from '../contract/extraction-result.ts';

export interface ClutterViolation {
  /** The forbidden text of the gold's mustNotContain. */
  text: string;
  /** Which fact cited it: "entity person:x", "event e1" ... */
  fact: string;
  sentence: string;
}

function evidenceOfEveryFact(result: ExtractionResult): Array<{ fact: string; evidence: Evidence }> {
  return [
    ...result.entities.flatMap((entity) => entity.mentions.map((evidence) => ({ fact: `entity ${entity.id}`, evidence }))),
    ...result.offices.map((office) => ({ fact: `office of ${office.personId}`, evidence: office.evidence })),
    ...result.events.flatMap((event) => event.evidence.map((evidence) => ({ fact: `event ${event.id}`, evidence }))),
    ...result.agreements.flatMap((agreement) => agreement.evidence.map((evidence) => ({ fact: `agreement ${agreement.id}`, evidence }))),
    ...result.relations.map((relation) => ({
      fact: `relation ${relation.kind} ${relation.subjectId} ${relation.objectId}`,
      evidence: relation.evidence,
    })),
    ...result.figures.map((figure) => ({ fact: `figure ${figure.kind}`, evidence: figure.evidence })),
  ];
}

/** Every fact whose evidence contains page clutter the gold names; whitespace runs count as one space. */
export function findClutter(result: ExtractionResult, mustNotContain: readonly string[]): ClutterViolation[] {
  const squeeze = (text: string) => text.replace(/\s+/g, ' ');
  const forbidden = mustNotContain.map((text) => ({ text, squeezed: squeeze(text) }));
  return evidenceOfEveryFact(result).flatMap(({ fact, evidence }) => {
    const sentence = squeeze(evidence.sentence);
    return forbidden.filter(({ squeezed }) => sentence.includes(squeezed)).map(({ text }) => ({ text, fact, sentence: evidence.sentence }));
  });
}
