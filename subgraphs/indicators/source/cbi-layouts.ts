import { fileLabel, type CsvRecord } from '../../kit/ingest/csv';
import type { ProblemCollector } from '../../kit/ingest/problems';
import type { CbiFile, CbiSeries } from './cbi';
import { describeCbiLabel } from './cbi-labels';
import { parseIntegerCell, parseValueCell } from './observation';

/** A series with the place its label was read from. */
interface FoundSeries {
  series: CbiSeries;
  line: number;
  column: string;
}

const YEAR = 'السنة';
const MONTH = 'الشهر';
const YEAR_RANGE = { min: 1900, max: 2100, expected: 'a four-digit year' };
const MONTH_RANGE = {
  min: 1,
  max: 12,
  expected: 'a month number from 1 to 12',
};

/** Returns whether a CBI header names its periods in `السنة` (year) and `الشهر` (month) columns. */
export function hasPeriodColumns(header: CsvRecord): boolean {
  return header.cells.includes(YEAR) || header.cells.includes(MONTH);
}

/**
 * Reads the layout with one series per row and one column per year, such as
 * `المؤشر,2023,2024,2025`. Adds a problem for a header cell that is not a
 * year, a repeated year, a blank label or a value that is not a number.
 */
export function readYearColumns(
  header: CsvRecord,
  rows: CsvRecord[],
  file: CbiFile,
  path: string,
  problems: ProblemCollector,
): CbiSeries[] {
  const labelColumn = header.cells[0] || '1';
  const seenYears = new Set<number>();
  const years = header.cells.slice(1).map((cell) => {
    const position = { line: header.line, column: cell };
    const year = parseIntegerCell(cell, YEAR_RANGE, position, problems);
    if (year !== undefined && seenYears.has(year)) {
      problems.add(
        header.line,
        cell,
        `year ${year} repeats; expected one column per year`,
      );
      return undefined;
    }
    if (year !== undefined) seenYears.add(year);
    return year;
  });

  const found: FoundSeries[] = [];
  for (const { line, cells } of rows) {
    const labelAr = cells[0] ?? '';
    if (labelAr === '') {
      problems.add(
        line,
        labelColumn,
        'value is blank; expected a series label',
      );
      continue;
    }
    const current = newSeries(labelAr, file, found.length + 1, path);
    years.forEach((year, i) => {
      const column = header.cells[i + 1];
      const parsed = parseValueCell(
        cells[i + 1] ?? '',
        { line, column },
        problems,
      );
      if (year !== undefined && parsed !== undefined) {
        current.observations.push({ year, ...parsed });
      }
    });
    found.push({ series: current, line, column: labelColumn });
  }
  checkUnique(found, problems);
  return found.map(({ series }) => series);
}

/**
 * Reads the layout with one period per row: `السنة` (year), `الشهر` (month)
 * and one column per series. In an annual file, month 12 marks a full year and
 * an earlier month a year-to-date value. Adds a problem for a missing period
 * column, an invalid year or month, a repeated period, a value under a blank
 * header or a value that is not a number.
 */
export function readPeriodRows(
  header: CsvRecord,
  rows: CsvRecord[],
  file: CbiFile,
  path: string,
  problems: ProblemCollector,
): CbiSeries[] {
  const yearIndex = header.cells.indexOf(YEAR);
  const monthIndex = header.cells.indexOf(MONTH);
  if (yearIndex < 0 || monthIndex < 0) {
    const missing = yearIndex < 0 ? YEAR : MONTH;
    problems.add(
      header.line,
      missing,
      `column is missing; expected both ${YEAR} and ${MONTH}`,
    );
    return [];
  }
  const valueColumns = header.cells.flatMap((labelAr, index) =>
    index === yearIndex || index === monthIndex ? [] : [{ labelAr, index }],
  );
  const found: FoundSeries[] = [];
  const seriesByIndex = new Map<number, CbiSeries>();
  for (const { labelAr, index } of valueColumns) {
    if (labelAr === '') continue;
    const series = newSeries(labelAr, file, found.length + 1, path);
    found.push({ series, line: header.line, column: labelAr });
    seriesByIndex.set(index, series);
  }
  const periodLines = new Map<string, number>();

  for (const { line, cells } of rows) {
    const year = parseIntegerCell(
      cells[yearIndex] ?? '',
      YEAR_RANGE,
      { line, column: YEAR },
      problems,
    );
    const month = parseIntegerCell(
      cells[monthIndex] ?? '',
      MONTH_RANGE,
      { line, column: MONTH },
      problems,
    );
    if (year === undefined || month === undefined) continue;

    const period = file.frequency === 'annual' ? `${year}` : `${year}-${month}`;
    const earlier = periodLines.get(period);
    if (earlier !== undefined) {
      problems.add(
        line,
        YEAR,
        `period ${period} repeats line ${earlier}; expected one row per period`,
      );
      continue;
    }
    periodLines.set(period, line);

    // A full year needs no month, but an annual row that stops earlier is year-to-date.
    const monthField =
      file.frequency === 'annual' && month === 12 ? {} : { month };
    for (const { labelAr, index } of valueColumns) {
      const cell = cells[index] ?? '';
      const column = labelAr || String(index + 1);
      if (labelAr === '' && cell !== '') {
        problems.add(
          line,
          column,
          `value "${cell}" has no column header; expected a series label above it`,
        );
        continue;
      }
      const parsed = parseValueCell(cell, { line, column }, problems);
      const target = seriesByIndex.get(index);
      if (parsed !== undefined && target !== undefined) {
        target.observations.push({ year, ...monthField, ...parsed });
      }
    }
  }
  checkUnique(found, problems);
  return found.map(({ series }) => series);
}

function newSeries(
  labelAr: string,
  file: CbiFile,
  position: number,
  path: string,
): CbiSeries {
  return {
    ...describeCbiLabel(labelAr, file.key, position),
    labelAr,
    frequency: file.frequency,
    sourceFile: fileLabel(path),
    observations: [],
  };
}

// Two labels that differ only in an untranslated unit would otherwise share a code.
function checkUnique(found: FoundSeries[], problems: ProblemCollector): void {
  const labels = new Set<string>();
  const codes = new Map<string, string>();
  for (const { series, line, column } of found) {
    if (labels.has(series.labelAr)) {
      problems.add(
        line,
        column,
        `label "${series.labelAr}" repeats; expected one series per label`,
      );
    } else if (codes.has(series.code)) {
      problems.add(
        line,
        column,
        `label "${series.labelAr}" gets code ${series.code} like "${codes.get(series.code)}"; expected labels that differ in their reviewed translation or unit`,
      );
    }
    labels.add(series.labelAr);
    codes.set(series.code, series.labelAr);
  }
}
