/** One thing wrong with the knowledge base, located precisely enough to fix it without searching. */
export interface KnowledgeProblem {
  /** The data file, relative to the knowledge folder, such as countries.json. */
  readonly file: string;
  /** The record's id when it has one, else its position (#12), or "(file)" for the file as a whole. */
  readonly record: string;
  /** The field inside the record, such as names.en[0] or offices[1].countryId. */
  readonly field: string;
  /** What the field should hold. */
  readonly expected: string;
}

export function describeProblem(problem: KnowledgeProblem): string {
  return `${problem.file}, record ${problem.record}, field ${problem.field}: expected ${problem.expected}`;
}

/** Every problem found in one load, so that a broken edit shows all its consequences at once. */
export class KnowledgeBaseError extends Error {
  readonly problems: readonly KnowledgeProblem[];

  constructor(directory: string, problems: readonly KnowledgeProblem[]) {
    super(
      `The knowledge base in ${directory} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n- ` +
        problems.map(describeProblem).join('\n- '),
    );
    this.name = 'KnowledgeBaseError';
    this.problems = problems;
  }
}
