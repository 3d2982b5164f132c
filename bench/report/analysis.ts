import type { CellResult } from '../rounds';
import type { BenchReport } from './model';
import { markdownTable, num } from './table';

/**
 * Lists every missed target with the CPU cost per request of both sides, so
 * the page shows whether the gateway or the subgraphs behind it spend the
 * time. The profile section adds where the gateway's own time goes.
 */
export function missedTargetsSection(report: BenchReport): string[] {
  const missed = report.targets.filter((t) => t.met === false);
  if (missed.length === 0) return ['Every measured target was met.', ''];
  const lines = ['### Missed targets', ''];
  const rows: string[][] = [];
  for (const target of missed) {
    lines.push(
      `- **${target.name}**: ${num(target.measured, 2)} against ${target.goal}; ${target.detail}.`,
    );
    const comparison = target.comparison;
    if (!comparison) continue;
    const mine = findCell(report.cells, comparison.workloadId, comparison.ours);
    const other = findCell(
      report.cells,
      comparison.workloadId,
      comparison.other,
    );
    if (mine && other) lines.push(`  ${explainComparison(mine, other)}`);
    for (const peer of [comparison.ours, comparison.other]) {
      const cell = findCell(report.cells, comparison.workloadId, peer);
      if (!cell) continue;
      rows.push([
        comparison.workloadId,
        peer,
        num(cell.requestsPerSecond.median),
        num(cell.gatewayCpuMs, 2),
        num(cell.subgraphCpuMs, 2),
        num(cell.sqlPerRequest, 2),
      ]);
    }
  }
  lines.push('');
  if (rows.length > 0) {
    lines.push(
      'CPU per request of each side of the missed comparisons. All servers share core 0, so a request costs its gateway time plus its subgraph time on that core:',
      '',
      markdownTable(
        [
          'workload',
          'peer',
          'req/s',
          'gateway CPU ms/req',
          'subgraph CPU ms/req',
          'SQL/req',
        ],
        rows,
      ),
      '',
    );
  }
  return lines;
}

function findCell(
  cells: CellResult[],
  workloadId: string,
  peer: string,
): CellResult | undefined {
  return cells.find(
    (c) => c.workloadId === workloadId && c.peer === peer && !c.skipped,
  );
}

/**
 * Explains one missed comparison from the measurements: whether the rounds
 * overlap, and how much of our per-request CPU the subgraphs spend.
 */
function explainComparison(mine: CellResult, other: CellResult): string {
  const sentences: string[] = [];
  const overlap =
    mine.requestsPerSecond.max >= other.requestsPerSecond.min &&
    other.requestsPerSecond.max >= mine.requestsPerSecond.min;
  if (overlap) {
    sentences.push(
      `The min–max ranges overlap (${num(mine.requestsPerSecond.min)}–${num(mine.requestsPerSecond.max)} against ${num(other.requestsPerSecond.min)}–${num(other.requestsPerSecond.max)} req/s), so this run cannot separate the two peers.`,
    );
  }
  const total = mine.gatewayCpuMs + mine.subgraphCpuMs;
  if (total > 0) {
    const share = (100 * mine.subgraphCpuMs) / total;
    const bound = 1000 / mine.subgraphCpuMs;
    sentences.push(
      `Subgraphs spend ${num(share)}% of the CPU of each ${mine.peer} request (${num(mine.subgraphCpuMs, 2)} of ${num(total, 2)} ms).` +
        ` Even a gateway that cost nothing would reach about ${num(bound)} req/s on one core with these subgraphs,` +
        ` against ${num(other.gatewayCpuMs, 2)} ms gateway and ${num(other.subgraphCpuMs, 2)} ms subgraph CPU per ${other.peer} request.`,
    );
  }
  return sentences.join(' ');
}
