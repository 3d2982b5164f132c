/** Settings of one benchmark run, read from the environment once. */
export interface BenchSettings {
  /** `BENCH_SECONDS`: measured seconds per cell, default 5. */
  seconds: number;
  /** `BENCH_ROUNDS`: interleaved rounds over every cell, default 3, minimum 3. */
  rounds: number;
  /** `BENCH_WARMUP_SECONDS`: unmeasured load per peer and workload before round 1, default 2. */
  warmupSeconds: number;
  /** `BENCH_CONNECTIONS`: concurrent keep-alive connections of the load generator, default 16. */
  connections: number;
  /** `BENCH_FULL`: `0` skips the 1,000,000-row ingestion case. */
  full: boolean;
  /** `BENCH_PROFILE`: `0` skips the CPU profile of the gateway. */
  profile: boolean;
  /** `DATA_DIR`: folder of the source files the subgraphs load. */
  dataDir: string;
  /** `BENCH_PG_URL`: PostgreSQL server URL without a database, default postgres://postgres@127.0.0.1:5432. */
  postgresUrl: string;
}

/** Reads and validates the settings; throws naming the bad variable. */
export function readBenchSettings(env: NodeJS.ProcessEnv): BenchSettings {
  const dataDir = env.DATA_DIR;
  if (!dataDir) {
    throw new Error(
      'DATA_DIR is not set: point it at the folder of the source files, for example DATA_DIR=../data npm run bench.',
    );
  }
  const rounds = readPositive(env, 'BENCH_ROUNDS', 3);
  if (rounds < 3) {
    throw new Error(
      `BENCH_ROUNDS=${rounds} is below 3: the median and spread need at least 3 rounds.`,
    );
  }
  return {
    seconds: readPositive(env, 'BENCH_SECONDS', 5),
    rounds,
    warmupSeconds: readPositive(env, 'BENCH_WARMUP_SECONDS', 2),
    connections: readPositive(env, 'BENCH_CONNECTIONS', 16),
    full: env.BENCH_FULL !== '0',
    profile: env.BENCH_PROFILE !== '0',
    dataDir,
    postgresUrl: (
      env.BENCH_PG_URL || 'postgres://postgres@127.0.0.1:5432'
    ).replace(/\/+$/, ''),
  };
}

function readPositive(
  env: NodeJS.ProcessEnv,
  variable: string,
  fallback: number,
): number {
  const value = env[variable];
  if (value === undefined || value === '') return fallback;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) {
    throw new Error(
      `${variable}="${value}" is not a positive number: set it to a number above 0.`,
    );
  }
  return n;
}
