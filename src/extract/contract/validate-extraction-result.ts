import { z } from 'zod';
import { extractionResultSchema, type Evidence, type ExtractionResult } from './extraction-result.ts';

/**
 * The schema with zod's generated fast path (z.compile): a valid result is checked by generated code, an
 * invalid one falls back to the ordinary parser, so the verdict and the issues are the ones the schema
 * gives. The schema parse of every extracted article was 5.4% of the whole pipeline's time; compiled,
 * parsing the sample results takes 0.006 instead of 0.066 ms, and the whole pipeline over the sample
 * articles went from 3.746 to 3.486 ms CPU/article (pinned, in-process A/B). `strict` makes a schema
 * the fast path cannot model fail here, at load, instead of silently keeping the slow path.
 */
const compiledSchema = z.compile(extractionResultSchema, { strict: true });

/**
 * Checks what the JSON Schema cannot: every evidence points at its sentence in the article text, and
 * every id a fact refers to is an entity (or event) of the same result. Returns the problems found;
 * an empty list means the result keeps the contract.
 */
export function findContractViolations(candidate: unknown): string[] {
  return checkContract(candidate).problems;
}

/** The result typed, or an error listing every violation. */
export function assertExtractionResult(candidate: unknown): ExtractionResult {
  const { result, problems } = checkContract(candidate);
  if (result === undefined || problems.length > 0) {
    throw new Error(`The extraction result breaks its contract:\n- ${problems.join('\n- ')}`);
  }
  return result;
}

/** One schema parse serves both the shape check and the typed result (parsing is most of the cost). */
function checkContract(candidate: unknown): { result?: ExtractionResult; problems: string[] } {
  const parsed = compiledSchema.safeParse(candidate);
  if (!parsed.success) {
    return { problems: parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`) };
  }
  const result = parsed.data;
  const problems: string[] = [];
  const entityIds = new Set(result.entities.map((entity) => entity.id));
  const eventIds = new Set(result.events.map((event) => event.id));

  const checkEvidence = (where: string, evidence: Evidence): void => {
    if (result.article.text.slice(evidence.start, evidence.end) !== evidence.sentence) {
      problems.push(`${where}: evidence offsets ${evidence.start}-${evidence.end} do not point at its sentence`);
    }
  };
  const checkEntity = (where: string, entityId: string | undefined): void => {
    if (entityId !== undefined && !entityIds.has(entityId)) problems.push(`${where}: ${entityId} is not among the entities`);
  };

  result.entities.forEach((entity, index) => {
    entity.mentions.forEach((mention, mentionIndex) => checkEvidence(`entities.${index}.mentions.${mentionIndex}`, mention));
    checkEntity(`entities.${index}.countryId`, entity.countryId);
  });
  result.offices.forEach((office, index) => {
    checkEvidence(`offices.${index}`, office.evidence);
    for (const entityId of [office.personId, office.countryId, office.organizationId]) checkEntity(`offices.${index}`, entityId);
  });
  result.events.forEach((event, index) => {
    event.evidence.forEach((evidence, evidenceIndex) => checkEvidence(`events.${index}.evidence.${evidenceIndex}`, evidence));
    for (const entityId of [event.placeId, ...event.participantIds, ...event.topicIds]) checkEntity(`events.${index}`, entityId);
  });
  result.agreements.forEach((agreement, index) => {
    agreement.evidence.forEach((evidence, evidenceIndex) => checkEvidence(`agreements.${index}.evidence.${evidenceIndex}`, evidence));
    for (const entityId of [...agreement.partyIds, ...agreement.topicIds]) checkEntity(`agreements.${index}`, entityId);
    if (agreement.eventId !== undefined && !eventIds.has(agreement.eventId)) {
      problems.push(`agreements.${index}.eventId: ${agreement.eventId} is not among the events`);
    }
  });
  result.relations.forEach((relation, index) => {
    checkEvidence(`relations.${index}`, relation.evidence);
    for (const entityId of [relation.subjectId, relation.objectId]) checkEntity(`relations.${index}`, entityId);
  });
  result.figures.forEach((figure, index) => {
    checkEvidence(`figures.${index}`, figure.evidence);
    for (const entityId of figure.subjectIds) checkEntity(`figures.${index}`, entityId);
  });
  return { result, problems };
}
