import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BenchReport } from './model';
import { resultsPage } from './page';
import { barChartSvg } from './svg';

/**
 * Writes the JSON results under `bench/results/`, the chart to
 * `docs/benchmarks.svg` and the page to `docs/benchmarks.md`; returns the
 * JSON path.
 */
export function writeReport(rootDir: string, report: BenchReport): string {
  const resultsFolder = join(rootDir, 'bench', 'results');
  mkdirSync(resultsFolder, { recursive: true });
  const jsonPath = join(
    resultsFolder,
    `bench-${report.startedAt.replace(/[:.]/g, '-')}.json`,
  );
  writeFileSync(jsonPath, JSON.stringify(report, null, 2) + '\n');
  const docs = join(rootDir, 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(
    join(docs, 'benchmarks.svg'),
    barChartSvg(
      report.cells,
      `Requests/s by workload and peer (${report.machine.cores} cores, ${report.settings.connections} connections)`,
    ),
  );
  writeFileSync(join(docs, 'benchmarks.md'), resultsPage(report));
  return jsonPath;
}
