import { z } from 'zod';
import {
  column,
  countryCode,
  hostOtherThanSending,
  httpUrl,
  oneOf,
  optional,
  partialDate,
  requiredText,
  slug,
  wholeNumber,
  yesNo,
  degrees,
} from './fields';
import {
  eventKinds,
  facilityKinds,
  headcountBounds,
  headcountCoverages,
  headcountScopes,
  supportLevels,
} from './vocabulary';

/**
 * The rows editors write, in the files and through the admin forms and the editor API:
 * each column's codec and how the form asks for it, in one place. data/README.md is the
 * codebook for the same columns.
 */

const dateHint = 'YYYY, YYYY-MM or YYYY-MM-DD: as precisely as the source says';

const supportColumn = column(oneOf(supportLevels), {
  label: 'Support',
  choices: supportLevels,
  hint: 'corroborated only with two independent sources; article_only when the source is the article',
});

export const sourceRow = z
  .object({
    id: column(slug, { label: 'Id', hint: 'e.g. reuters-2025-07-talks' }),
    title: column(requiredText, { label: 'Headline' }),
    publisher: column(requiredText, { label: 'Publisher' }),
    url: column(optional(httpUrl), { label: 'Address (https://…)' }),
    published_on: column(optional(partialDate), { label: 'Published on', hint: dateHint }),
  })
  .transform(({ published_on, ...rest }) => ({
    ...rest,
    publishedOn: published_on?.date ?? null,
    publishedPrecision: published_on?.precision ?? null,
  }));

export const eventRow = z
  .object({
    id: column(slug, { label: 'Id', hint: 'e.g. 2025-07-01-us-readmits-staff' }),
    occurred_on: column(partialDate, { label: 'Occurred on', hint: dateHint }),
    date_note: column(optional(requiredText), { label: 'Date note' }),
    actor_country: column(countryCode, { label: 'Acting country', choices: 'countries' }),
    target_country: column(countryCode, { label: 'Aimed at', choices: 'countries' }),
    is_joint: column(yesNo, { label: 'Joint act of both', input: 'checkbox' }),
    kind: column(oneOf(eventKinds), { label: 'Kind', choices: eventKinds }),
    people_affected: column(optional(wholeNumber), { label: 'People affected', input: 'number' }),
    people_note: column(optional(requiredText), { label: 'People note' }),
    facilities: column(optional(requiredText), { label: 'Facilities' }),
    facilities_closed: column(optional(wholeNumber), {
      label: 'Facilities closed',
      input: 'number',
    }),
    summary: column(requiredText, { label: 'Summary', input: 'textarea' }),
    reason: column(optional(requiredText), { label: 'Stated reason' }),
    responds_to: column(optional(slug), { label: 'Answers event (id)' }),
    support: supportColumn,
  })
  .refine((row) => row.actor_country !== row.target_country, {
    path: ['target_country'],
    error: 'expected a country other than the acting country',
  })
  .refine((row) => row.responds_to !== row.id, {
    path: ['responds_to'],
    error: 'expected another event: an event cannot respond to itself',
  })
  .transform((row) => ({
    id: row.id,
    occurredOn: row.occurred_on.date,
    datePrecision: row.occurred_on.precision,
    dateNote: row.date_note,
    actorCountry: row.actor_country,
    targetCountry: row.target_country,
    isJoint: row.is_joint,
    kind: row.kind,
    peopleAffected: row.people_affected,
    peopleNote: row.people_note,
    facilities: row.facilities,
    facilitiesClosed: row.facilities_closed,
    summary: row.summary,
    reason: row.reason,
    respondsTo: row.responds_to,
    support: row.support,
  }));

