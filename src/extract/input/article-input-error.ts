/** What is wrong with an article's input; each kind has its own advice in the message. */
export type ArticleInputProblem = 'binary' | 'encoding' | 'empty' | 'too-large' | 'front-matter' | 'no-article-text';

/** An article that cannot be read as text. The message says what was wrong and what to do. */
export class ArticleInputError extends Error {
  readonly problem: ArticleInputProblem;
  readonly sourceName: string | undefined;

  constructor(problem: ArticleInputProblem, sourceName: string | undefined, message: string) {
    super(`${sourceName ? `${sourceName}: ` : ''}${message}`);
    this.name = 'ArticleInputError';
    this.problem = problem;
    this.sourceName = sourceName;
  }
}
