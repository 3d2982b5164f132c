import { AsyncLocalStorage } from 'node:async_hooks';
import type { Logger } from '../logger';

const scope = new AsyncLocalStorage<{ logger: Logger; intervalMs: number }>();

/**
 * Runs `fn` so that file readers and bulk writers inside it log progress to
 * `logger`, one line per step every `intervalMs` (default 2000 ms).
 */
export function withProgress<T>(
  logger: Logger,
  fn: () => Promise<T>,
  intervalMs = 2000,
): Promise<T> {
  return scope.run({ logger, intervalMs }, fn);
}

/**
 * Returns a reporter for one long step (reading a file, writing a table)
 * that logs at most once per interval, only inside `withProgress`, so short
 * steps log nothing. Call the reporter with the work done so far.
 */
export function progressReporter(
  step: Record<string, string>,
  total?: number,
): (done: number, unit?: string) => void {
  const store = scope.getStore();
  if (!store) return () => {};
  const { logger, intervalMs } = store;
  let next = Date.now() + intervalMs;
  return (done, unit = 'rows') => {
    const now = Date.now();
    if (now < next) return;
    next = now + intervalMs;
    const percent = total
      ? Math.min(100, Math.round((done / total) * 100))
      : undefined;
    logger.info({ ...step, [unit]: done, percent }, 'in progress');
  };
}
