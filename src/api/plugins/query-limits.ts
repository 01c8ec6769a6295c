import { EnvelopArmor } from '@escape.tech/graphql-armor';
import type { Plugin } from 'graphql-yoga';
import type { ApiLimits } from '../../config/config.ts';

/**
 * Rejects operations too deep, too costly, with too many aliases or tokens, before any resolver runs,
 * and hides "did you mean" field suggestions from clients. Limits come from config (API_MAX_*).
 */
export function queryLimitPlugins(limits: ApiLimits): Plugin[] {
  const armor = new EnvelopArmor({
    maxDepth: { n: limits.maxDepth, flattenFragments: true },
    costLimit: { maxCost: limits.maxCost },
    maxAliases: { n: limits.maxAliases },
    maxTokens: { n: limits.maxTokens },
    maxDirectives: { n: 30 },
    blockFieldSuggestion: { enabled: true },
  });
  return armor.protect().plugins as Plugin[];
}
