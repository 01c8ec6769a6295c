/**
 * Worker-thread entry: extracts articles for ingestArticle off the API's event loop. It loads the
 * extractor and the knowledge base once, then answers one message per article. An ArticleInputError
 * (the client's input is not an article) travels back as data, since errors lose their class when
 * they cross threads.
 */
import { parentPort } from 'node:worker_threads';
import { extractArticle } from '../../extract/extract-article.ts';
import { ArticleInputError } from '../../extract/input/article-input-error.ts';
import { loadKnowledgeBase } from '../../knowledge/load-knowledge.ts';
import type { ExtractionReply, ExtractionRequest } from './extraction-messages.ts';

const knowledge = loadKnowledgeBase();

parentPort?.on('message', (request: ExtractionRequest) => {
  let reply: ExtractionReply;
  try {
    reply = { id: request.id, kind: 'result', result: extractArticle(request.input, knowledge) };
  } catch (error) {
    reply =
      error instanceof ArticleInputError
        ? { id: request.id, kind: 'input-error', problem: error.problem, sourceName: error.sourceName, message: error.message }
        : { id: request.id, kind: 'failure', message: error instanceof Error ? error.message : String(error) };
  }
  parentPort?.postMessage(reply);
});
