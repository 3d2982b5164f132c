import { join } from 'node:path';
import { fileLabel, readCsv } from '../../kit/ingest/csv';
import { ProblemCollector } from '../../kit/ingest/problems';
import { parseValueCell } from './observation';
import { readWdiMetadataFile } from './wdi-metadata';
import { topicFromCode, unitFromName, type WdiTopic } from './wdi-labels';

/** One yearly value of a WDI indicator. */
export interface WdiObservation {
  /** Calendar year the value refers to. */
  year: number;
  /** The value in the indicator's unit, parsed from `raw`. */
  value: number;
  /** The cell text as published, with every digit the World Bank gave. */
  raw: string;
}

/** One WDI indicator for one country, with its non-blank yearly values. */
export interface WdiIndicator {
  /** WDI indicator code, such as `SP.POP.TOTL`. */
  code: string;
  /** English name from the data file, such as "Population, total". */
  name: string;
  /** Subject area derived from the code prefix. Absent for unlisted prefixes. */
  topic?: WdiTopic;
  /** Unit from the name's trailing bracket, such as "% of GDP". Absent when the name has none. */
  unit?: string;
  /** Definition from the metadata file. Absent when blank or not read. */
  description?: string;
  /** Data suppliers from the metadata file. Absent when blank or not read. */
  sourceOrganization?: string;
  /** Values in year order. A blank cell has no entry, so a missing year is never zero. */
  observations: WdiObservation[];
}

/** The content of a WDI bulk-download CSV for one country. */
export interface WdiDataset {
  /** The preamble's "Data Source", such as "World Development Indicators". */
  dataSource?: string;
  /** The preamble's "Last Updated Date" as ISO `YYYY-MM-DD`. Absent when the preamble lacks it. */
  lastUpdated?: string;
  /** ISO 3166-1 alpha-3 code of the country, such as `IRQ`. */
  countryCode: string;
  /** English country name as the World Bank spells it. */
  countryName: string;
  /** Indicators in file order. */
  indicators: WdiIndicator[];
}

/** Positions of the named columns in the data file header. */
interface HeaderColumns {
  countryName: number;
  countryCode: number;
  indicatorName: number;
  indicatorCode: number;
  years: { index: number; year: number; header: string }[];
}

/** File names of the World Bank WDI download for Iraq, relative to the data folder. */
export const WDI_FILES = {
  data: 'worldbank_wdi_IRQ_API_IRQ_DS2_en_csv_v2_16712.csv',
  metadata: 'worldbank_wdi_IRQ_Metadata_Indicator.csv',
} as const;

const LAST_UPDATED = 'Last Updated Date';
const DATA_SOURCE = 'Data Source';

/**
 * Reads the WDI data and indicator metadata files from `dataDir` and joins them
 * by indicator code. Names come from the data file, because the metadata
 * file spells a few differently. Indicators without a metadata row keep
 * `description` and `sourceOrganization` absent. Raises SourceFileError
 * listing every invalid value of the file that failed.
 */
export async function readWdi(
  dataDir: string,
  files: { data: string; metadata: string } = WDI_FILES,
): Promise<WdiDataset> {
  const dataset = await readWdiDataFile(join(dataDir, files.data));
  const metadata = await readWdiMetadataFile(join(dataDir, files.metadata));
  for (const indicator of dataset.indicators) {
    const entry = metadata.get(indicator.code);
    if (entry?.description !== undefined) {
      indicator.description = entry.description;
    }
    if (entry?.sourceOrganization !== undefined) {
      indicator.sourceOrganization = entry.sourceOrganization;
    }
  }
  return dataset;
}

/**
 * Reads a WDI bulk-download data CSV (`API_<country>_DS2_…csv`). Finds the
 * header row by its column names instead of a fixed preamble length, reads
 * "Data Source" and "Last Updated Date" from the lines above it, and keeps
 * every non-blank year cell as a number. Raises SourceFileError when the header
 * is missing, a year cell is not a number, a code is blank or repeated, the
 * date is not `YYYY-MM-DD`, or rows name more than one country.
 */
