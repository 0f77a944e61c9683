import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const readme = fs.readFileSync('README.md', 'utf8');
const tracked = execFileSync('git', ['ls-files'], { encoding: 'utf8' }).split('\n');
const fileNames = new Set(tracked.map((file) => path.basename(file)));
const folderNames = new Set(tracked.map((file) => `${path.basename(path.dirname(file))}/`));

/** What a README section names in code spans that looks like a file or folder. */
function namesIn(heading: string): string[] {
  const start = readme.indexOf(`## ${heading}\n`);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/`([^`\s]+)`/g)]
    .map(([, span]) => span!)
    .filter((span) => /^[\w.[\]-]+(\/[\w.[\]-]*)*$/.test(span) && /\/|\.(tsx?|c?js)$/.test(span));
}

describe('the README’s map of the code', () => {
  it('names only files and folders that exist: paths from the top, bare names anywhere', () => {
    const names = namesIn('How the code is laid out');
    expect(names.length).toBeGreaterThan(40);
    const bare = (name: string) => !name.slice(0, -1).includes('/');
    const missing = names.filter((name) =>
      bare(name) ? !fileNames.has(name) && !folderNames.has(name) : !fs.existsSync(name),
    );
    expect(missing).toEqual([]);
  });
});

describe('the README’s threat model', () => {
  it('maps every line to a test that exists, by its file and name', () => {
    const start = readme.indexOf('### Threat model\n');
    const section = readme.slice(start, readme.indexOf('\n## ', start));
    const rows = section
      .split('\n')
      .filter((line) => /^\| [^-]/.test(line))
      .slice(1);
    expect(rows.length).toBeGreaterThanOrEqual(20);
    const unmapped = rows.filter((row) => {
      const test = row.split('|').at(-2)!;
      const [, file, name] = /`([^`]+)` "([^"]+)"/.exec(test) ?? [];
      return (
        !file || !name || !fs.existsSync(file) || !fs.readFileSync(file, 'utf8').includes(name)
      );
    });
    expect(unmapped).toEqual([]);
  });
});
