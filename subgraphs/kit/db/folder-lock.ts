import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Name of the lock file inside an embedded database folder. */
const LOCK_FILE = 'platform.lock';

/**
 * Marks an embedded database folder as open by this process. PGlite is a
 * single-process database: a second process that opens the same folder
 * would not see the first one's writes, or would corrupt them. Throws when
 * another live process holds the folder; a lock left by a dead process is
 * taken over. Returns the function that releases the lock.
 */
export function lockDatabaseFolder(
  folder: string,
  purpose: string,
): () => void {
  const path = join(folder, LOCK_FILE);
  const holder = readHolder(path);
  if (holder && holder.pid !== process.pid && isAlive(holder.pid)) {
    throw new Error(
      `The embedded database in ${folder} is open in process ${holder.pid} (${holder.purpose}): stop that process first, or give each process a PostgreSQL database with DATABASE_URL.`,
    );
  }
  writeFileSync(path, JSON.stringify({ pid: process.pid, purpose }));
  let released = false;
  const release = () => {
    if (released) return;
    released = true;
    if (readHolder(path)?.pid === process.pid) rmSync(path, { force: true });
  };
  process.once('exit', release);
  return release;
}

function readHolder(
  path: string,
): { pid: number; purpose: string } | undefined {
  try {
    const value = JSON.parse(readFileSync(path, 'utf8')) as {
      pid?: unknown;
      purpose?: unknown;
    };
    return typeof value.pid === 'number'
      ? { pid: value.pid, purpose: String(value.purpose ?? 'unknown') }
      : undefined;
  } catch {
    return undefined;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM means the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
