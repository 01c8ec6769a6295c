import { removeArticle } from '../../graph/load/remove-article.ts';
import type { MutationResolvers } from '../generated/resolvers-types.ts';
import { ingestArticle } from '../ingest/ingest-article.ts';

/** Writes go through the graph layer's write transactions; the access plugin has checked the key. */
export const mutationResolvers: MutationResolvers = {
  ingestArticle: (_parent, { input }, context) => ingestArticle(input, context),
  removeArticle: async (_parent, { id }, context) => {
    const outcome = await removeArticle(context.driver, context.database, id);
    context.logger.info(outcome.found ? 'article removed' : 'article to remove not found', { articleId: id, ...outcome.counters });
    return {
      articleId: id,
      removed: outcome.found,
      nodesDeleted: outcome.counters.nodesDeleted,
      relationshipsDeleted: outcome.counters.relationshipsDeleted,
    };
  },
};
