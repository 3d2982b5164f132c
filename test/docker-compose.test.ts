import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { SUBGRAPHS } from '../scripts/ministries';

const hasCompose =
  spawnSync('docker-compose', ['version'], { stdio: 'ignore' }).status === 0;
// Skipped without Debian's docker-compose: no Docker engine runs here, so the file is only validated.
const describeWithCompose = hasCompose ? describe : describe.skip;

describeWithCompose('docker-compose.yml', () => {
  it('validates and runs every subgraph, a database each, and the gateway', () => {
    const output = execFileSync(
      'docker-compose',
      [
        '-f',
        join(__dirname, '..', 'docker-compose.yml'),
        'config',
        '--services',
      ],
      {
        encoding: 'utf8',
      },
    );
    const services = output.trim().split('\n').sort();

    const expected = SUBGRAPHS.flatMap((s) => [s.name, `${s.name}-db`])
      .concat('gateway')
      .sort();
    expect(services).toEqual(expected);
  });
});
