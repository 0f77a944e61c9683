import { addEditor, listEditors, revokeEditor } from '@/db/editors';
import { openMigratedDatabase } from './cli';

// npm run editor:add -- <name> [display name…] | editor:list | editor:revoke -- <name>
const usage = `usage:
  npm run editor:add -- <name> [display name shown to readers]
  npm run editor:list
  npm run editor:revoke -- <name>`;

/** Runs one editor command on the database; returns the process's exit code. */
export function runEditorCommand(
  [command, name, ...display]: string[],
  print = console.log,
  fail = console.error,
): number {
  const db = openMigratedDatabase();
  try {
    if (command === 'add' && name) {
      const added = addEditor(db, name, display.join(' ') || name);
      if (!added.ok) return (fail(added.message), 1);
      print(`Editor "${name}" added. Their token, shown this once (only its hash is kept):`);
      print(added.token);
      return 0;
    }
    if (command === 'list') {
      const rows = listEditors(db);
      if (!rows.length) print('No named editors yet: npm run editor:add -- <name>');
      for (const row of rows) {
        const state = row.revokedAt ? `revoked ${row.revokedAt}` : `added ${row.addedAt}`;
        print(`${row.name}\t${row.displayName}\t${state}`);
      }
      return 0;
    }
    if (command === 'revoke' && name) {
      if (!revokeEditor(db, name)) return (fail(`no editor "${name}" to revoke`), 1);
      print(`Editor "${name}" revoked: their token is refused and their sessions have ended.`);
      return 0;
    }
    fail(usage);
    return 2;
  } finally {
    db.$client.close();
  }
}

if (process.argv[1]?.endsWith('editor.ts')) {
  process.exitCode = runEditorCommand(process.argv.slice(2));
}
