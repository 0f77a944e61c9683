'use client';

import { useSyncExternalStore } from 'react';
import { recordNouns, type RecordEntity } from '@/lib/corrections/record';
import { editHref } from '@/lib/editing/address';
import { editorHintCookie } from '@/lib/editor-session.js';

const noChange = () => () => {};
const signedIn = () => document.cookie.split('; ').includes(`${editorHintCookie}=1`);
const onServer = () => false;

/**
 * "Edit", for a signed-in editor only, beside a record where readers see it; the desk sends
 * the editor back here after the save. Pages are cached and shared, so the link is drawn in
 * the browser, from the readable hint cookie sign-in sets (the desk itself checks the session).
 */
export function EditLink({ entity, id }: { entity: RecordEntity; id: string }) {
  const show = useSyncExternalStore(noChange, signedIn, onServer);
  if (!show) return null;
  const here = `${window.location.pathname}${window.location.search}`;
  return (
    <a className="edit-link" href={editHref(entity, id, { returnTo: here })}>
      Edit
      <span className="visually-hidden">
        {' '}
        the {recordNouns[entity]} {id}
      </span>
    </a>
  );
}
