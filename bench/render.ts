import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DIST } from './peers/launch';
import type { BenchReport } from './report/model';
import { consoleSummary } from './report/table';
import { evaluateTargets } from './report/targets';
import { writeReport } from './report/write';

/**
 * Renders `docs/benchmarks.md`, `docs/benchmarks.svg` and the stdout table
 * again from a results JSON file, evaluating the targets again but
 * measuring nothing:
 * `node dist/bench/render.js bench/results/<file>.json`. It also writes the
 * JSON again under `bench/results/`, with the same name.
 */
function main(): void {
  const path = process.argv[2];
  if (!path) {
    process.stderr.write(
      'Missing argument: pass the results JSON file, such as bench/results/bench-<time>.json.\n',
    );
    process.exit(2);
  }
  const report = JSON.parse(readFileSync(resolve(path), 'utf8')) as BenchReport;
  // Targets are evaluated again, so changes to their wording show up; the
  // uncached peer exists only when the gateway had a response cache.
  const hasCache = report.cells.some((c) => c.peer === 'ours-uncached');
  report.targets = evaluateTargets(report.cells, report.ingestion, hasCache);
  writeReport(join(DIST, '..'), report);
  process.stdout.write(consoleSummary(report) + '\n');
}

main();
