import type { IngestResult } from '../ingest-bench';
import type { CellResult } from '../rounds';
import type { BenchReport } from './model';

/** Formats a number with thousands separators and `digits` decimals; `–` for NaN. */
export function num(value: number | null | undefined, digits = 0): string {
  // JSON stores NaN as null, so a report read back from a file has nulls.
  if (value === undefined || value === null || Number.isNaN(value)) return '–';
  return value.toLocaleString('en', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
}

/** Labels a target result: `not measured`, `met` or `missedLabel`. */
export function resultLabel(
  met: boolean | undefined,
  missedLabel: string,
): string {
  if (met === undefined) return 'not measured';
  return met ? 'met' : missedLabel;
}

/** Column headers of the cell table. */
export const CELL_HEADERS = [
  'workload',
  'peer',
  'req/s median (min–max)',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'gateway CPU ms/req',
  'subgraph CPU ms/req',
  'SQL/req',
  'cache hits',
  'gateway peak MiB',
];

/** Formats one table row per cell, and the reason for a skipped cell. */
export function cellRows(cells: CellResult[]): string[][] {
  return cells.map((c) => {
    if (c.skipped)
      return [
        c.workloadId,
        c.peer,
        `skipped: ${c.skipped.slice(0, 90)}`,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ];
    const rate = c.requestsPerSecond;
    return [
      c.workloadId,
      c.peer,
      `${num(rate.median)} (${num(rate.min)}–${num(rate.max)})`,
      num(c.p50Ms, 2),
      num(c.p95Ms, 2),
      num(c.p99Ms, 2),
      num(c.gatewayCpuMs, 3),
      num(c.subgraphCpuMs, 3),
      num(c.sqlPerRequest, 2),
      c.peer.startsWith('ours') ? `${num(100 * c.cacheHitShare, 1)}%` : '–',
      num(c.gatewayPeakMiB),
    ];
  });
}

/** Column headers and rows of the ingestion table. */
export function ingestionRows(results: IngestResult[]): {
  headers: string[];
  rows: string[][];
} {
  return {
    headers: [
      'rows',
      'bulkInsert rows/s median (min–max)',
      'COPY rows/s median (min–max)',
      'bulkInsert ÷ COPY',
    ],
    rows: results.map((r) => [
      num(r.rows),
      `${num(r.bulkInsert.median)} (${num(r.bulkInsert.min)}–${num(r.bulkInsert.max)})`,
      `${num(r.copy.median)} (${num(r.copy.min)}–${num(r.copy.max)})`,
      num(r.ratio, 2),
    ]),
  };
}

/** Renders rows as a plain-text table with aligned columns. */
export function textTable(headers: string[], rows: string[][]): string {
  const widths = headers.map((h, i) =>
    Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((c, i) => (c ?? '').padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [
    line(headers),
    widths.map((w) => '-'.repeat(w)).join('  '),
    ...rows.map(line),
  ].join('\n');
}

/** Renders rows as a Markdown table. */
export function markdownTable(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) =>
    `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [
    line(headers),
    line(headers.map(() => '---')),
    ...rows.map(line),
  ].join('\n');
}

/** Formats the stdout summary: cells, ingestion and targets. */
export function consoleSummary(report: BenchReport): string {
  const ingestion = ingestionRows(report.ingestion);
  const targets = report.targets.map((t) => [
    t.name,
    t.goal,
    num(t.measured, 2),
    resultLabel(t.met, 'missed'),
    t.detail,
  ]);
  return [
    textTable(CELL_HEADERS, cellRows(report.cells)),
    '',
    textTable(ingestion.headers, ingestion.rows),
    '',
    textTable(['target', 'goal', 'measured', 'result', 'detail'], targets),
  ].join('\n');
}
