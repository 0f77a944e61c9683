import Database from 'better-sqlite3';
import { test as base } from '@playwright/test';

type Fixtures = {
  /** Read-only SQL on the database the server under test uses: the truth to compare with. */
  sql: <Row>(query: string, ...params: unknown[]) => Row[];
};

export const test = base.extend<Fixtures>({
  sql: async ({}, provide) => {
    const file = process.env.E2E_DATABASE_PATH;
    if (!file)
      throw new Error('E2E_DATABASE_PATH is not set: run the specs with `npm run test:e2e`');
    const db = new Database(file, { readonly: true, fileMustExist: true });
    await provide((query, ...params) => db.prepare(query).all(...params) as never);
    db.close();
  },
});

export { expect } from '@playwright/test';
