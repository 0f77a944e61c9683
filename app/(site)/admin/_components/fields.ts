import type { z } from 'zod';
import { eventRow, facilityRow, headcountRow, sourceRow } from '@/lib/dataset/editor-rows';
import { columnForms } from '@/lib/dataset/fields';
import type { Field } from './RecordForm';

type SourceChoice = { id: string; title: string };
type Lists = { countries: string[]; sources: SourceChoice[] };

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));

function optionsOf(form: { choices?: readonly string[] | 'countries' | 'sources' }, lists: Lists) {
  if (form.choices === 'countries') return choices(lists.countries);
  if (form.choices === 'sources')
    return lists.sources.map((s) => ({ value: s.id, label: s.title }));
  return form.choices && choices(form.choices);
}

/**
 * The form fields of a row's columns, in file order, from the form each column declares
 * (lib/dataset/editor-rows.ts). A column is required when an empty cell is refused; a
 * checkbox never is, since an unticked box is a value too.
 */
function fieldsOf(shape: Record<string, z.ZodType>, lists: Lists): Field[] {
  return Object.entries(shape).map(([name, codec]) => {
    const form = columnForms.get(codec);
    if (!form) throw new Error(`column ${name} has no form (lib/dataset/editor-rows.ts)`);
    const options = optionsOf(form, lists);
    const type =
      form.input ?? (form.choices === 'sources' ? 'source' : options ? 'select' : 'text');
    return {
      name,
      label: form.label,
      ...(type === 'text' ? {} : { type }),
      ...(options ? { options } : {}),
      ...(type !== 'checkbox' && !codec.safeParse('').success ? { required: true } : {}),
      ...(form.hint ? { hint: form.hint } : {}),
    };
  });
}

/** The editor forms' fields: the columns of the CSV files (data/README.md is the codebook). */
export function observationFields(countries: string[], sources: SourceChoice[]): Field[] {
  return fieldsOf(headcountRow.in.shape, { countries, sources });
}

/** An event's columns, and its source, which the API takes as the list `source_ids`. */
export function eventFields(countries: string[], sources: SourceChoice[]): Field[] {
  return [
    ...fieldsOf(eventRow.in.shape, { countries, sources }),
    {
      name: 'source_ids',
      label: 'Source',
      type: 'source',
      options: optionsOf({ choices: 'sources' }, { countries, sources }),
      required: true,
    },
  ];
}

/** A post or property: its dates each with their own source. */
export function facilityFields(countries: string[], sources: SourceChoice[]): Field[] {
  return fieldsOf(facilityRow.in.shape, { countries, sources });
}

export const sourceFields: Field[] = fieldsOf(sourceRow.in.shape, { countries: [], sources: [] });
