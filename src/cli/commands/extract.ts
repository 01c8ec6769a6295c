import { loadKnowledgeBase } from '../../knowledge/load-knowledge.ts';
import { collectInputs } from '../load/collect-inputs.ts';
import { ARTICLE_EXTENSIONS, extractionFromInput } from '../load/extraction-from-input.ts';
import { InputRejected, readInput } from '../load/read-input.ts';
import { UsageError } from '../usage-error.ts';

/**
 * `diplograph extract [--pretty] <file|folder|->...`: one JSON extraction result per article on standard
 * output (JSON Lines; indented with --pretty), each bad input reported on standard error while the
 * others go on; exits 1 when any input failed. Needs no database.
 */
export async function extractCommand(args: string[]): Promise<number> {
  const pretty = args.includes('--pretty');
  const paths = args.filter((arg) => arg !== '--pretty');
  const unknownOption = paths.find((arg) => arg.startsWith('--'));
  if (unknownOption !== undefined)
    throw new UsageError(`extract does not know the option ${unknownOption}; it takes --pretty and files, folders or -`);
  if (paths.length === 0) throw new UsageError('extract needs files, folders or - (standard input), such as: extract articles/ page.html');

  const { inputs, problems } = await collectInputs(paths, ARTICLE_EXTENSIONS);
  const knowledge = loadKnowledgeBase();
  let failed = problems.length;
  for (const problem of problems) process.stderr.write(`diplograph extract: ${problem.name}: ${problem.message}\n`);
  for (const input of inputs) {
    try {
      const result = extractionFromInput(input, await readInput(input), knowledge);
      process.stdout.write(`${JSON.stringify(result, null, pretty ? 2 : undefined)}\n`);
    } catch (error) {
      if (!(error instanceof InputRejected)) throw error;
      failed += 1;
      process.stderr.write(`diplograph extract: ${input.name}: ${error.message}\n`);
    }
  }
  return failed === 0 ? 0 : 1;
}
