import type { ProblemCollector } from '../../kit/ingest/problems';

/** A number read from a source cell, with the text it was parsed from. */
export interface ParsedValue {
  /** The nearest IEEE-754 double to `raw`. */
  value: number;
  /** The cell text exactly as published, so digits beyond double precision are not lost. */
  raw: string;
}

/** Position of a cell in its file, for problem reports. */
export interface CellPosition {
  /** 1-based physical line where the record starts. */
  line: number;
  /** Column header of the cell. */
  column: string;
}

// Plain decimal or scientific notation, as statistical exports write numbers.
// Thousands separators, currency signs and placeholders such as ".." do not match.
const DECIMAL = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;

/**
 * Parses a statistical value cell. Returns undefined for a blank cell, which
 * means "no observation" and is never read as zero. Adds a problem to
 * `problems` and returns undefined when the cell contains anything other than a
 * decimal number.
 */
export function parseValueCell(
  cell: string,
  position: CellPosition,
  problems: ProblemCollector,
): ParsedValue | undefined {
  if (cell === '') return undefined;
  if (!DECIMAL.test(cell)) {
    problems.add(
      position.line,
      position.column,
      `value "${cell}" is not a number; expected a decimal such as 1234.5 or 6.8E-05, or a blank cell`,
    );
    return undefined;
  }
  return { value: Number(cell), raw: cell };
}

/**
 * Parses a whole-number cell within [min, max], such as a year or a month.
 * Adds a problem and returns undefined when the cell is blank, not an integer
 * or out of range.
 */
export function parseIntegerCell(
  cell: string,
  range: { min: number; max: number; expected: string },
  position: CellPosition,
  problems: ProblemCollector,
): number | undefined {
  const value = /^\d+$/.test(cell) ? Number(cell) : NaN;
  if (Number.isInteger(value) && value >= range.min && value <= range.max) {
    return value;
  }
  problems.add(
    position.line,
    position.column,
    `value "${cell}" is invalid; expected ${range.expected}`,
  );
  return undefined;
}
