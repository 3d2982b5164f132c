import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lockDatabaseFolder } from './folder-lock';

describe('lockDatabaseFolder', () => {
  let folder: string;

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'lock-'));
  });

  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('rejects a folder another live process holds', async () => {
    const other = spawn('sleep', ['30']);
    writeFileSync(
      join(folder, 'platform.lock'),
      JSON.stringify({ pid: other.pid, purpose: 'health subgraph' }),
    );

    try {
      expect(() => lockDatabaseFolder(folder, 'ingestion of health')).toThrow(
        `is open in process ${other.pid} (health subgraph)`,
      );
    } finally {
      other.kill();
    }
  });

  it('takes over a lock left by a dead process', () => {
    writeFileSync(
      join(folder, 'platform.lock'),
      JSON.stringify({ pid: 2 ** 22 + 7, purpose: 'old' }),
    );

    const release = lockDatabaseFolder(folder, 'planning subgraph');

    expect(existsSync(join(folder, 'platform.lock'))).toBe(true);
    release();
    expect(existsSync(join(folder, 'platform.lock'))).toBe(false);
  });
});
