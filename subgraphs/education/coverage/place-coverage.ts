import type { GraphQLError } from 'graphql';
import { codedError, ErrorCode } from '../../kit/errors';
import { governorateByCode } from '../../kit/iraq/governorates';
import {
  governorateLabel,
  type CoverageIndex,
  type PlaceCoverage,
} from './coverage.loader';
import type { SchoolCoverage } from './coverage.type';

/** Describes the education coverage of a governorate, by ISO 3166-2:IQ code. */
export function governorateCoverage(
  index: CoverageIndex,
  code: string,
): SchoolCoverage {
  const coverage = index.governorates.get(code);
  if (!coverage) {
    return {
      covered: false,
      datasets: [],
      note: uncoveredGovernorate(index, code),
    };
  }
  const count = coverage.districts.length;
  return {
    covered: true,
    datasets: coverage.datasets,
    note: `School records exist for ${count} ${count === 1 ? 'district' : 'districts'} of ${governorateLabel(code)}: ${coverage.districts.join(', ')}. Districts without records have no school data.`,
  };
}

/** Describes the education coverage of a district, by COD-AB P-code. */
export function districtCoverage(
  index: CoverageIndex,
  pcode: string,
): SchoolCoverage {
  const coverage = index.districts.get(pcode);
  if (!coverage) {
    return {
      covered: false,
      datasets: [],
      note: uncoveredDistrict(index, pcode),
    };
  }
  return { covered: true, datasets: coverage.datasets, note: null };
}

/**
 * Returns the coverage of a governorate, or raises NO_DATA naming it and
 * the covered governorates when no dataset has schools there.
 */
export function requireCoveredGovernorate(
  index: CoverageIndex,
  code: string,
): PlaceCoverage {
  const coverage = index.governorates.get(code);
  if (!coverage) throw noData(uncoveredGovernorate(index, code));
  return coverage;
}

/**
 * Returns the coverage of a district, or raises NO_DATA naming it and the
 * covered districts when no dataset has schools there.
 */
export function requireCoveredDistrict(
  index: CoverageIndex,
  pcode: string,
): PlaceCoverage {
  const coverage = index.districts.get(pcode);
  if (!coverage) throw noData(uncoveredDistrict(index, pcode));
  return coverage;
}

function noData(note: string): GraphQLError {
  return codedError(
    ErrorCode.NoData,
    `${note} Check schoolCoverage before asking for schools.`,
  );
}

function uncoveredGovernorate(index: CoverageIndex, code: string): string {
  const covered = [...index.governorates.keys()].map(governorateLabel);
  const place = governorateLabel(code);
  if (covered.length === 0) {
    return `No education dataset covers ${place}, because no education data is loaded.`;
  }
  return `No education dataset covers ${place}. Covered governorates: ${covered.join(', ')}.`;
}

function uncoveredDistrict(index: CoverageIndex, pcode: string): string {
  const covered = [...index.districts].map(
    ([district, { governorateCode }]) =>
      `${district} (${governorateByCode(governorateCode)?.nameEn ?? governorateCode})`,
  );
  const place = `district "${pcode}"`;
  if (covered.length === 0) {
    return `No education dataset covers ${place}, because no education data is loaded.`;
  }
  return `No education dataset covers ${place}. Covered districts: ${covered.join(', ')}.`;
}