export const headcountRow = z
  .object({
    id: column(slug, { label: 'Id', hint: 'e.g. 2025-07-us-ru-total-staff' }),
    observed_on: column(partialDate, { label: 'Observed on', hint: dateHint }),
    sending_country: column(countryCode, { label: 'Whose staff', choices: 'countries' }),
    host_country: column(countryCode, { label: 'Where', choices: 'countries' }),
    count: column(wholeNumber, { label: 'Count', input: 'number' }),
    bound: column(oneOf(headcountBounds), { label: 'Bound', choices: headcountBounds }),
    scope: column(oneOf(headcountScopes), { label: 'What is counted', choices: headcountScopes }),
    coverage: column(oneOf(headcountCoverages), {
      label: 'Posts covered',
      choices: headcountCoverages,
    }),
    includes_un_mission: column(optional(yesNo), {
      label: 'Includes the UN mission',
      choices: ['true', 'false'],
    }),
    facility_id: column(optional(slug), {
      label: 'Post (id)',
      hint: 'only when the figure covers one post: e.g. us-embassy-moscow',
    }),
    is_estimate: column(yesNo, { label: 'An estimate', input: 'checkbox' }),
    note: column(optional(requiredText), { label: 'Note', input: 'textarea' }),
    source_id: column(slug, { label: 'Source', choices: 'sources' }),
    support: supportColumn,
  })
  .refine(...hostOtherThanSending)
  .transform((row) => ({
    id: row.id,
    observedOn: row.observed_on.date,
    datePrecision: row.observed_on.precision,
    sendingCountry: row.sending_country,
    hostCountry: row.host_country,
    count: row.count,
    bound: row.bound,
    scope: row.scope,
    coverage: row.coverage,
    facilityId: row.facility_id,
    includesUnMission: row.includes_un_mission,
    isEstimate: row.is_estimate,
    note: row.note,
    sourceId: row.source_id,
    support: row.support,
  }));

const sourceColumn = (label: string) => column(optional(slug), { label, choices: 'sources' });

export const facilityRow = z
  .object({
    id: column(slug, { label: 'Id', hint: 'e.g. us-consulate-yekaterinburg' }),
    name: column(requiredText, { label: 'Name', hint: 'e.g. US Consulate General Yekaterinburg' }),
    operated_by: column(countryCode, { label: 'Operated by', choices: 'countries' }),
    host_country: column(countryCode, { label: 'In', choices: 'countries' }),
    city: column(requiredText, { label: 'City' }),
    kind: column(oneOf(facilityKinds), { label: 'Kind', choices: facilityKinds }),
    latitude: column(optional(degrees(90)), { label: 'Latitude', hint: 'e.g. 55.7558' }),
    longitude: column(optional(degrees(180)), { label: 'Longitude', hint: 'e.g. 37.6173' }),
    opened_on: column(optional(partialDate), { label: 'Opened on', hint: dateHint }),
    opened_source_id: sourceColumn('Source of the opening date'),
    closed_on: column(optional(partialDate), { label: 'Closed on', hint: dateHint }),
    closed_source_id: sourceColumn('Source of the closing date'),
    date_note: column(optional(requiredText), {
      label: 'Date note',
      hint: 'conflicting dates, and who gives which',
    }),
    note: column(optional(requiredText), { label: 'Note', input: 'textarea' }),
    source_id: column(slug, { label: 'Source (what and where it is)', choices: 'sources' }),
  })
  // /missions/view/… is the missions page's own path, so no post can be called `view`.
  .refine((row) => row.id !== 'view', {
    path: ['id'],
    error: 'expected another id: view is reserved',
  })
  .refine((row) => row.operated_by !== row.host_country, {
    path: ['host_country'],
    error: 'expected a country other than the operating country',
  })
  .refine((row) => (row.latitude === null) === (row.longitude === null), {
    path: ['longitude'],
    error: 'expected both latitude and longitude, or neither',
  })
  .refine((row) => (row.opened_on === null) === (row.opened_source_id === null), {
    path: ['opened_source_id'],
    error: 'expected a source exactly when there is an opening date',
  })
  .refine((row) => (row.closed_on === null) === (row.closed_source_id === null), {
    path: ['closed_source_id'],
    error: 'expected a source exactly when there is a closing date',
  })
  .refine((row) => !row.opened_on || !row.closed_on || row.opened_on.date <= row.closed_on.date, {
    path: ['closed_on'],
    error: 'expected a closing date on or after the opening date',
  })
  .transform((row) => ({
    id: row.id,
    name: row.name,
    operatedBy: row.operated_by,
    hostCountry: row.host_country,
    city: row.city,
    kind: row.kind,
    latitude: row.latitude,
    longitude: row.longitude,
    openedOn: row.opened_on?.date ?? null,
    openedPrecision: row.opened_on?.precision ?? null,
    openedSourceId: row.opened_source_id,
    closedOn: row.closed_on?.date ?? null,
    closedPrecision: row.closed_on?.precision ?? null,
    closedSourceId: row.closed_source_id,
    dateNote: row.date_note,
    note: row.note,
    sourceId: row.source_id,
  }));
