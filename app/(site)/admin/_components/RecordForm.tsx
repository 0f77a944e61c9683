'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';

export type Field = {
  name: string;
  label: string;
  /** `source`: a search box over the sources (a datalist), not one select of every source. */
  type?: 'text' | 'number' | 'select' | 'checkbox' | 'textarea' | 'source';
  options?: { value: string; label: string }[];
  required?: boolean;
  hint?: string;
};

type Props = {
  title: string;
  fields: Field[];
  /** Where the form sends its JSON: POST to create, PATCH to edit. */
  action: { method: 'POST' | 'PATCH'; url: string };
  initial?: Record<string, string | boolean>;
  /** Turns the form's values into the request body (e.g. a list of source ids). */
  toBody?: (values: Record<string, string | boolean>) => Record<string, unknown>;
  /** Where a successful save takes the editor: the page they came from to edit. */
  returnTo?: string;
};

/** A record form sending JSON to the editor API, with the API's field errors beside each field. */
export function RecordForm({
  title,
  fields,
  action,
  initial = {},
  toBody = (v) => v,
  returnTo,
}: Props) {
  const router = useRouter();
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const values = Object.fromEntries(
      fields.map((f) => [
        f.name,
        f.type === 'checkbox' ? form.get(f.name) === 'on' : String(form.get(f.name) ?? '').trim(),
      ]),
    );
    const body = Object.fromEntries(
      Object.entries(toBody(values)).filter(([, v]) => v !== '' || action.method === 'PATCH'),
    );
    const response = await fetch(action.url, {
      method: action.method,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });
    const result = await response.json();
    if (response.ok && returnTo) {
      router.push(returnTo);
      return;
    }
    if (response.ok) {
      setErrors({});
      setStatus(`Saved ${result.id ?? ''}.`);
      router.refresh();
      return;
    }
    const issues: { field: string; message: string }[] = result.error?.issues ?? [];
    setErrors(Object.fromEntries(issues.map((i) => [i.field, i.message])));
    setStatus(result.error?.message ?? 'Not saved');
  }

  return (
    <form onSubmit={onSubmit} className="editor-form" aria-label={title}>
      <h2>{title}</h2>
      {fields.map((field) => {
        const id = `${title}-${field.name}`.replace(/\W+/g, '-');
        const error = errors[field.name];
        const common = {
          id,
          name: field.name,
          required: field.required,
          'aria-invalid': error ? true : undefined,
          'aria-describedby': error ? `${id}-error` : undefined,
        };
        const value = initial[field.name];
        return (
          <div key={field.name} className="editor-field">
            <label htmlFor={id}>{field.label}</label>
            {field.type === 'select' ? (
              <select {...common} defaultValue={String(value ?? '')}>
                <option value="">—</option>
                {field.options?.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : field.type === 'source' ? (
              <>
                <input
                  {...common}
                  type="search"
                  list={`${id}-options`}
                  autoComplete="off"
                  defaultValue={String(value ?? '')}
                />
                <datalist id={`${id}-options`}>
                  {field.options?.map((o) => (
                    <option key={o.value} value={o.value} label={o.label} />
                  ))}
                </datalist>
              </>
            ) : field.type === 'checkbox' ? (
              <input {...common} type="checkbox" defaultChecked={value === true} />
            ) : field.type === 'textarea' ? (
              <textarea {...common} defaultValue={String(value ?? '')} rows={3} />
            ) : (
              <input {...common} type={field.type ?? 'text'} defaultValue={String(value ?? '')} />
            )}
            {field.hint && <span className="source">{field.hint}</span>}
            {error && (
              <span id={`${id}-error`} className="field-error">
                {error}
              </span>
            )}
          </div>
        );
      })}
      <button type="submit">Save</button>
      {status && <p role="status">{status}</p>}
    </form>
  );
}
