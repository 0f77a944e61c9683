import { applyWrite } from './editor-writes';
import { openDatabase } from './connection';

// A test's second process (db/concurrent-writes.test.ts): `tsx db/concurrent-writer.ts
// <database> <name> <count>` adds <count> sources through the editor's write path, as fast as
// it can, and prints each outcome's status, one per line.
const [file, name, count] = process.argv.slice(2);
const db = openDatabase(file);
const statuses: number[] = [];
for (let i = 0; i < Number(count); i += 1) {
  const outcome = applyWrite(db, {
    entity: 'sources',
    editor: name!,
    action: 'create',
    body: {
      id: `${name}-${i}`,
      title: `Written by ${name}, number ${i}`,
      publisher: 'Test',
      url: `https://example.org/${name}/${i}`,
      published_on: '2025-01-01',
    },
  });
  statuses.push(outcome.status);
}
console.log(statuses.join('\n'));
db.$client.close();
