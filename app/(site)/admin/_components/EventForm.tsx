'use client';

import { RecordForm, type Field } from './RecordForm';

/** An event form: its one source field is sent as the list `source_ids`. */
export function EventForm({
  fields,
  title,
  action,
  initial,
  returnTo,
}: {
  fields: Field[];
  title: string;
  action: { method: 'POST' | 'PATCH'; url: string };
  initial?: Record<string, string | boolean>;
  returnTo?: string;
}) {
  return (
    <RecordForm
      title={title}
      fields={fields}
      action={action}
      initial={initial}
      returnTo={returnTo}
      toBody={({ source_ids: source, ...rest }) => ({
        ...rest,
        ...(source ? { source_ids: [source] } : {}),
      })}
    />
  );
}
