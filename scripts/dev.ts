import { fork, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join, resolve } from 'node:path';
import { createLogger } from '../subgraphs/kit/logger';
import { readIngestionOptions, runIngestion } from './ingest';
import { SUBGRAPHS, databaseVariable } from './ministries';

const logger = createLogger('dev');
const children: { name: string; process: ChildProcess }[] = [];
let stopping = false;

/**
 * Starts the whole platform on this machine: loads the source files found
 * in DATA_DIR (when set), starts every subgraph as its own process and then
 * the gateway, and prints the explorer's URL. Ctrl-C stops them all.
 */
async function main(): Promise<void> {
  process.on('SIGINT', () => void stopAll(0));
  process.on('SIGTERM', () => void stopAll(0));

  await assertPortsFree();

  if (process.env.DATA_DIR) {
    logger.info(
      { dataDir: resolve(process.env.DATA_DIR) },
      'loading source files',
    );
    await runIngestion(readIngestionOptions([], process.env));
  } else {
    logger.warn(
      'DATA_DIR is not set: starting with the 18 governorates only; set DATA_DIR to the folder of the source files to load them',
    );
  }

  const urls: Record<string, string> = {};
  await Promise.all(
    SUBGRAPHS.map(async (entry) => {
      const port = Number(
        process.env[`${entry.name.toUpperCase()}_PORT`] || entry.port,
      );
      const env: NodeJS.ProcessEnv = { ...process.env, PORT: String(port) };
      const databaseUrl = process.env[databaseVariable(entry.name)];
      if (databaseUrl) env.DATABASE_URL = databaseUrl;
      else delete env.DATABASE_URL;
      start(entry.name, join(__dirname, '..', entry.main), env);
      urls[`${entry.name.toUpperCase()}_URL`] =
        `http://127.0.0.1:${port}/graphql`;
      await waitForHealth(`http://127.0.0.1:${port}/health`, entry.name);
    }),
  );

  const gatewayPort = process.env.PORT || '4000';
  start('gateway', join(__dirname, '..', 'gateway', 'main.js'), {
    ...process.env,
    ...urls,
    PORT: gatewayPort,
  });
  await waitForHealth(
    `http://127.0.0.1:${gatewayPort}/health`,
    'gateway',
    true,
  );
  process.stdout.write(
    `\nThe national graph is running.\n  Explorer: http://127.0.0.1:${gatewayPort}/\n  GraphQL:  http://127.0.0.1:${gatewayPort}/graphql\nPress Ctrl-C to stop.\n\n`,
  );
}

/**
 * Fails early, naming the port and the variable that moves it, when another
 * program (often a second `npm start`) already listens on one of our ports.
 */
async function assertPortsFree(): Promise<void> {
  const ports = [
    ...SUBGRAPHS.map((entry) => ({
      name: entry.name,
      variable: `${entry.name.toUpperCase()}_PORT`,
      port: Number(
        process.env[`${entry.name.toUpperCase()}_PORT`] || entry.port,
      ),
    })),
    {
      name: 'gateway',
      variable: 'PORT',
      port: Number(process.env.PORT || 4000),
    },
  ];
  for (const { name, variable, port } of ports) {
    const free = await new Promise<boolean>((resolve) => {
      const probe = createServer();
      probe.once('error', () => resolve(false));
      probe.listen(port, '127.0.0.1', () => probe.close(() => resolve(true)));
    });
    if (!free) {
      throw new Error(
        `Port ${port} for ${name} is already in use (another npm start?): stop that program or set ${variable} to a free port.`,
      );
    }
  }
}

function start(name: string, script: string, env: NodeJS.ProcessEnv): void {
  const child = fork(script, [], { env, stdio: 'inherit' });
  children.push({ name, process: child });
  child.on('exit', (code, signal) => {
    if (stopping) return;
    logger.error(
      { subgraph: name, code, signal },
      'process exited; stopping the platform',
    );
    void stopAll(1);
  });
}

async function waitForHealth(
  url: string,
  name: string,
  anyStatus = false,
): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (stopping) return;
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok || anyStatus) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(
    `${name} did not respond at ${url} within 60 seconds: see its log lines above.`,
  );
}

async function stopAll(code: number): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info('stopping every process');
  await Promise.all(
    children.reverse().map(
      ({ process: child }) =>
        new Promise<void>((done) => {
          if (child.exitCode !== null || child.signalCode !== null)
            return done();
          const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
          child.once('exit', () => {
            clearTimeout(timer);
            done();
          });
          child.kill('SIGTERM');
        }),
    ),
  );
  process.exit(code);
}

main().catch((error: Error) => {
  logger.error(error.message);
  process.stderr.write(`\nnpm start failed: ${error.message}\n\n`);
  void stopAll(1);
});
