import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { listAuditEntries } from '@/db/queries/audit';
import {
  getEventForEditing,
  getFacilityRow,
  getHeadcount,
  listSourceOptions,
} from '@/db/queries/editor';
import { listDirections } from '@/db/queries/staffing';
import { toCells } from '@/lib/dataset/cells';
import { sessionCookie, validSession } from '@/app/api/_lib/editor-auth';
import { EventForm } from './_components/EventForm';
import { RecordForm } from './_components/RecordForm';
import { SignInForm } from './_components/SignInForm';
import { eventFields, facilityFields, observationFields, sourceFields } from './_components/fields';

export const metadata: Metadata = { title: 'Editors', robots: { index: false } };

type Editing = { id: string; initial: Record<string, string | boolean> };

/** A form's title and request: PATCH the row being edited, or POST a new one. */
function formFor(url: string, addTitle: string, noun: string, editing: Editing | null) {
  if (!editing) return { title: addTitle, action: { method: 'POST' as const, url } };
  return {
    title: `Edit ${noun} ${editing.id}`,
    action: { method: 'PATCH' as const, url: `${url}/${encodeURIComponent(editing.id)}` },
    initial: editing.initial,
  };
}

export default async function AdminPage({
  searchParams,
}: {
  searchParams: Promise<{ edit?: string; event?: string; facility?: string }>;
}) {
  const token = process.env.EDITOR_TOKEN;
  const session = (await cookies()).get(sessionCookie)?.value;
  if (!token) {
    return (
      <main>
        <h1>Editors</h1>
        <p>Editing is disabled on this server: it has no EDITOR_TOKEN.</p>
      </main>
    );
  }
  if (!session || !validSession(session, token)) {
    return (
      <main>
        <h1>Editors</h1>
        <p>Sign in with the editor token to add and correct data.</p>
        <SignInForm />
      </main>
    );
  }

  const sourceList = listSourceOptions();
  const countries = [...new Set(listDirections().map((d) => d.sending))];
  const { edit, event: eventId, facility: facilityId } = await searchParams;
  const editingFacility = facilityId ? getFacilityRow(facilityId) : null;
  const editing = edit ? getHeadcount(edit) : null;
  const editingEvent = eventId ? getEventForEditing(eventId) : null;

  return (
    <main className="admin">
      <h1>Editors</h1>
      <p className="source">
        To correct a record, open <code>/admin?edit=&lt;observation id&gt;</code>,{' '}
        <code>/admin?event=&lt;event id&gt;</code> or <code>/admin?facility=&lt;post id&gt;</code>.
      </p>
      <p className="lede">
        Every change is validated like an import, recorded in the audit log, and shown to readers on
        their next request.
      </p>
      <div className="admin-forms">
        <RecordForm
          fields={observationFields(countries, sourceList)}
          {...formFor(
            '/api/headcounts',
            'Add an observation',
            'observation',
            editing && {
              id: editing.id,
              initial: { ...toCells('headcounts', editing), is_estimate: editing.isEstimate },
            },
          )}
        />
        <EventForm
          fields={eventFields(countries, sourceList)}
          {...formFor(
            '/api/events',
            'Add an event',
            'event',
            editingEvent && {
              id: editingEvent.event.id,
              initial: {
                ...toCells('events', editingEvent.event),
                is_joint: editingEvent.event.isJoint,
                source_ids: editingEvent.sourceId,
              },
            },
          )}
        />
        <RecordForm
          fields={facilityFields(countries, sourceList)}
          {...formFor(
            '/api/facilities',
            'Add a post or property',
            'post',
            editingFacility && {
              id: editingFacility.id,
              initial: toCells('facilities', editingFacility),
            },
          )}
        />
        <RecordForm
          title="Add a source"
          fields={sourceFields}
          action={{ method: 'POST', url: '/api/sources' }}
        />
      </div>
      <h2>Audit log</h2>
      <div className="table-scroll">
        <table className="data-table">
          <thead>
            <tr>
              <th scope="col">When</th>
              <th scope="col">Editor</th>
              <th scope="col">Action</th>
              <th scope="col">Record</th>
            </tr>
          </thead>
          <tbody>
            {listAuditEntries(50).map((entry) => (
              <tr key={entry.id}>
                <td>{entry.at}</td>
                <td>{entry.editor}</td>
                <td>{entry.action}</td>
                <td>
                  {entry.entity} {entry.entityId}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </main>
  );
}
