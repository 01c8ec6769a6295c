import { EnvelopArmor } from '@escape.tech/graphql-armor';
import { GraphQLError, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { ApiLimits } from '../../config/config.ts';

/** One limit, as the client is told of it: its own code, the setting that holds it, what to do instead. */
interface LimitAnswer {
  code: string;
  setting: string;
  advice: string;
}

const ANSWERS = {
  depth: {
    code: 'QUERY_TOO_DEEP',
    setting: 'API_MAX_DEPTH',
    advice: 'Ask for fewer nested levels, or follow a nested list with a second query by id.',
  },
  cost: { code: 'QUERY_TOO_COSTLY', setting: 'API_MAX_COST', advice: 'Ask for smaller pages (first:) or fewer nested lists.' },
  aliases: { code: 'TOO_MANY_ALIASES', setting: 'API_MAX_ALIASES', advice: 'Send fewer aliased fields per request, or several requests.' },
  tokens: {
    code: 'QUERY_TOO_LONG',
    setting: 'API_MAX_TOKENS',
    advice: 'Send a shorter query: pass values as variables, split it into several requests.',
  },
  directives: { code: 'TOO_MANY_DIRECTIVES', setting: 'at most 30', advice: 'Send fewer directives.' },
} as const satisfies Record<string, LimitAnswer>;

/**
 * graphql-armor words every refusal as "Syntax Error: …". Each limit answers instead with a code of its
 * own, naming the limit, the setting that holds it and what to send instead, and with the status
 * GraphQL over HTTP gives a request error (as yoga does for parse and validation errors).
 */
function rejectAs(answer: LimitAnswer): {
  onReject: Array<(context: ValidationContext | null, error: GraphQLError) => void>;
  propagateOnRejection: false;
} {
  return {
    propagateOnRejection: false,
    onReject: [
      (_context, error) => {
        const what = error.message.replace(/^Syntax Error:\s*/, '');
        // spec: GraphQL over HTTP's status for a request error, 400 to clients that accept
        // application/graphql-response+json, 200 to those that read plain application/json.
        throw new GraphQLError(`${what.replace(/\.$/, '')} (${answer.setting}). ${answer.advice}`, {
          extensions: { code: answer.code, http: { spec: true, status: 400 } },
        });
      },
    ],
  };
}

/**
 * Rejects operations too deep, too costly, with too many aliases or tokens, before any resolver runs,
 * and hides "did you mean" field suggestions from clients. Limits come from config (API_MAX_*).
 */
export function queryLimitPlugins(limits: ApiLimits): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true, ...rejectAs(ANSWERS.depth) },
    costLimit: { maxCost: limits.maxCost, ...rejectAs(ANSWERS.cost) },
    maxAliases: { n: limits.maxAliases, ...rejectAs(ANSWERS.aliases) },
    maxTokens: { n: limits.maxTokens, ...rejectAs(ANSWERS.tokens) },
    maxDirectives: { n: 30, ...rejectAs(ANSWERS.directives) },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}
