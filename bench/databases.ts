import { Client } from 'pg';

/** The benchmark's PostgreSQL databases, created empty and dropped at the end. */
export class BenchDatabases {
  private readonly created: string[] = [];

  constructor(private readonly serverUrl: string) {}

  /** Drops `bench_<name>` if a previous run left it, creates it empty and returns its URL. */
  async create(name: string): Promise<string> {
    const database = `bench_${name.replace(/[^a-z0-9_]/g, '_')}`;
    await this.admin(async (client) => {
      await client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`);
      await client.query(`CREATE DATABASE ${database}`);
    });
    this.created.push(database);
    return `${this.serverUrl}/${database}`;
  }

  /** Drops every database this object created; logs and continues past failures. */
  async dropAll(): Promise<void> {
    if (this.created.length === 0) return;
    await this.admin(async (client) => {
      for (const database of this.created.splice(0)) {
        try {
          await client.query(
            `DROP DATABASE IF EXISTS ${database} WITH (FORCE)`,
          );
        } catch (error) {
          process.stderr.write(
            `bench: dropping database ${database} failed: ${(error as Error).message}\n`,
          );
        }
      }
    });
  }

  private async admin(work: (client: Client) => Promise<void>): Promise<void> {
    const client = new Client({
      connectionString: `${this.serverUrl}/postgres`,
      connectionTimeoutMillis: 10_000,
    });
    await client.connect();
    try {
      await work(client);
    } finally {
      await client.end();
    }
  }
}
