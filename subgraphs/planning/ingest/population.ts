import { join } from 'node:path';
import type { EntityManager } from 'typeorm';
import { bulkInsert } from '../../kit/ingest/bulk';
import { readCsvObjects } from '../../kit/ingest/csv';
import type { WriteSummary } from '../../kit/ingest/dataset';
import { ProblemCollector } from '../../kit/ingest/problems';
import { governorateByCode } from '../../kit/iraq/governorates';
import { POPULATION_FILE } from '../datasets';
import { PopulationKind } from '../population/population-kind';

const REQUIRED = [
  'iso_code',
  'year',
  'population_total',
  'source_url',
  'source_title',
];
const OPTIONAL_COUNTS = [
  'population_male',
  'population_female',
  'population_urban',
  'population_rural',
  'area_km2',
];

/** One validated row of the population file. */
export interface PopulationRecord {
  governorateCode: string;
  year: number;
  total: number;
  counts: (number | null)[];
  kind: PopulationKind;
  secondary: boolean;
  sourceTitle: string;
  sourceUrl: string;
  note: string;
  line: number;
}

/** Replaces the population figures with those of the population file. */
export async function writePopulation(
  manager: EntityManager,
  dataDir: string,
): Promise<WriteSummary> {
  const records = await readPopulation(join(dataDir, POPULATION_FILE));
  await manager.query('DELETE FROM population_figure');
  await bulkInsert(
    manager,
    'population_figure',
    [
      'governorate_code',
      'year',
      'total',
      'male',
      'female',
      'urban',
      'rural',
      'area_km2',
      'kind',
      'secondary',
      'source_title',
      'source_url',
      'note',
      'source_line',
    ],
    records.map((r) => [
      r.governorateCode,
      r.year,
      r.total,
      ...r.counts,
      r.kind,
      r.secondary,
      r.sourceTitle,
      r.sourceUrl,
      r.note,
      r.line,
    ]),
  );
  const years = records.map((r) => r.year);
  return {
    rowCount: records.length,
    spatialCoverage: [...new Set(records.map((r) => r.governorateCode))].sort(),
    temporalStart: String(Math.min(...years)),
    temporalEnd: String(Math.max(...years)),
    details: { figures: records.length },
  };
}

/** Reads and validates the population file; raises SourceFileError listing every bad value. */
export async function readPopulation(
  path: string,
): Promise<PopulationRecord[]> {
  const problems = new ProblemCollector(POPULATION_FILE);
  const records: PopulationRecord[] = [];
  let checkedHeader = false;
  const seen = new Map<string, number>();
  for await (const { line, row, header } of readCsvObjects(path)) {
    if (!checkedHeader) {
      const missing = REQUIRED.filter((name) => !header.includes(name));
      if (missing.length)
        problems.add(
          1,
          missing.join(', '),
          'required column is missing from the header',
        );
      problems.throwIfAny();
      checkedHeader = true;
    }
    const code = row.iso_code.toUpperCase();
    if (!governorateByCode(code))
      problems.add(
        line,
        'iso_code',
        `"${row.iso_code}" is not an ISO 3166-2:IQ governorate code such as IQ-BA`,
      );
    const year = parseCount(row.year);
    if (year === undefined || year === null || year < 1900 || year > 2100)
      problems.add(
        line,
        'year',
        `"${row.year}" is not a year from 1900 to 2100`,
      );
    const total = parseCount(row.population_total);
    if (total === undefined || total === null || total === 0)
      problems.add(
        line,
        'population_total',
        `"${row.population_total}" is not a positive whole number of people`,
      );
    const counts = OPTIONAL_COUNTS.map((column) => {
      const value = parseCount(row[column] ?? '');
      if (value === undefined)
        problems.add(
          line,
          column,
          `"${row[column]}" is not a whole number; leave the cell blank when the source gives none`,
        );
      return value ?? null;
    });
    if (!row.source_title)
      problems.add(
        line,
        'source_title',
        'source title is empty: every figure must name its publication',
      );
    checkParts(line, total ?? 0, counts, problems);
    const sourceKey = `${code}|${year}|${row.source_title}`;
    const firstLine = seen.get(sourceKey);
    if (firstLine !== undefined) {
      problems.add(
        line,
        'source_title',
        `repeats line ${firstLine}: one source gives one figure per governorate and year; remove one of the two rows`,
      );
    } else {
      seen.set(sourceKey, line);
    }
    records.push({
      governorateCode: code,
      year: year ?? 0,
      total: total ?? 0,
      counts,
      kind: classifyKind(row.note ?? ''),
      secondary: /^secondary\b/i.test(row.note ?? ''),
      sourceTitle: row.source_title,
      sourceUrl: row.source_url,
      note: row.note ?? '',
      line,
    });
  }
  problems.throwIfAny();
  return records;
}

/**
 * Collects a problem when a breakdown cannot belong to the total: a part
 * larger than the total, or male + female (urban + rural) off the total by
 * more than 0.01 %. Sources round, so a difference of a few people passes.
 */
function checkParts(
  line: number,
  total: number,
  counts: (number | null)[],
  problems: ProblemCollector,
): void {
  const [male, female, urban, rural] = counts;
  const pairs: [string, number | null, string, number | null][] = [
    ['population_male', male, 'population_female', female],
    ['population_urban', urban, 'population_rural', rural],
  ];
  for (const [nameA, a, nameB, b] of pairs) {
    for (const [name, part] of [
      [nameA, a],
      [nameB, b],
    ] as const) {
      if (part !== null && part > total) {
        problems.add(
          line,
          name,
          `${part} is larger than population_total ${total}: a part cannot exceed the whole`,
        );
      }
    }
    if (
      a !== null &&
      b !== null &&
      Math.abs(a + b - total) > Math.max(2, total * 0.0001)
    ) {
      problems.add(
        line,
        `${nameA}, ${nameB}`,
        `${a} + ${b} = ${a + b} does not add up to population_total ${total}: fix the parts or leave them blank and explain in the note`,
      );
    }
  }
}

/**
 * Classifies a figure from its transcription note. Projections and
 * civil-registry counts are named as such in the note. A census count names the census as its
 * origin ("Population & Housing Census", "census figure"), which the
 * estimates that only mention a census ("loosely says 'according to
 * census'", "NOT the census result") do not; everything else is an estimate.
 */
export function classifyKind(note: string): PopulationKind {
  const text = note.toLowerCase();
  if (text.startsWith('projection')) return PopulationKind.PROJECTION;
  if (text.includes('registry')) return PopulationKind.REGISTRY;
  if (
    /population (&|and) housing census|census (figure|count|result)/.test(
      text,
    ) &&
    !text.startsWith('not the census')
  ) {
    return PopulationKind.CENSUS;
  }
  return PopulationKind.ESTIMATE;
}

/** Parses a whole number; blank gives null, anything else invalid gives undefined. */
function parseCount(value: string): number | null | undefined {
  const text = value.trim();
  if (text === '') return null;
  if (!/^\d+$/.test(text)) return undefined;
  const n = Number(text);
  return Number.isSafeInteger(n) && n <= 2_147_483_647 ? n : undefined;
}
