import { badInput, quote } from '../../kit/errors';
import { MAX_PAGE_SIZE } from '../../kit/graphql/connection';
import { WDI_TOPIC_PREFIXES } from '../source/wdi-labels';

/** A year range. Either bound may be null, which leaves that side open. */
export interface YearRange {
  fromYear: number | null;
  toYear: number | null;
}

/** Topics an indicator can have, shared by WDI and CBI series. */
export const TOPICS: readonly string[] = [
  ...new Set(Object.values(WDI_TOPIC_PREFIXES)),
].sort();

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const MAX_SEARCH_LENGTH = 100;
// Letters, digits, dots and underscores, as WDI (SP.POP.TOTL, per_allsp.cov_pop_tot) and CBI codes use.
const INDICATOR_CODE = /^[A-Za-z0-9][A-Za-z0-9._]{0,63}$/;

/**
 * Trims an indicator code and checks its form. Raises BAD_USER_INPUT naming
 * `argument` when it cannot be a series code.
 */
export function checkIndicatorCode(argument: string, code: string): string {
  const trimmed = code.trim();
  if (!INDICATOR_CODE.test(trimmed)) {
    throw badInput(
      argument,
      `${argument}: "${code}" is not an indicator code: use letters, digits, dots and underscores, such as "SP.POP.TOTL" or "CBI.FOREIGN_RESERVES.USD_BN".`,
    );
  }
  return trimmed;
}

/** Checks a list of codes. Raises BAD_USER_INPUT when one is malformed or the list is too long. */
export function checkIndicatorCodes(codes: string[]): string[] {
  if (codes.length > MAX_PAGE_SIZE) {
    throw badInput(
      'code',
      `code: ${codes.length} codes is too many: ask for at most ${MAX_PAGE_SIZE} per request.`,
    );
  }
  return codes.map((code) => checkIndicatorCode('code', code));
}

/** Checks a year argument. Raises BAD_USER_INPUT when it is outside 1900..2100. */
export function checkYear(argument: string, year: number): number {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw badInput(
      argument,
      `${argument}: ${year} is out of range: use a year from ${MIN_YEAR} to ${MAX_YEAR}.`,
    );
  }
  return year;
}

/** Checks a month argument. Raises BAD_USER_INPUT when it is outside 1..12. */
export function checkMonth(month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw badInput(
      'month',
      `month: ${month} is out of range: use a month from 1 to 12.`,
    );
  }
  return month;
}

/**
 * Checks `fromYear` and `toYear`. Raises BAD_USER_INPUT when either is
 * outside 1900..2100 or `fromYear` is after `toYear`.
 */
export function checkYearRange(
  fromYear?: number | null,
  toYear?: number | null,
): YearRange {
  const from = fromYear ?? null;
  const to = toYear ?? null;
  if (from !== null) checkYear('fromYear', from);
  if (to !== null) checkYear('toYear', to);
  if (from !== null && to !== null && from > to) {
    throw badInput(
      'fromYear',
      `fromYear: ${from} is after toYear: ${to}: swap them or widen the range.`,
    );
  }
  return { fromYear: from, toYear: to };
}

/** Checks a topic. Raises BAD_USER_INPUT listing the topics when it is not one. */
export function checkTopic(topic: string): string {
  const normalized = topic.trim().toLowerCase();
  if (!TOPICS.includes(normalized)) {
    throw badInput(
      'topic',
      `topic: "${topic}" is not a topic: use one of ${TOPICS.join(', ')}.`,
    );
  }
  return normalized;
}

/**
 * Checks search text. Raises BAD_USER_INPUT when it has no letter or digit
 * or is longer than 100 characters, as the catalog's search does.
 */
export function checkSearch(search: string): string {
  const trimmed = search.trim();
  if (!/[\p{L}\p{N}]/u.test(trimmed) || trimmed.length > MAX_SEARCH_LENGTH) {
    throw badInput(
      'search',
      `search: ${quote(search)} is not usable: send 1 to ${MAX_SEARCH_LENGTH} characters with at least one letter or digit, or leave it out.`,
    );
  }
  return trimmed;
}
