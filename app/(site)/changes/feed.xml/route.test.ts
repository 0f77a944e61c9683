import { describe, expect, it } from 'vitest';
import { applyWrite } from '@/db/editor-writes';
import { addEditor } from '@/db/editors';
import { seededAppDatabaseForFile } from '@/db/testing';
import { readAtom } from '@/app/feed.xml/testing';
import { GET } from './route';

const app = seededAppDatabaseForFile();
describe('the Atom feed of changes', () => {
  it('has an entry per change, newest first, linking into /changes, every value escaped', async () => {
    const empty = await GET(new Request('http://tracker.test/changes/feed.xml'));
    expect((await readAtom(empty)).entries).toEqual([]);

    expect(addEditor(app.db, 'ana', 'Ana <b>Petrova</b>').ok).toBe(true);
    const payload = '<img src=x onerror=alert(1)>';
    const outcome = applyWrite(app.db, {
      entity: 'sources',
      action: 'update',
      editor: 'ana',
      id: 'wikipedia-us-embassy-moscow',
      body: { publisher: payload },
    });
    expect(outcome.status).toBe(200);
    const later = applyWrite(app.db, {
      entity: 'sources',
      action: 'update',
      editor: 'bootstrap',
      id: 'wikipedia-illegals-program',
      body: { publisher: 'Wikipedia (en)' },
    });
    expect(later.status).toBe(200);

    const response = await GET(new Request('http://tracker.test/changes/feed.xml'));
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const [newest, entry, ...rest] = (await readAtom(response)).entries;
    expect(rest).toEqual([]);
    expect(newest!.title['#text']).toBe('Changed source wikipedia-illegals-program');
    expect(newest!.author!.name).toBe('Editor');
    expect(entry!.title['#text']).toBe('Changed source wikipedia-us-embassy-moscow');
    expect(entry!.link['@_href']).toMatch(/^http:\/\/tracker\.test\/changes#change-\d+$/);
    expect(entry!.author!.name).toBe('Ana <b>Petrova</b>');
    // The content is HTML: the value written shows as text in it, never as an element.
    expect(entry!.content['#text']).toBe(
      '<ul><li>publisher: Wikipedia → &#60;img src=x onerror=alert(1)&#62;</li></ul>',
    );
  });
});
