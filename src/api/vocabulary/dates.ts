/**
 * The API's dates. `Date` and `DateTime` are graphql-scalars' scalars: `Date` checks a calendar date
 * (2022-02-30 is refused) but stays its text inside, YYYY-MM-DD, which is what the graph's date keys and
 * Cypher's date() compare; a JavaScript Date would bring a time zone into a calendar day. Facts dated
 * only in part ("in May 2022", "on 10 May") are PartialDate objects.
 */
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { GraphQLDate, GraphQLDateTime } from 'graphql-scalars';
import type { DatePrecision, PartialDate } from '../generated/resolvers-types.ts';

const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A calendar date as YYYY-MM-DD, or an error saying what was sent and what to send instead. */
function checkedDate(value: unknown): string {
  const shown = typeof value === 'string' ? JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value) : String(value);
  let valid = typeof value === 'string' && FULL_DATE.test(value);
  if (valid) {
    try {
      GraphQLDate.parseValue(value);
    } catch {
      valid = false;
    }
  }
  if (!valid)
    throw new GraphQLError(`Date must be a calendar date as YYYY-MM-DD, such as 2022-05-10; got ${shown}.`, {
      extensions: { code: 'BAD_USER_INPUT' },
    });
  return value as string;
}

export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: GraphQLDate.description,
  specifiedByURL: GraphQLDate.specifiedByURL,
  serialize: (value) => checkedDate(value),
  parseValue: (value) => checkedDate(value),
  parseLiteral: (ast) => {
    if (ast.kind !== Kind.STRING)
      throw new GraphQLError(
        `Date must be a string as YYYY-MM-DD, such as "2022-05-10"; got a ${ast.kind.toLowerCase().replace('value', '')} value.`,
        { nodes: ast, extensions: { code: 'BAD_USER_INPUT' } },
      );
    return checkedDate(ast.value);
  },
});

export const DateTimeScalar = GraphQLDateTime;

/** The forms of ISO 8601 a partial date takes, with what each states. */
const PARTIAL_FORMS: ReadonlyArray<{ form: RegExp; precision: DatePrecision }> = [
  { form: /^(\d{4})-(\d{2})-(\d{2})$/, precision: 'DAY' },
  { form: /^(\d{4})-(\d{2})$/, precision: 'MONTH' },
  { form: /^(\d{4})$/, precision: 'YEAR' },
  { form: /^--(\d{2})-(\d{2})$/, precision: 'MONTH_DAY' },
];

/**
 * A stored date as a PartialDate: a day (a Neo4j date's text, 2022-05-10) or the ISO text of a date
 * stated in part (2022-05, 2022, --05-10). Anything else is null: the field is "not known", never a guess.
 */
export function partialDate(stored: unknown): PartialDate | null {
  if (typeof stored !== 'string') return null;
  for (const { form, precision } of PARTIAL_FORMS) {
    const match = form.exec(stored);
    if (!match) continue;
    const [first, second, third] = match.slice(1).map(Number);
    if (precision === 'MONTH_DAY') return { iso: stored, precision, year: null, month: first!, day: second! };
    return { iso: stored, precision, year: first!, month: second ?? null, day: third ?? null };
  }
  return null;
}
