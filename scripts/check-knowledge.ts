/**
 * `npm run check:knowledge`: loads the knowledge base (the loader checks every file's shape, every
 * reference and every name clash) and then the person base (a source for every record, no overlapping
 * terms of a single-holder office). Prints what it found and exits 1 on any problem. The unit test
 * person-base.spec.ts runs the same checks in `npm test`.
 */
import { loadKnowledgeBase } from '../src/knowledge/load-knowledge.ts';
import { checkPersonBase } from '../src/knowledge/office-terms.ts';

let knowledge;
try {
  knowledge = loadKnowledgeBase();
} catch (error) {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
}
const problems = checkPersonBase(knowledge);
const withOffices = knowledge.persons.filter((person) => (person.offices ?? []).length > 0).length;
process.stdout.write(
  `knowledge base ${knowledge.version} (facts as of ${knowledge.asOf}): ${knowledge.persons.length} persons, ${withOffices} with offices; ` +
    `${knowledge.countries.length} countries, ${knowledge.organizations.length} organizations\n`,
);
for (const problem of problems) process.stdout.write(`- ${problem.personId}: ${problem.message}\n`);
process.stdout.write(problems.length === 0 ? 'no problems\n' : `${problems.length} problem(s): fix them in data/knowledge/persons.json\n`);
process.exit(problems.length === 0 ? 0 : 1);
