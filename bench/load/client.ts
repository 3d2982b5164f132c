import { join } from 'node:path';
import {
  LOAD_CORE,
  startNode,
  stopProcess,
  type BenchProcess,
} from '../processes';
import type { LoadReply, LoadRequest } from './protocol';

/** The load generator: one child process on its own core, running one cell at a time. */
export class LoadGenerator {
  private readonly process: BenchProcess;

  constructor(distDir: string) {
    this.process = startNode({
      name: 'load-generator',
      script: join(distDir, 'bench', 'load', 'worker.js'),
      env: process.env,
      core: LOAD_CORE,
      ipc: true,
    });
  }

  /** Process id, for its CPU time. */
  get pid(): number {
    return this.process.pid;
  }

  /** Runs one cell and returns what was measured; throws if the generator fails or exits. */
  run(cell: LoadRequest): Promise<LoadReply> {
    const { child } = this.process;
    return new Promise<LoadReply>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          finish(
            new Error(
              `load generator did not reply for cell ${cell.cellId} within ${cell.seconds + 60} s`,
            ),
          ),
        (cell.seconds + 60) * 1000,
      );
      const onMessage = (message: LoadReply & { error?: string }) => {
        if (message.cellId !== cell.cellId) return;
        if (message.error)
          finish(
            new Error(
              `load generator failed on ${cell.cellId}: ${message.error}`,
            ),
          );
        else finish(undefined, message);
      };
      const onExit = (code: number | null) =>
        finish(
          new Error(
            `load generator exited (code ${code}) during cell ${cell.cellId}`,
          ),
        );
      const finish = (error?: Error, reply?: LoadReply) => {
        clearTimeout(timer);
        child.off('message', onMessage);
        child.off('exit', onExit);
        if (error) reject(error);
        else resolve(reply!);
      };
      child.on('message', onMessage);
      child.once('exit', onExit);
      child.send(cell);
    });
  }

  /** Stops the generator process. */
  stop(): Promise<void> {
    return stopProcess(this.process);
  }
}
