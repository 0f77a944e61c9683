/**
 * Plants, one at a time, the faults that once passed every unit test, and checks that each
 * now fails at least one. Stryker's own mutations cover the rest; these are the hand-made
 * ones it does not generate (a `===` for the constant-time compare, a prefix match).
 *
 *   npx tsx scripts/planted-faults.ts      (about a minute; restores every file it touches)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';

type Fault = { file: string; what: string; from: string; to: string; tests: string[] };

const auth = 'app/api/_lib/editor-auth.ts';
const editors = 'db/editors.ts';
const authTests = ['app/api/session', 'app/api/editor-writes', 'db/editors'];
const eventTests = ['app/api/events'];
const checkTests = ['lib/articles'];
const holdTests = ['lib/staffing'];

const faults: Fault[] = [
  {
    file: editors,
    what: 'token compared with === instead of in constant time',
    from: "return timingSafeEqual(Buffer.from(a, 'hex'), Buffer.from(b, 'hex'));",
    to: 'return a === b;',
    tests: authTests,
  },
  {
    file: editors,
    what: 'a Bearer token accepted when it is a prefix of the real one',
    from: 'if (bootstrapToken && sameHash(given, sha256(bootstrapToken)))',
    to: 'if (bootstrapToken && bootstrapToken.startsWith(token))',
    tests: authTests,
  },
  {
    file: editors,
    what: 'a Bearer token accepted when the real one is its prefix',
    from: 'if (bootstrapToken && sameHash(given, sha256(bootstrapToken)))',
    to: 'if (bootstrapToken && token.startsWith(bootstrapToken))',
    tests: authTests,
  },
  {
    file: auth,
    what: 'no same-origin check on cookie writes',
    from: 'if (write && !isSameOrigin(request))',
    to: 'if (false)',
    tests: authTests,
  },
  {
    file: editors,
    what: 'session expiry ignored',
    from: ' && now - session.openedAt <= sessionAbsoluteMs',
    to: '',
    tests: authTests,
  },
  {
    file: auth,
    what: 'failed sign-ins not counted',
    from: 'const nameBlocked = await countFailure(address, name);',
    to: 'const nameBlocked = null;',
    tests: authTests,
  },
  {
    file: 'app/api/_lib/handle-editor-write.ts',
    what: 'the audit log trusts the X-Editor header',
    from: 'editor: check.editor.name, correction',
    to: "editor: request.headers.get('x-editor') ?? check.editor.name, correction",
    tests: authTests,
  },
  {
    file: 'db/queries/events.ts',
    what: "a year's lower bound moved to 2 January",
    from: '`${from}-01-01`',
    to: '`${from}-01-02`',
    tests: eventTests,
  },
  {
    file: 'db/queries/events.ts',
    what: 'LIKE wildcards in the search text not escaped',
    from: 'return `%${text.replace(/[\\\\%_]/g, (c) => `\\\\${c}`)}%`;',
    to: 'return `%${text}%`;',
    tests: eventTests,
  },
  {
    file: 'lib/articles/check.ts',
    what: '"under" read as at most',
    from: 'return figure < claim.value;',
    to: 'return figure <= claim.value;',
    tests: checkTests,
  },
  {
    file: 'lib/articles/check.ts',
    what: '"exact" always agrees',
    from: 'return figure === claim.value;',
    to: 'return true;',
    tests: checkTests,
  },
  ...[0.1, 0.14, 0.16, 0.2, 0.24].map((tolerance) => ({
    file: 'lib/articles/check.ts',
    what: `"about" tolerance ${tolerance} instead of 0.15`,
    from: 'const aboutTolerance = 0.15;',
    to: `const aboutTolerance = ${tolerance};`,
    tests: checkTests,
  })),
  ...[6, 11].map((months) => ({
    file: 'lib/staffing/hold.ts',
    what: `a figure held ${months} months longer`,
    from: 'date.getUTCMonth(), date.getUTCDate()',
    to: `date.getUTCMonth() + ${months}, date.getUTCDate()`,
    tests: holdTests,
  })),
  {
    file: 'lib/staffing/series.ts',
    what: 'the oldest figure before a range carried in, not the latest',
    from: 'steps.filter((s) => s.t < from).at(-1)',
    to: 'steps.filter((s) => s.t < from).at(0)',
    tests: holdTests,
  },
];

/** Runs the fault's tests with the fault in place; true when at least one test fails. */
function caught(fault: Fault): boolean {
  const original = fs.readFileSync(fault.file, 'utf8');
  if (original.split(fault.from).length !== 2)
    throw new Error(`${fault.file}: expected "${fault.from}" exactly once`);
  fs.writeFileSync(fault.file, original.replace(fault.from, fault.to));
  try {
    const run = spawnSync('npx', ['vitest', 'run', ...fault.tests], { encoding: 'utf8' });
    return run.status !== 0;
  } finally {
    fs.writeFileSync(fault.file, original);
  }
}

let missed = 0;
for (const fault of faults) {
  const ok = caught(fault);
  if (!ok) missed++;
  console.log(`| ${fault.file} | ${fault.what} | ${ok ? 'caught' : 'MISSED'} |`);
}
process.exit(missed ? 1 : 0);
