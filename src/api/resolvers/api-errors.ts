import { GraphQLError } from 'graphql';
import { MAX_QUOTED_INPUT_CHARACTERS } from '../../config/config.ts';

/** Error codes a client can act on; the message says what was wrong and what to send instead. */
export type ApiErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'EXTRACTION_FAILED';

export function apiError(code: ApiErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

/** A client's input as an error message quotes it: at most a short prefix, so an error never echoes a flood. */
export function quotedInput(value: string): string {
  const shown =
    value.length > MAX_QUOTED_INPUT_CHARACTERS
      ? `${value.slice(0, MAX_QUOTED_INPUT_CHARACTERS)}… (${value.length.toLocaleString('en')} characters)`
      : value;
  return JSON.stringify(shown);
}

/** A whole number within bounds, or a BAD_USER_INPUT error naming the argument and the bounds. */
export function boundedInt(name: string, value: number | null | undefined, fallback: number, min: number, max: number): number {
  const chosen = value ?? fallback;
  if (!Number.isInteger(chosen) || chosen < min || chosen > max) {
    throw apiError('BAD_USER_INPUT', `Argument "${name}" must be a whole number from ${min} to ${max}; got ${chosen}.`, name);
  }
  return chosen;
}

/**
 * A date range's ends (the Date scalar has checked each is a calendar date, YYYY-MM-DD), or a
 * BAD_USER_INPUT error when the range is empty. `prefix` names the arguments' input object ("filter.").
 */
export function checkedDateRange(
  from: string | null | undefined,
  to: string | null | undefined,
  prefix: string,
): { from: string | null; to: string | null } {
  if (from && to && from > to)
    throw apiError(
      'BAD_USER_INPUT',
      `${prefix}from (${from}) is after ${prefix}to (${to}): give from on or before to.`,
      prefix === '' ? 'from' : prefix.replace(/\.$/, ''),
    );
  return { from: from ?? null, to: to ?? null };
}
