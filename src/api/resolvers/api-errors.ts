import { GraphQLError } from 'graphql';
import { MAX_QUOTED_INPUT_CHARACTERS } from '../../config/config.ts';

/** Error codes a client can act on; the message says what was wrong and what to send instead. */
export type ApiErrorCode = 'NOT_FOUND' | 'BAD_USER_INPUT' | 'EXTRACTION_FAILED';

export function apiError(code: ApiErrorCode, message: string, field?: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...(field ? { field } : {}) } });
}

/** A client's input as an error message quotes it: at most a short prefix, so an error never echoes a flood. */
export function quotedInput(value: string): string {
  const shown = value.length > MAX_QUOTED_INPUT_CHARACTERS ? `${value.slice(0, MAX_QUOTED_INPUT_CHARACTERS)}… (${value.length.toLocaleString('en')} characters)` : value;
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

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A YYYY-MM-DD date, or a BAD_USER_INPUT error naming the argument and the form expected. */
export function checkedDate(name: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!ISO_DATE.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
    throw apiError('BAD_USER_INPUT', `Argument "${name}" must be a date as YYYY-MM-DD, such as 2022-05-10; got ${quotedInput(value)}.`, name);
  }
  return value;
}
