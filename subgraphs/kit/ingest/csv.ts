import { createReadStream, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { SourceFileError } from './problems';
import { progressReporter } from './progress';

/** One CSV record with the physical line it starts on. */
export interface CsvRecord {
  /** 1-based line of the file where this record starts. */
  line: number;
  /** Raw cells, cleaned by `cleanCell`. */
  cells: string[];
}

/** Options for `readCsv`. */
export interface ReadCsvOptions {
  /** Physical lines to skip before parsing starts, such as a title or preamble. Default 0. */
  skipLines?: number;
}

/**
 * Streams a CSV file record by record. Strips a UTF-8 BOM, accepts LF and
 * CRLF, quoted fields with embedded newlines and rows of uneven width, and
 * normalises each cell with `cleanCell`. Inside `withProgress`, a long file
 * logs how far it has read every 2 seconds.
 */
export async function* readCsv(
  path: string,
  options: ReadCsvOptions = {},
): AsyncGenerator<CsvRecord> {
  const stream = createReadStream(path);
  const report = progressReporter(
    { file: basename(path) },
    statSync(path).size,
  );
  const parser = stream.pipe(
    parse({
      bom: true,
      relax_column_count: true,
      skip_empty_lines: false,
      from_line: (options.skipLines ?? 0) + 1,
      info: true,
    }),
  );
  const offset = options.skipLines ?? 0;
  const records = parser as AsyncIterable<{
    record: string[];
    info: { lines: number; invalid_field_length: number };
  }>;
  try {
    for await (const { record, info } of records) {
      // info.lines is the line the record ends on; count back its embedded newlines.
      const newlines = record.reduce((n, cell) => n + countNewlines(cell), 0);
      report(stream.bytesRead, 'bytes');
      yield {
        line: info.lines - newlines + offset,
        cells: record.map(cleanCell),
      };
    }
  } catch (error) {
    throw asSourceFileError(path, error, offset);
  }
}

/**
 * Turns a csv-parse syntax error (an unclosed or stray quote, say) into a
 * SourceFileError with the file, line and column of the fault.
 */
function asSourceFileError(
  path: string,
  error: unknown,
  offset: number,
): unknown {
  const parseError = error as {
    code?: string;
    lines?: number;
    column?: number;
    message?: string;
  };
  if (!parseError.code?.startsWith('CSV_')) return error;
  const reason = (parseError.message ?? parseError.code).replace(
    / at line \d+$/,
    '',
  );
  return new SourceFileError([
    {
      file: basename(path),
      line: (parseError.lines ?? 0) + offset,
      column:
        parseError.column !== undefined
          ? String(parseError.column + 1)
          : '(quoting)',
      reason: `${reason}: close every quoted field and double any quote inside one ("")`,
    },
  ]);
}

/** Streams a CSV file as objects keyed by header, with the header's own line number. */
export async function* readCsvObjects(
  path: string,
  options: ReadCsvOptions = {},
): AsyncGenerator<{
  line: number;
  row: Record<string, string>;
  header: string[];
}> {
  let header: string[] | undefined;
  for await (const record of readCsv(path, options)) {
    if (!header) {
      header = record.cells;
      continue;
    }
    if (record.cells.every((cell) => cell === '')) continue;
    const row: Record<string, string> = {};
    header.forEach((name, i) => {
      if (!(name in row)) row[name] = record.cells[i] ?? '';
    });
    yield { line: record.line, row, header };
  }
}

/**
 * Trims a cell and folds the whitespace that real files carry: no-break
 * spaces (U+00A0), zero-width marks, tabs and runs of spaces become one
 * space; CRLF inside a quoted cell becomes LF.
 */
export function cleanCell(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u200e\u200f\ufeff]/g, '')
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/** Returns the file name used in problem reports. */
export function fileLabel(path: string): string {
  return basename(path);
}

function countNewlines(cell: string): number {
  let n = 0;
  for (const ch of cell) if (ch === '\n') n++;
  return n;
}
