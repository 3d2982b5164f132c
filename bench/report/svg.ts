import type { CellResult } from '../rounds';
import { PEER_NAMES } from '../peers/launch';
import { WORKLOADS } from '../workloads';

const COLOURS: Record<string, string> = {
  ceiling: '#9e9e9e',
  direct: '#4caf50',
  ours: '#1f77b4',
  'ours-uncached': '#17becf',
  'stock-apollo': '#ff7f0e',
  hive: '#9467bd',
};

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * Draws median requests/s per workload and peer as grouped horizontal bars
 * on a log scale, with a line from min to max over the rounds, as a
 * standalone SVG string. The log scale keeps peers that differ a
 * hundredfold (cached and uncached) readable on one chart.
 */
export function barChartSvg(cells: CellResult[], title: string): string {
  const groups = [
    ...WORKLOADS.map((w) => ({ id: w.id, title: w.title })),
    { id: 'ceiling', title: 'fixed JSON (ceiling)' },
  ]
    .map((g) => ({
      ...g,
      cells: PEER_NAMES.map((p) =>
        cells.find((c) => c.workloadId === g.id && c.peer === p && !c.skipped),
      ).filter((c): c is CellResult => !!c),
    }))
    .filter((g) => g.cells.length > 0);
  const maxRate = Math.max(
    10,
    ...cells.filter((c) => !c.skipped).map((c) => c.requestsPerSecond.max || 0),
  );
  const decades = Math.ceil(Math.log10(maxRate));

  const left = 300;
  const width = 960;
  const plot = width - left - 90;
  const bar = 16;
  const scale = (rate: number) =>
    (Math.log10(Math.max(1, rate)) / decades) * plot;

  let y = 60;
  const parts: string[] = [];
  for (const group of groups) {
    parts.push(
      `<text x="10" y="${y + 12}" font-weight="bold">${escapeXml(group.title)}</text>`,
    );
    y += 20;
    for (const cell of group.cells) {
      const rate = cell.requestsPerSecond;
      const w = scale(rate.median);
      const x1 = left + scale(rate.min);
      const x2 = left + scale(rate.max);
      parts.push(
        `<text x="${left - 8}" y="${y + 12}" text-anchor="end">${escapeXml(cell.peer)}</text>`,
        `<rect x="${left}" y="${y}" width="${w.toFixed(1)}" height="${bar}" fill="${COLOURS[cell.peer] ?? '#555'}"/>`,
        `<line x1="${x1.toFixed(1)}" x2="${x2.toFixed(1)}" y1="${y + bar / 2}" y2="${y + bar / 2}" stroke="#000" stroke-width="1.5"/>`,
        `<text x="${(left + Math.max(w, x2 - left) + 6).toFixed(1)}" y="${y + 12}">${Math.round(rate.median).toLocaleString('en')}</text>`,
      );
      y += bar + 4;
    }
    y += 12;
  }

  const ticks = Array.from({ length: decades + 1 }, (_, i) => {
    const x = (left + (i / decades) * plot).toFixed(1);
    const label = (10 ** i).toLocaleString('en');
    return (
      `<line x1="${x}" x2="${x}" y1="50" y2="${y}" stroke="#ddd"/>` +
      `<text x="${x}" y="${y + 14}" text-anchor="middle" fill="#555">${label}</text>`
    );
  });
  const height = y + 30;

  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="100%" height="100%" fill="#fff"/>`,
    `<text x="10" y="24" font-size="15" font-weight="bold">${escapeXml(title)}</text>`,
    `<text x="10" y="42" fill="#555">Bars: median requests/s over the rounds, log scale. Black line: min to max.</text>`,
    ...ticks,
    ...parts,
    `<line x1="${left}" x2="${left}" y1="50" y2="${y}" stroke="#999"/>`,
    '</svg>',
    '',
  ].join('\n');
}