export async function readWdiDataFile(path: string): Promise<WdiDataset> {
  const problems = new ProblemCollector(fileLabel(path));
  const preamble = new Map<string, { value: string; line: number }>();
  const indicators: WdiIndicator[] = [];
  const firstLine = new Map<string, number>();
  let columns: HeaderColumns | undefined;
  let country: { code: string; name: string } | undefined;

  for await (const { line, cells } of readCsv(path)) {
    if (columns === undefined) {
      columns = findHeader(cells);
      if (columns === undefined && cells[0]) {
        preamble.set(cells[0], { value: cells[1] ?? '', line });
      }
      continue;
    }
    if (cells.every((cell) => cell === '')) continue;

    const code = cells[columns.indicatorCode] ?? '';
    const rowCountry = {
      code: cells[columns.countryCode] ?? '',
      name: cells[columns.countryName] ?? '',
    };
    country ??= rowCountry;
    if (rowCountry.code !== country.code) {
      problems.add(
        line,
        'Country Code',
        `value "${rowCountry.code}" differs from "${country.code}" on the first row; expected one country per file`,
      );
    }
    if (code === '') {
      problems.add(
        line,
        'Indicator Code',
        'value is blank; expected a WDI indicator code',
      );
      continue;
    }
    const earlier = firstLine.get(code);
    if (earlier !== undefined) {
      problems.add(
        line,
        'Indicator Code',
        `code "${code}" repeats line ${earlier}; expected one row per indicator`,
      );
      continue;
    }
    firstLine.set(code, line);
    indicators.push(readIndicator(code, line, cells, columns, problems));
  }

  if (columns === undefined) {
    problems.add(
      1,
      'Indicator Code',
      'header row not found; expected a row with Country Name, Country Code, Indicator Name, Indicator Code and year columns',
    );
  }
  const lastUpdated = checkDate(preamble.get(LAST_UPDATED), problems);
  problems.throwIfAny();

  const dataset: WdiDataset = {
    countryCode: country?.code ?? '',
    countryName: country?.name ?? '',
    indicators,
  };
  const dataSource = preamble.get(DATA_SOURCE)?.value;
  if (dataSource) dataset.dataSource = dataSource;
  if (lastUpdated) dataset.lastUpdated = lastUpdated;
  return dataset;
}

function findHeader(cells: string[]): HeaderColumns | undefined {
  const countryName = cells.indexOf('Country Name');
  const countryCode = cells.indexOf('Country Code');
  const indicatorName = cells.indexOf('Indicator Name');
  const indicatorCode = cells.indexOf('Indicator Code');
  if (Math.min(countryName, countryCode, indicatorName, indicatorCode) < 0) {
    return undefined;
  }
  const years = cells.flatMap((header, index) =>
    /^\d{4}$/.test(header) ? [{ index, year: Number(header), header }] : [],
  );
  return { countryName, countryCode, indicatorName, indicatorCode, years };
}

function readIndicator(
  code: string,
  line: number,
  cells: string[],
  columns: HeaderColumns,
  problems: ProblemCollector,
): WdiIndicator {
  const name = cells[columns.indicatorName] ?? '';
  const indicator: WdiIndicator = { code, name, observations: [] };
  const topic = topicFromCode(code);
  const unit = unitFromName(name);
  if (topic !== undefined) indicator.topic = topic;
  if (unit !== undefined) indicator.unit = unit;

  for (const { index, year, header } of columns.years) {
    const parsed = parseValueCell(
      cells[index] ?? '',
      { line, column: header },
      problems,
    );
    if (parsed !== undefined) indicator.observations.push({ year, ...parsed });
  }
  return indicator;
}

function checkDate(
  entry: { value: string; line: number } | undefined,
  problems: ProblemCollector,
): string | undefined {
  if (entry === undefined) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(entry.value)) return entry.value;
  problems.add(
    entry.line,
    LAST_UPDATED,
    `value "${entry.value}" is not a date; expected YYYY-MM-DD`,
  );
  return undefined;
}
