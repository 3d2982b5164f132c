import { randomBytes } from 'node:crypto';
import { Client } from 'pg';

/** Server the tests use; `DATABASE_URL` overrides it. */
export const TEST_SERVER_URL =
  process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432';

/** A fresh database on the test server and its URL. */
export interface TestDatabase {
  url: string;
  name: string;
  /** Drops the database, closing other sessions first. */
  drop(): Promise<void>;
}

/** Creates a new, uniquely named database for one test file. */
export async function createTestDatabase(
  prefix: string,
): Promise<TestDatabase> {
  const name = `test_${prefix.replace(/[^a-z0-9]/gi, '_').toLowerCase()}_${randomBytes(4).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_SERVER_URL);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: async () => {
      await withAdmin((client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      );
    },
  };
}

async function withAdmin<T>(fn: (client: Client) => Promise<T>): Promise<T> {
  const url = new URL(TEST_SERVER_URL);
  url.pathname = '/postgres';
  const client = new Client({ connectionString: url.toString() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
