import { join } from 'node:path';
import { fileLabel, readCsv, type CsvRecord } from '../../kit/ingest/csv';
import { ProblemCollector } from '../../kit/ingest/problems';
import {
  hasPeriodColumns,
  readPeriodRows,
  readYearColumns,
} from './cbi-layouts';

/** How often a CBI series is observed. */
export type CbiFrequency = 'annual' | 'monthly';

/** One value of a CBI series. */
export interface CbiObservation {
  /** Calendar year. */
  year: number;
  /**
   * Month 1 to 12. Monthly series always have it. Annual series have it only
   * for a year-to-date value covering January to this month, and leave it
   * absent for a full year.
   */
  month?: number;
  /** The value in the series unit, parsed from `raw`. */
  value: number;
  /** The cell text as published. */
  raw: string;
}

/** One Central Bank of Iraq statistical series. */
export interface CbiSeries {
  /** Stable ASCII code, such as `CBI.FOREIGN_RESERVES.USD_BN`. See `describeCbiLabel`. */
  code: string;
  /** Arabic label as published (whitespace cleaned), unit included. */
  labelAr: string;
  /** Reviewed English label. Absent when the Arabic label is not in the table. */
  labelEn?: string;
  /** English unit, such as "billion IQD". Absent when unknown. */
  unit?: string;
  /** Annual or monthly, set by the file the series comes from. */
  frequency: CbiFrequency;
  /** Name of the file the series was read from. */
  sourceFile: string;
  /** Values in file order. A blank cell has no entry, so a missing period is never zero. */
  observations: CbiObservation[];
}

/** A CBI extract: its file name, code key and frequency. */
export interface CbiFile {
  /** File name inside the data folder. */
  file: string;
  /** Code segment for series whose label has no reviewed translation. */
  key: string;
  /** Frequency of every series in the file. */
  frequency: CbiFrequency;
}

/** The three CBI extracts of the Iraq budget app, relative to the data folder. */
export const CBI_FILES: readonly CbiFile[] = [
  {
    file: 'cbi_annual_via_Iraq_budget_app.csv',
    key: 'ANNUAL',
    frequency: 'annual',
  },
  {
    file: 'cbi_fiscal_annual_via_Iraq_budget_app.csv',
    key: 'FISCAL_ANNUAL',
    frequency: 'annual',
  },
  {
    file: 'cbi_fiscal_monthly_via_Iraq_budget_app.csv',
    key: 'FISCAL_MONTHLY',
    frequency: 'monthly',
  },
];

/**
 * Reads every CBI extract in `files` from `dataDir`, series of the first file
 * first. Raises SourceFileError for the first file that contains an invalid value.
 */
export async function readCbi(
  dataDir: string,
  files: readonly CbiFile[] = CBI_FILES,
): Promise<CbiSeries[]> {
  const series: CbiSeries[] = [];
  for (const file of files) {
    series.push(...(await readCbiFile(join(dataDir, file.file), file)));
  }
  return series;
}

/**
 * Reads one CBI extract in either of two layouts, chosen by the header. In
 * one, each row is a series with a column per year (`المؤشر,2023,2024,…`).
 * In the other, each row is a period with `السنة` (year) and `الشهر` (month)
 * columns, and each remaining column is a series. Raises SourceFileError when
 * a value is not a number, a year or month is invalid, a period or label
 * repeats, or a label is blank.
 */
export async function readCbiFile(
  path: string,
  file: CbiFile,
): Promise<CbiSeries[]> {
  const problems = new ProblemCollector(fileLabel(path));
  const records: CsvRecord[] = [];
  for await (const record of readCsv(path)) {
    if (record.cells.some((cell) => cell !== '')) records.push(record);
  }
  const [header, ...rows] = records;
  let series: CbiSeries[] = [];
  if (header === undefined) {
    problems.add(1, '1', 'file is empty; expected a header row');
  } else if (hasPeriodColumns(header)) {
    series = readPeriodRows(header, rows, file, path, problems);
  } else {
    series = readYearColumns(header, rows, file, path, problems);
  }
  problems.throwIfAny();
  return series;
}
