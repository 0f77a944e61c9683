import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { getDb } from '@/db/client';
import { getCorrection } from '@/db/corrections';
import { listChanges } from '@/db/queries/changes';
import { getEventForEditing, listSourceOptions } from '@/db/queries/editor';
import { listDirections } from '@/db/queries/staffing';
import { toCells } from '@/lib/dataset/cells';
import { editParams } from '@/lib/editing/address';
import { singleParam, type PageParams } from '@/lib/page-params';
import { findRecord } from '@/db/table-keys';
import { editingEnabled, sessionCookie, sessionEditor } from '@/app/api/_lib/editor-auth';
import { ChangeList } from '../_components/ChangeList';
import { CorrectionQueue } from './_components/CorrectionQueue';
import { DeskSearch } from './_components/DeskSearch';
import { EventForm } from './_components/EventForm';
import { RecordForm } from './_components/RecordForm';
import { SignInForm } from './_components/SignInForm';
import { SignOutButton } from './_components/SignOutButton';
import { eventFields, facilityFields, observationFields, sourceFields } from './_components/fields';
import { readDeskQuery, readReturnPath } from './_lib/desk-address';

export const metadata: Metadata = { title: 'Editors', robots: { index: false } };

type Editing = { id: string; initial: Record<string, string | boolean> };
type Context = { correction: string | null; returnTo: string | null };

/**
 * A form's title and request: PATCH the row being edited (linked to the reader's correction
 * it answers, if any), or POST a new one.
 */
function formFor(
  url: string,
  addTitle: string,
  noun: string,
  editing: Editing | null,
  context: Context,
) {
  if (!editing) return { title: addTitle, action: { method: 'POST' as const, url } };
  const linked = context.correction ? `?correction=${encodeURIComponent(context.correction)}` : '';
  return {
    title: `Edit ${noun} ${editing.id}`,
    action: { method: 'PATCH' as const, url: `${url}/${encodeURIComponent(editing.id)}${linked}` },
    initial: editing.initial,
    returnTo: context.returnTo ?? undefined,
  };
}

export default async function AdminPage({ searchParams }: { searchParams: Promise<PageParams> }) {
  // Read first: it makes the page per request, whatever the build saw (no editors yet).
  const sessionId = (await cookies()).get(sessionCookie)?.value;
  if (!editingEnabled()) {
    return (
      <main>
        <h1>Editors</h1>
        <p>
          Editing is disabled on this server: it has no editors (<code>npm run editor:add</code>)
          and no EDITOR_TOKEN.
        </p>
      </main>
    );
  }
  const editor = sessionEditor(sessionId);
  if (!editor) {
    return (
      <main>
        <h1>Editors</h1>
        <p>Sign in with your editor token to correct and add data.</p>
        <SignInForm />
      </main>
    );
  }

  const params = await searchParams;
  const sourceList = listSourceOptions();
  const countries = [...new Set(listDirections().map((d) => d.sending))];
  // The record an Edit link names (lib/editing/address.ts), if it exists.
  const opened = <E extends keyof typeof editParams>(entity: E) => {
    const id = singleParam(params, editParams[entity]);
    return id ? findRecord(getDb(), entity, id) : null;
  };
  const editing = opened('headcounts');
  const eventId = singleParam(params, editParams.events);
  const editingEvent = eventId ? getEventForEditing(eventId) : null;
  const editingFacility = opened('facilities');
  const editingSource = opened('sources');
  const editingOne = !!(editing || editingEvent || editingFacility || editingSource);
  const reference = singleParam(params, 'correction');
  const correction = reference ? getCorrection(getDb(), reference) : null;
  const context = {
    correction: correction?.status === 'open' ? correction.reference : null,
    returnTo: readReturnPath(params),
  };

  const forms = (
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
          context,
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
          context,
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
          context,
        )}
      />
      <RecordForm
        fields={sourceFields}
        {...formFor(
          '/api/sources',
          'Add a source',
          'source',
          editingSource && { id: editingSource.id, initial: toCells('sources', editingSource) },
          context,
        )}
      />
    </div>
  );
  const desk = (
    <>
      <DeskSearch query={readDeskQuery(params)} countries={countries} />
      <CorrectionQueue />
    </>
  );

  return (
    <main className="admin">
      <h1>Editors</h1>
      <p className="lede">
        Signed in as {editor.displayName}. <SignOutButton />
      </p>
      <p className="source">
        Every change is validated like an import, recorded with your name, listed publicly on{' '}
        <a href="/changes">/changes</a>, and shown to readers on their next request.
      </p>
      {correction && (
        <aside className="notice" aria-label={`Correction ${correction.reference}`}>
          <p>
            <strong>Correction {correction.reference}</strong> ({correction.status}):{' '}
            {correction.problem}
          </p>
          <p>
            Suggested value: <span className="reader-text">{correction.correctValue}</span>
            {correction.sourceUrl && <> — source: {correction.sourceUrl}</>}
          </p>
          {context.correction && (
            <p>Saving the record below accepts this correction and links the change to it.</p>
          )}
        </aside>
      )}
      {/* An editor who came to edit a record sees its form first; otherwise the desk. */}
      {editingOne ? (
        <>
          {forms}
          {desk}
        </>
      ) : (
        <>
          {desk}
          {forms}
        </>
      )}
      <h2>Latest changes</h2>
      <ChangeList changes={listChanges({ limit: 20 })} showRecord />
    </main>
  );
}
