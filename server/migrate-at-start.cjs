// @ts-check
// Upgrades run at start: the production server applies the committed migrations before any
// process serves, so a new build never reads a database of the old shape.
const path = require('node:path');
const Database = require('better-sqlite3');
const { drizzle } = require('drizzle-orm/better-sqlite3');
const { migrate } = require('drizzle-orm/better-sqlite3/migrator');
const { databasePath } = require('../db/revision-cache.cjs');
const { applySettings } = require('../db/sqlite-settings.cjs');

/** @param {string} dir the app's folder, which holds db/migrations */
function migrateAtStart(dir) {
  const file = databasePath();
  const sqlite = new Database(file);
  try {
    applySettings(sqlite, file);
    const db = drizzle({ client: sqlite });
    const migrationsFolder = path.join(dir, 'db', 'migrations');
    try {
      migrate(db, { migrationsFolder });
    } catch {
      // Processes started together may race to apply the same migration; the loser finds
      // it applied on a second look (or fails again, for a real reason, and says so).
      migrate(db, { migrationsFolder });
    }
    const events = sqlite.prepare('SELECT count(*) FROM events').pluck().get();
    if (!events) {
      console.warn(
        `The database ${file} has no events: seed it with \`npm run db:setup\` (README, "Deploying").`,
      );
    }
  } finally {
    sqlite.close();
  }
}

module.exports = { migrateAtStart };
