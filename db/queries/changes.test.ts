import { describe, expect, it } from 'vitest';
import { applyWrite } from '../editor-writes';
import { addEditor } from '../editors';
import { seededAppDatabaseForFile } from '../testing';
import { listChanges } from './changes';

const app = seededAppDatabaseForFile();

/** Sets a source's publisher through the write path, as `editor`. */
function write(editor: string, id: string, publisher: string) {
  const outcome = applyWrite(app.db, {
    entity: 'sources',
    action: 'update',
    editor,
    id,
    body: { publisher },
  });
  expect(outcome.status).toBe(200);
}

describe('the changelog', () => {
  it('lists changes newest first, each with its editor’s display name', () => {
    expect(addEditor(app.db, 'ana', 'Ana Petrova').ok).toBe(true);
    write('ana', 'wikipedia-us-embassy-moscow', 'Wikipedia (en)');
    write('bootstrap', 'wikipedia-us-embassy-moscow', 'Wikipedia');
    // A name in the log that no editor has (written before named editors) is shown as it is.
    write('someone-earlier', 'wikipedia-illegals-program', 'Wikipedia (en)');
    const [third, second, first] = listChanges({ limit: 3 });
    expect([third!.editor, second!.editor, first!.editor]).toEqual([
      'someone-earlier',
      'Editor',
      'Ana Petrova',
    ]);
    expect(first).toMatchObject({
      action: 'update',
      record: { entity: 'sources', id: 'wikipedia-us-embassy-moscow' },
      correction: null,
      fields: [{ field: 'publisher', before: 'Wikipedia', after: 'Wikipedia (en)' }],
    });
  });

  it('keeps to one record, and pages back from a change', () => {
    const record = { entity: 'sources' as const, id: 'wikipedia-us-embassy-moscow' };
    const history = listChanges({ record });
    expect(history).toHaveLength(2);
    expect(history.every((c) => c.record.id === record.id)).toBe(true);
    expect(listChanges({ record, before: history[0]!.id })).toEqual([history[1]]);
    expect(listChanges({ correction: 'NONE-NONE' })).toEqual([]);
  });
});
