import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { composeSupergraph, staleFiles } from '../scripts/compose';
import { DIST } from './support/processes';

const root = join(__dirname, '..');

describe('committed schema', () => {
  it('composes and matches the files under schema/', async () => {
    // The printer runs compiled subgraphs; `npm test` builds them first.
    expect(existsSync(join(DIST, 'scripts', 'print-sdl.js'))).toBe(true);

    const composition = await composeSupergraph(DIST);

    expect(staleFiles(root, composition)).toEqual([]);
  }, 120_000);
});
