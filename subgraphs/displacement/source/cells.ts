import type { ProblemCollector } from '../../kit/ingest/problems';

/** Location of a cell, used to report a problem with its value. */
export interface CellContext {
  problems: ProblemCollector;
  /** 1-based line where the record starts. */
  line: number;
  /** Header of the column. */
  column: string;
}

/**
 * Iraq's extent in degrees (COD-AB 2019 admin-0 polygon: 29.07–37.38 N,
 * 38.79–48.62 E) padded by half a degree, so points on the border pass.
 */
export const IRAQ_BOUNDS = {
  minLatitude: 28.5,
  maxLatitude: 37.9,
  minLongitude: 38.3,
  maxLongitude: 49.1,
};

/**
 * Parses a non-negative whole count such as `96`, `1,718` or `12.0` (as a
 * spreadsheet export may write it). Returns null for a blank cell. Records a
 * problem and returns null for anything else (negative, fractional, text).
 */
export function parseCount(value: string, cell: CellContext): number | null {
  if (value === '') return null;
  if (/^\d{1,3}(,\d{3})+$/.test(value)) return Number(value.replace(/,/g, ''));
  if (/^\d+(\.0+)?$/.test(value)) return Number(value);
  cell.problems.add(
    cell.line,
    cell.column,
    `"${value}" is not a count; expected a whole number of 0 or more`,
  );
  return null;
}

/** Parses a count that must be present, recording a problem for a blank cell. */
export function parseRequiredCount(
  value: string,
  cell: CellContext,
): number | null {
  if (value === '') {
    cell.problems.add(
      cell.line,
      cell.column,
      'value is missing; expected a whole number of 0 or more',
    );
    return null;
  }
  return parseCount(value, cell);
}

/**
 * Parses a decimal-degree coordinate and checks it lies within `IRAQ_BOUNDS`.
 * Records a problem and returns null when it is blank, not a number or outside.
 */
export function parseCoordinate(
  value: string,
  axis: 'latitude' | 'longitude',
  cell: CellContext,
): number | null {
  const [min, max] =
    axis === 'latitude'
      ? [IRAQ_BOUNDS.minLatitude, IRAQ_BOUNDS.maxLatitude]
      : [IRAQ_BOUNDS.minLongitude, IRAQ_BOUNDS.maxLongitude];
  const number = /^[-+]?\d+(\.\d+)?$/.test(value) ? Number(value) : NaN;
  if (Number.isNaN(number) || number < min || number > max) {
    cell.problems.add(
      cell.line,
      cell.column,
      `"${value}" is not a ${axis} in Iraq; expected decimal degrees between ${min} and ${max}`,
    );
    return null;
  }
  return number;
}

/** Returns the text of a required cell, recording a problem when it is blank. */
export function requireText(value: string, cell: CellContext): string {
  if (value === '')
    cell.problems.add(
      cell.line,
      cell.column,
      'value is missing; expected text',
    );
  return value;
}

/** Returns true for a spreadsheet error value such as `#N/A` or `#REF!`, left by an xlsx export. */
export function isSpreadsheetError(value: string): boolean {
  return /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NULL!|NUM!)$/i.test(value);
}

// Windows-1252 differs from Latin-1 only in 0x80–0x9F. The table is built by
// hand because some Node 20 builds decode 'windows-1252' as Latin-1.
const WINDOWS_1252_HIGH =
  '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';
const byteOfWindows1252Char = new Map<string, number>(
  Array.from({ length: 256 }, (_, byte): [string, number] => [
    byte >= 0x80 && byte < 0xa0
      ? WINDOWS_1252_HIGH[byte - 0x80]
      : String.fromCharCode(byte),
    byte,
  ]),
);

/**
 * Repairs UTF-8 text that was decoded as Windows-1252 once, such as
 * `Jadâ€™ah` for `Jad’ah`. Text without that pattern, or that does not decode
 * back to valid UTF-8, is returned unchanged.
 */
export function repairMojibake(value: string): string {
  if (!/[ÂÃâ][\u0080-\u00bf\u0152-\u2122]/.test(value)) return value;
  const bytes: number[] = [];
  for (const char of value) {
    const byte = byteOfWindows1252Char.get(char);
    if (byte === undefined) return value;
    bytes.push(byte);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(bytes),
    );
  } catch {
    return value;
  }
}
