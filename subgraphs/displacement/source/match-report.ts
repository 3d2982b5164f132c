import type { DistrictMatch, MatchMethod } from './reconcile';

/** A source row's district spelling with the result of its reconciliation. */
export interface MatchedRow {
  governorate: string;
  district: string;
  match: DistrictMatch;
}

/** One distinct source (governorate, district) spelling and how its rows were matched. */
export interface SpellingMatch {
  governorate: string;
  district: string;
  /** Number of source rows with this spelling and this result. */
  rows: number;
  method: MatchMethod;
  pcode?: string;
  governorateCode?: string;
}

/** Counts by reconciliation method. `matched` is the sum of `code`, `name` and `alias`. */
export interface MatchTotals {
  matched: number;
  code: number;
  name: number;
  alias: number;
  unmatched: number;
}

/** Reconciliation summary of the district spellings in one source file. */
export interface MatchReport {
  /** Source file name, without its folder. */
  file: string;
  /** Distinct spellings, sorted by governorate then district. */
  spellings: SpellingMatch[];
  /** Totals over source rows. */
  rowTotals: MatchTotals;
  /** Totals over distinct spellings. */
  spellingTotals: MatchTotals;
  /** The spellings that could not be placed, with their row counts. */
  unmatched: SpellingMatch[];
}

/**
 * Builds the match report of one source file. A spelling whose rows were
 * reconciled to different results (possible when rows carry different codes
 * or Arabic names) appears once per result.
 */
export function buildMatchReport(
  file: string,
  rows: Iterable<MatchedRow>,
): MatchReport {
  const bySpelling = new Map<string, SpellingMatch>();
  for (const row of rows) {
    const key = [
      row.governorate,
      row.district,
      row.match.method,
      row.match.pcode ?? '',
    ].join('\u0000');
    const entry = bySpelling.get(key);
    if (entry) {
      entry.rows += 1;
      continue;
    }
    bySpelling.set(key, {
      governorate: row.governorate,
      district: row.district,
      rows: 1,
      method: row.match.method,
      pcode: row.match.pcode,
      governorateCode: row.match.governorateCode,
    });
  }
  const spellings = [...bySpelling.values()].sort(
    (a, b) =>
      a.governorate.localeCompare(b.governorate) ||
      a.district.localeCompare(b.district),
  );
  return {
    file,
    spellings,
    rowTotals: countByMethod(spellings, (s) => s.rows),
    spellingTotals: countByMethod(spellings, () => 1),
    unmatched: spellings.filter((s) => s.method === 'unmatched'),
  };
}

function countByMethod(
  spellings: SpellingMatch[],
  weight: (s: SpellingMatch) => number,
): MatchTotals {
  const totals: MatchTotals = {
    matched: 0,
    code: 0,
    name: 0,
    alias: 0,
    unmatched: 0,
  };
  for (const spelling of spellings) {
    totals[spelling.method] += weight(spelling);
    if (spelling.method !== 'unmatched') totals.matched += weight(spelling);
  }
  return totals;
}
