import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceFileError } from '../../kit/ingest/problems';
import { readAdminUnits, type AdminUnits } from './admin-units';
import {
  IDP_MASTER_LIST_FILE,
  readIdpMasterList,
  readReturneeMasterList,
  type DtmLocation,
  type IdpMasterList,
} from './dtm';
import { buildMatchReport } from './match-report';
import { PlaceReconciler } from './reconcile';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

const UNITS: AdminUnits = {
  governorates: [
    { pcode: 'IQG09', isoCode: 'IQ-DA', nameEn: 'Duhok', nameAr: 'دهوك' },
  ],
  districts: [
    {
      pcode: 'IQG09Q04',
      nameEn: 'Zakho',
      nameAr: 'زاخو',
      governoratePcode: 'IQG09',
    },
  ],
};

function sum(
  locations: DtmLocation[],
  field: 'families' | 'individuals',
  isoCode?: string,
): number {
  return locations
    .filter(
      (location) => !isoCode || location.match.governorateCode === isoCode,
    )
    .reduce((total, location) => total + location[field], 0);
}

describeWithData('readIdpMasterList', () => {
  let list: IdpMasterList;

  beforeAll(async () => {
    const reconciler = new PlaceReconciler(
      await readAdminUnits(dataDir as string),
    );
    list = await readIdpMasterList(dataDir as string, reconciler);
  });

  test('reads 3,106 locations', () => {
    expect(list.locations).toHaveLength(3106);
  });

  test('reads the declared totals row', () => {
    expect(list.declaredTotals).toEqual({
      line: 3108,
      locations: 3106,
      families: 258819,
      individuals: 1552914,
    });
  });

  test('sums individuals to the declared total', () => {
    expect(sum(list.locations, 'individuals')).toBe(1552914);
  });

  test('sums families to the declared total', () => {
    expect(sum(list.locations, 'families')).toBe(258819);
  });

  test('counts 453,168 IDPs in Nineveh', () => {
    expect(sum(list.locations, 'individuals', 'IQ-NI')).toBe(453168);
  });

  test('counts 323,148 IDPs in Duhok', () => {
    expect(sum(list.locations, 'individuals', 'IQ-DA')).toBe(323148);
  });

  test('reads the first location', () => {
    const { match, ...first } = list.locations[0];
    expect(first).toEqual({
      line: 2,
      locationId: '1101011',
      placeId: '7862',
      governorate: 'Dahuk',
      district: 'Amedi',
      nameEn: 'Qadish Collective',
      nameAr: 'قدش',
      latitude: 37.1005320168,
      longitude: 43.3853994206,
      families: 16,
      individuals: 96,
    });
    expect(match).toEqual({
      pcode: 'IQG09Q01',
      governorateCode: 'IQ-DA',
      method: 'alias',
    });
  });

  test('reports 106 district spellings', () => {
    expect(
      buildMatchReport(IDP_MASTER_LIST_FILE, list.locations).spellings,
    ).toHaveLength(106);
  });

  test('matches 27 spellings by alias', () => {
    expect(
      buildMatchReport(IDP_MASTER_LIST_FILE, list.locations).spellingTotals
        .alias,
    ).toBe(27);
  });

  test('matches 841 rows by alias', () => {
    expect(
      buildMatchReport(IDP_MASTER_LIST_FILE, list.locations).rowTotals.alias,
    ).toBe(841);
  });

  test('leaves no spelling unmatched', () => {
    expect(
      buildMatchReport(IDP_MASTER_LIST_FILE, list.locations).unmatched,
    ).toEqual([]);
  });
});

describeWithData('readReturneeMasterList', () => {
  let locations: DtmLocation[];

  beforeAll(async () => {
    const reconciler = new PlaceReconciler(
      await readAdminUnits(dataDir as string),
    );
    locations = await readReturneeMasterList(dataDir as string, reconciler);
  });

  test('reads 1,688 locations', () => {
    expect(locations).toHaveLength(1688);
  });

  test('counts 4,350,150 returnees', () => {
    expect(sum(locations, 'individuals')).toBe(4350150);
  });

  test('counts 725,025 returnee families', () => {
    expect(sum(locations, 'families')).toBe(725025);
  });

  test('counts 1,696,386 returnees in Nineveh', () => {
    expect(sum(locations, 'individuals', 'IQ-NI')).toBe(1696386);
  });

  test('reports 38 district spellings, 9 by alias', () => {
    const report = buildMatchReport('returnees', locations);
    expect(report.spellings).toHaveLength(38);
    expect(report.spellingTotals.alias).toBe(9);
  });

  test('matches 208 rows by alias', () => {
    expect(buildMatchReport('returnees', locations).rowTotals.alias).toBe(208);
  });

  test('leaves no row unmatched', () => {
    expect(buildMatchReport('returnees', locations).rowTotals.unmatched).toBe(
      0,
    );
  });
});

describe('readIdpMasterList on a broken file', () => {
  const header =
    'Location ID,Place ID,Governorate,District,Location Name,Arabic Name,Latitude,Longitude,Families,Individuals';
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'dtm-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true });
  });

  async function problemsOf(rows: string[]): Promise<SourceFileError> {
    writeFileSync(
      join(dir, IDP_MASTER_LIST_FILE),
      [header, ...rows].join('\n'),
    );
    const error = await readIdpMasterList(
      dir,
      new PlaceReconciler(UNITS),
    ).catch((e: unknown) => e);
    if (!(error instanceof SourceFileError))
      throw new Error('expected a SourceFileError');
    return error;
  }

  test('reports a negative count with its line', async () => {
    const error = await problemsOf([
      '1104016,1,Dahuk,Zakho,A,أ,37.06,42.37,2,12',
      '1104017,2,Dahuk,Zakho,B,ب,37.06,42.37,-3,18',
    ]);
    expect(error.problems).toEqual([
      {
        file: IDP_MASTER_LIST_FILE,
        line: 3,
        column: 'Families',
        reason: '"-3" is not a count; expected a whole number of 0 or more',
      },
    ]);
  });

  test('reports a coordinate outside Iraq', async () => {
    const error = await problemsOf(['1104016,1,Dahuk,Zakho,A,أ,0,42.37,2,12']);
    expect(error.problems[0].column).toBe('Latitude');
  });

  test('reports a non-numeric count', async () => {
    const error = await problemsOf([
      '1104016,1,Dahuk,Zakho,A,أ,37.06,42.37,2,many',
    ]);
    expect(error.problems[0].reason).toBe(
      '"many" is not a count; expected a whole number of 0 or more',
    );
  });

  test('reports an unexpected header', async () => {
    writeFileSync(
      join(dir, IDP_MASTER_LIST_FILE),
      header.replace('Families', 'Households'),
    );
    const error = await readIdpMasterList(
      dir,
      new PlaceReconciler(UNITS),
    ).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
  });

  test('returns a valid file without problems', async () => {
    writeFileSync(
      join(dir, IDP_MASTER_LIST_FILE),
      [header, '1104016,1,Dahuk,Zakho,A,,37.06,42.37,2,12'].join('\r\n'),
    );
    const list = await readIdpMasterList(dir, new PlaceReconciler(UNITS));
    expect(list.locations[0].nameAr).toBeNull();
  });
});
