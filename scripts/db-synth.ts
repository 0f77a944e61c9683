import fs from 'node:fs';
import path from 'node:path';
import { datasetFiles, importFiles } from '@/db/dataset-files';
import { openDatabase } from '@/db/connection';
import { migrateDatabase } from '@/db/migrate';
import { eventKinds } from '@/lib/dataset/vocabulary';

// Builds a separate, throwaway database for scale benchmarks: the real dataset plus
// generated events and headcounts. Usage:
//   npm run db:synth -- [file] [--events N] [--headcounts N]   (default data/synth.db, 1,000,000 and 200,000)
// The rows are written with plain prepared statements: they are made here, not edited by
// anyone, so the validating import path (db/import.ts) would only slow this down.

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const file =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  path.join('data', 'synth.db');
const eventCount = option('events', 1_000_000);
const headcountCount = option('headcounts', 200_000);

/** A small deterministic generator, so that every run builds the same database. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

fs.rmSync(file, { force: true });
fs.rmSync(`${file}-wal`, { force: true });
fs.rmSync(`${file}-shm`, { force: true });
const db = openDatabase(file);
migrateDatabase(db);
const seeded = importFiles(db, datasetFiles());
if (!seeded.ok) throw new Error('the dataset in data/ does not import');

const sqlite = db.$client;
const sourceIds = sqlite.prepare('SELECT id FROM sources').pluck().all() as string[];
const next = random(20_250_218);
const pick = <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]!;
const day = () => {
  const t =
    Date.UTC(1986, 0, 1) + Math.floor(next() * (Date.UTC(2025, 11, 31) - Date.UTC(1986, 0, 1)));
  return new Date(t).toISOString().slice(0, 10);
};

const insertEvent = sqlite.prepare(
  `INSERT INTO events (id, occurred_on, date_precision, actor_country, target_country, is_joint, kind,
     people_affected, facilities_closed, summary, reason)
   VALUES (?, ?, 'day', ?, ?, 0, ?, ?, ?, ?, ?)`,
);
const insertLink = sqlite.prepare('INSERT INTO event_sources (event_id, source_id) VALUES (?, ?)');
const insertHeadcount = sqlite.prepare(
  `INSERT INTO headcounts (id, observed_on, date_precision, sending_country, host_country, count, bound, scope,
     coverage, is_estimate, source_id)
   VALUES (?, ?, 'day', ?, ?, ?, 'exact', ?, 'country', 0, ?)`,
);

const started = Date.now();
sqlite.transaction(() => {
  for (let n = 1; n <= eventCount; n++) {
    const id = `synth-${String(n).padStart(8, '0')}`;
    const actor = next() < 0.5 ? 'US' : 'RU';
    const kind = pick(eventKinds);
    const people = kind === 'expulsion' ? 1 + Math.floor(next() * 60) : null;
    const closed = kind === 'facility_closure' ? 1 + Math.floor(next() * 3) : null;
    insertEvent.run(
      id,
      day(),
      actor,
      actor === 'US' ? 'RU' : 'US',
      kind,
      people,
      closed,
      `Synthetic event ${n}`,
      'Generated for benchmarks',
    );
    insertLink.run(id, pick(sourceIds));
  }
  for (let n = 1; n <= headcountCount; n++) {
    const sending = next() < 0.5 ? 'US' : 'RU';
    insertHeadcount.run(
      `synth-${String(n).padStart(8, '0')}`,
      day(),
      sending,
      sending === 'US' ? 'RU' : 'US',
      Math.floor(next() * 1500),
      pick(['diplomats', 'nationals', 'total_staff'] as const),
      pick(sourceIds),
    );
  }
  sqlite.prepare('UPDATE dataset_revision SET revision = revision + 1').run();
})();
sqlite.pragma('optimize');
sqlite.close();
console.log(
  `Built ${file}: ${eventCount} generated events and ${headcountCount} headcounts in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
