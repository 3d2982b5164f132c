import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';

/** Core for servers and core for the load generator, when `taskset` exists. */
export const SERVER_CORE = '0';
export const LOAD_CORE = '1';

/** True when `taskset` is on the PATH, so processes can be pinned to a core. */
export const HAS_TASKSET =
  spawnSync('taskset', ['--version'], { stdio: 'ignore' }).status === 0;

/** A child process the harness started and must stop. */
export interface BenchProcess {
  name: string;
  child: ChildProcess;
  /** Process id of the Node process itself (taskset execs it, so the pid is the same). */
  pid: number;
}

/** Launch options of `startNode`. */
export interface NodeLaunch {
  name: string;
  script: string;
  args?: string[];
  env: NodeJS.ProcessEnv;
  /** Core to pin to with taskset; unpinned where taskset is missing. */
  core: string;
  /** Extra Node flags, such as `--cpu-prof`. */
  nodeFlags?: string[];
  /** Adds an IPC channel for `process.send`. */
  ipc?: boolean;
  /** Working directory; default the harness's. */
  cwd?: string;
}

const running = new Set<BenchProcess>();

/** Starts a Node script, pinned to a core where possible, and tracks it for `stopAll`. */
export function startNode(launch: NodeLaunch): BenchProcess {
  const nodeArgs = [
    ...(launch.nodeFlags ?? []),
    launch.script,
    ...(launch.args ?? []),
  ];
  const [command, args] = HAS_TASKSET
    ? ['taskset', ['-c', launch.core, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const child = spawn(command, args, {
    env: launch.env,
    cwd: launch.cwd,
    stdio: launch.ipc
      ? ['ignore', 'inherit', 'inherit', 'ipc']
      : ['ignore', 'inherit', 'inherit'],
  });
  if (child.pid === undefined)
    throw new Error(`Starting ${launch.name} failed: no process id.`);
  const entry = { name: launch.name, child, pid: child.pid };
  running.add(entry);
  child.once('exit', () => running.delete(entry));
  return entry;
}

/** Sends SIGTERM, then SIGKILL after `graceMs`, and waits for the exit. */
export function stopProcess(
  entry: BenchProcess,
  graceMs = 5000,
): Promise<void> {
  const { child } = entry;
  return new Promise<void>((done) => {
    if (child.exitCode !== null || child.signalCode !== null) return done();
    const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.kill('SIGTERM');
  });
}

/** Stops every process this module started, newest first. */
export async function stopAll(): Promise<void> {
  await Promise.all([...running].reverse().map((entry) => stopProcess(entry)));
}

/** Kills every started process at once; for the `exit` handler, which cannot wait. */
export function killAllNow(): void {
  for (const { child } of running) child.kill('SIGKILL');
}

/** Returns a TCP port that was free on 127.0.0.1 a moment ago. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Polls `url` every 250 ms until it responds 2xx (or any status with
 * `anyStatus`), for at most `timeoutMs`; throws if the process exits first.
 */
export async function waitForHttp(
  url: string,
  entry: BenchProcess,
  timeoutMs = 60_000,
  anyStatus = false,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (entry.child.exitCode !== null || entry.child.signalCode !== null) {
      throw new Error(
        `${entry.name} exited (code ${entry.child.exitCode}) before responding on ${url}: see its log above.`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      if (response.ok || anyStatus) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(
    `${entry.name} did not respond on ${url} within ${timeoutMs / 1000} s.`,
  );
}
