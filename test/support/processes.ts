import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

/** Compiled output folder the end-to-end tests start processes from. */
export const DIST = join(__dirname, '..', '..', 'dist');

/** A started process and the URL it logged in its `ready` line. */
export interface RunningProcess {
  name: string;
  child: ChildProcess;
  url: string;
  /** Log lines it wrote, for failure messages. */
  output: string[];
  stop(): Promise<void>;
}

/**
 * Starts a compiled entry point with `PORT=0` and waits for its JSON `ready`
 * log line, whose `url` field gives the port it took. Rejects with the
 * process's output when it exits first or takes longer than `timeoutMs`.
 */
export function startProcess(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  timeoutMs = 60_000,
): Promise<RunningProcess> {
  const child = spawn(process.execPath, [join(DIST, script)], {
    env: { ...process.env, PORT: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output: string[] = [];
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(
        new Error(
          `${name} did not log "ready" within ${timeoutMs} ms:\n${output.join('\n')}`,
        ),
      );
    }, timeoutMs);
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(
        new Error(
          `${name} exited with code ${code} before it was ready:\n${output.join('\n')}`,
        ),
      );
    });
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const entry = parseJson(line);
      if (entry?.msg === 'ready' && typeof entry.url === 'string') {
        clearTimeout(timer);
        child.removeAllListeners('exit');
        resolve({
          name,
          child,
          url: entry.url.replace(/\/graphql$/, ''),
          output,
          stop: () => stopChild(child),
        });
      }
    });
  });
}

/** Runs a compiled script to completion; rejects with its output on a non-zero exit. */
export function runScript(
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv,
): Promise<string> {
  const child = spawn(process.execPath, [join(DIST, script), ...args], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) => {
    child.once('exit', (code) =>
      code === 0
        ? resolve(output)
        : reject(new Error(`${script} exited with code ${code}:\n${output}`)),
    );
  });
}

/** Sends SIGTERM and waits for the exit; SIGKILL after 10 seconds. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null)
    return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** Posts a GraphQL request and returns the parsed body and headers. */
export async function postGraphQL(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<{ status: number; body: GraphQLBody; headers: Headers }> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return {
    status: response.status,
    body: (await response.json()) as GraphQLBody,
    headers: response.headers,
  };
}

/** A GraphQL response body. */
export interface GraphQLBody {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  data?: any;
  errors?: {
    message: string;
    extensions?: { code?: string } & Record<string, unknown>;
  }[];
  extensions?: Record<string, unknown>;
}

function parseJson(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
}
