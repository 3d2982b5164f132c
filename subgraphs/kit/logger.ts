import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Creates the process logger: JSON lines on stdout, one child per component.
 * `level` is a pino level name (`info` unless LOG_LEVEL sets another).
 */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({
    name,
    level,
    base: { service: name },
    redact: ['req.headers.authorization', 'token'],
  });
}
