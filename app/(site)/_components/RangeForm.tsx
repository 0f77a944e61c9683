'use client';

import { useRouter } from 'next/navigation';
import type { FormEvent } from 'react';
import { viewPath, type StaffingView } from '@/lib/staffing/address';

/**
 * A custom year range. With JavaScript it navigates in place; without, the form is a plain
 * GET to /staffing, which redirects to the same address.
 */
export function RangeForm({ view, years }: { view: StaffingView; years: number[] }) {
  const router = useRouter();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const year = (name: string) => (form.get(name) ? Number(form.get(name)) : null);
    let [from, to] = [year('from'), year('to')];
    if (from !== null && to !== null && from > to) [from, to] = [to, from];
    router.push(viewPath({ ...view, from, to }), { scroll: false });
  }

  return (
    <form action="/staffing" method="get" onSubmit={onSubmit} className="range-form">
      <input type="hidden" name="scope" value={view.scope} />
      <input type="hidden" name="series" value={view.series} />
      <label>
        From{' '}
        <select name="from" defaultValue={view.from ?? ''} key={`from-${view.from}`}>
          <option value="">first year</option>
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>{' '}
      <label>
        to{' '}
        <select name="to" defaultValue={view.to ?? ''} key={`to-${view.to}`}>
          <option value="">latest</option>
          {years.map((y) => (
            <option key={y}>{y}</option>
          ))}
        </select>
      </label>{' '}
      <button type="submit">Show</button>
    </form>
  );
}
