import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { readCsv } from './csv';
import { withProgress } from './progress';

describe('ingestion progress', () => {
  const folder = mkdtempSync(join(tmpdir(), 'progress-'));
  const file = join(folder, 'rows.csv');
  writeFileSync(
    file,
    'id,name\n' +
      Array.from({ length: 20_000 }, (_, i) => `${i},row ${i}`).join('\n'),
  );

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const capture = () => {
    const lines: {
      file?: string;
      bytes?: number;
      percent?: number;
      msg: string;
    }[] = [];
    const logger = pino(
      { level: 'info' },
      { write: (line: string) => lines.push(JSON.parse(line)) },
    );
    return { lines, logger };
  };

  it('logs bytes read and percent inside withProgress', async () => {
    const { lines, logger } = capture();

    let records = 0;
    await withProgress(
      logger,
      async () => {
        for await (const _ of readCsv(file)) records++;
      },
      0,
    );

    expect(records).toBe(20_001);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines[0].file).toBe('rows.csv');
    expect(lines[0].msg).toBe('in progress');
    expect(lines.at(-1)!.percent).toBe(100);
  });

  it('logs nothing outside withProgress', async () => {
    const { lines } = capture();

    for await (const _ of readCsv(file)) void _;

    expect(lines).toEqual([]);
  });
});
