import {
  eventKinds,
  headcountBounds,
  headcountCoverages,
  headcountScopes,
  supportLevels,
} from '@/lib/dataset/vocabulary';
import type { Field } from './RecordForm';

const choices = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const dateHint = 'YYYY, YYYY-MM or YYYY-MM-DD: as precisely as the source says';

const supportField: Field = {
  name: 'support',
  label: 'Support',
  type: 'select',
  options: choices(supportLevels),
  required: true,
  hint: 'corroborated only with two independent sources; article_only when the source is the article',
};

/** The editor forms' fields: the columns of the CSV files (data/README.md is the codebook). */
export function observationFields(
  countries: string[],
  sources: { id: string; title: string }[],
): Field[] {
  return [
    { name: 'id', label: 'Id', required: true, hint: 'e.g. 2025-07-us-ru-total-staff' },
    { name: 'observed_on', label: 'Observed on', required: true, hint: dateHint },
    {
      name: 'sending_country',
      label: 'Whose staff',
      type: 'select',
      options: choices(countries),
      required: true,
    },
    {
      name: 'host_country',
      label: 'Where',
      type: 'select',
      options: choices(countries),
      required: true,
    },
    { name: 'count', label: 'Count', type: 'number', required: true },
    {
      name: 'bound',
      label: 'Bound',
      type: 'select',
      options: choices(headcountBounds),
      required: true,
    },
    {
      name: 'scope',
      label: 'What is counted',
      type: 'select',
      options: choices(headcountScopes),
      required: true,
    },
    {
      name: 'coverage',
      label: 'Posts covered',
      type: 'select',
      options: choices(headcountCoverages),
      required: true,
    },
    {
      name: 'includes_un_mission',
      label: 'Includes the UN mission',
      type: 'select',
      options: choices(['true', 'false']),
    },
    { name: 'is_estimate', label: 'An estimate', type: 'checkbox' },
    { name: 'note', label: 'Note', type: 'textarea' },
    {
      name: 'source_id',
      label: 'Source',
      type: 'select',
      options: sources.map((s) => ({ value: s.id, label: s.title })),
      required: true,
    },
    supportField,
  ];
}

export function eventFields(
  countries: string[],
  sources: { id: string; title: string }[],
): Field[] {
  return [
    { name: 'id', label: 'Id', required: true, hint: 'e.g. 2025-07-01-us-readmits-staff' },
    { name: 'occurred_on', label: 'Occurred on', required: true, hint: dateHint },
    { name: 'date_note', label: 'Date note' },
    {
      name: 'actor_country',
      label: 'Acting country',
      type: 'select',
      options: choices(countries),
      required: true,
    },
    {
      name: 'target_country',
      label: 'Aimed at',
      type: 'select',
      options: choices(countries),
      required: true,
    },
    { name: 'is_joint', label: 'Joint act of both', type: 'checkbox' },
    { name: 'kind', label: 'Kind', type: 'select', options: choices(eventKinds), required: true },
    { name: 'people_affected', label: 'People affected', type: 'number' },
    { name: 'people_note', label: 'People note' },
    { name: 'facilities', label: 'Facilities' },
    { name: 'facilities_closed', label: 'Facilities closed', type: 'number' },
    { name: 'summary', label: 'Summary', type: 'textarea', required: true },
    { name: 'reason', label: 'Stated reason' },
    { name: 'responds_to', label: 'Answers event (id)' },
    supportField,
    {
      name: 'source_ids',
      label: 'Source',
      type: 'select',
      options: sources.map((s) => ({ value: s.id, label: s.title })),
      required: true,
    },
  ];
}

export const sourceFields: Field[] = [
  { name: 'id', label: 'Id', required: true, hint: 'e.g. reuters-2025-07-talks' },
  { name: 'title', label: 'Headline', required: true },
  { name: 'publisher', label: 'Publisher', required: true },
  { name: 'url', label: 'Address (https://…)' },
  { name: 'published_on', label: 'Published on', hint: dateHint },
];
