import { z } from 'zod';
import { parsePartialDate } from './dates';

/**
 * Codecs from CSV cells (always strings) to typed values. Each failure message says what
 * was expected, because it is printed beside the offending value for a human editor.
 */

/** Longer than any summary or note has reason to be; a 10 MB cell is a broken file. */
export const maxTextLength = 5000;

export const requiredText = z
  .string()
  .min(1, { error: 'expected a value; this column is required' })
  .max(maxTextLength, { error: `expected at most ${maxTextLength} characters` });

/** An empty cell means "not known" and becomes null; anything else must pass `codec`. */
export function optional<T extends z.ZodType<unknown, string>>(codec: T) {
  return z.string().transform((cell, ctx): z.output<T> | null => {
    if (cell === '') return null;
    const result = codec.safeParse(cell);
    if (result.success) return result.data;
    for (const issue of result.error.issues)
      ctx.addIssue({ code: 'custom', message: issue.message });
    return z.NEVER;
  });
}

export const slug = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, {
  error: 'expected an id of lower-case letters, digits and hyphens (e.g. 2018-03-26-us-expels-60)',
});

export const countryCode = z
  .string()
  .regex(/^[A-Z]{2}$/, { error: 'expected a two-letter country code in capitals (e.g. US, RU)' });

export const wholeNumber = z
  .string()
  .regex(/^\d+$/, { error: 'expected a whole number ≥ 0 (digits only, no separators)' })
  .transform(Number)
  .refine(Number.isSafeInteger, { error: 'expected a whole number small enough to store' });

export const yesNo = z
  .enum(['true', 'false'], { error: 'expected true or false' })
  .transform((v) => v === 'true');

/** Decimal degrees within ±`limit` (90 for latitude, 180 for longitude), as maps give them. */
export function degrees(limit: number) {
  return z
    .string()
    .regex(/^-?\d{1,3}(\.\d{1,6})?$/, { error: 'expected decimal degrees such as 55.7558' })
    .transform(Number)
    .refine((value) => Math.abs(value) <= limit, {
      error: `expected decimal degrees between -${limit} and ${limit}`,
    });
}

export const partialDate = z.string().transform((text, ctx) => {
  const parsed = parsePartialDate(text);
  if (parsed) return parsed;
  ctx.addIssue({ code: 'custom', message: 'expected a real date as YYYY, YYYY-MM or YYYY-MM-DD' });
  return z.NEVER;
});

export const httpUrl = z
  .string()
  .regex(/^https?:\/\/\S+$/, { error: 'expected a web address starting with http:// or https://' });

/** Staff of one country are counted in another: a row's host must differ from its sender. */
export const hostOtherThanSending = [
  (row: { sending_country: string; host_country: string }) =>
    row.sending_country !== row.host_country,
  { path: ['host_country'], error: 'expected a country other than the sending country' },
] satisfies [unknown, { path: PropertyKey[]; error: string }];

export function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: `expected one of: ${values.join(', ')}` });
}

/**
 * How an editor fills a column in the admin form. `choices` lists the values a select
 * offers; `countries` and `sources` are the ones in the database.
 */
export type ColumnForm = {
  label: string;
  hint?: string;
  input?: 'text' | 'number' | 'select' | 'checkbox' | 'textarea';
  choices?: readonly string[] | 'countries' | 'sources';
};

/** The admin form of each column, kept beside the codec that checks it. */
export const columnForms = z.registry<ColumnForm>();

/** A column: its codec, and how the admin form asks for it. */
export function column<T extends z.ZodType>(codec: T, form: ColumnForm): T {
  const own = codec.clone();
  columnForms.add(own, form);
  return own as T;
}
