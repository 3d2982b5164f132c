/** One invalid value in a source file, located precisely enough to fix it. */
export interface RowProblem {
  /** File name, without its folder. */
  file: string;
  /** 1-based physical line in the file where the record starts. */
  line: number;
  /** Column header (or 1-based column number) holding the bad value. */
  column: string;
  /** Description of the fault and of a valid value. */
  reason: string;
}

/**
 * Raised when a source file has rows that fail validation. The ingestion
 * that raises it rolls back, so the database keeps its previous state.
 */
export class SourceFileError extends Error {
  readonly problems: RowProblem[];

  constructor(problems: RowProblem[]) {
    super(formatProblems(problems));
    this.name = 'SourceFileError';
    this.problems = problems;
  }
}

/** Formats problems one per line as `file:line: column "x": reason`, the first 20 only. */
export function formatProblems(problems: RowProblem[]): string {
  const shown = problems
    .slice(0, 20)
    .map((p) => `${p.file}:${p.line}: column "${p.column}": ${p.reason}`);
  const more =
    problems.length > 20 ? [`… and ${problems.length - 20} more`] : [];
  return [`${problems.length} invalid row value(s):`, ...shown, ...more].join(
    '\n',
  );
}

/** Collects problems while a file streams, then raises them all at once. */
export class ProblemCollector {
  readonly problems: RowProblem[] = [];

  constructor(private readonly file: string) {}

  add(line: number, column: string, reason: string): void {
    this.problems.push({ file: this.file, line, column, reason });
  }

  /** Raises a SourceFileError when any problem was collected. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new SourceFileError(this.problems);
  }
}
