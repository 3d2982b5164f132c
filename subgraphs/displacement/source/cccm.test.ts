import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceFileError } from '../../kit/ingest/problems';
import { readAdminUnits } from './admin-units';
import {
  INFORMAL_SITES_FILE,
  readFormalCamps,
  readInformalSites,
  type CampList,
  type CampSite,
} from './cccm';
import { repairMojibake } from './cells';
import { buildMatchReport } from './match-report';
import { PlaceReconciler } from './reconcile';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

function total(sites: CampSite[], field: 'families' | 'individuals'): number {
  return sites.reduce((sum, site) => sum + (site[field] ?? 0), 0);
}

function inGovernorate(sites: CampSite[], isoCode: string): CampSite[] {
  return sites.filter((site) => site.match.governorateCode === isoCode);
}

describeWithData('readFormalCamps', () => {
  let list: CampList;

  beforeAll(async () => {
    const reconciler = new PlaceReconciler(
      await readAdminUnits(dataDir as string),
    );
    list = await readFormalCamps(dataDir as string, reconciler);
  });

  test('reads 57 camps and skips 39 blank rows', () => {
    expect(list.sites).toHaveLength(57);
  });

  test('counts 377,395 individuals', () => {
    expect(total(list.sites, 'individuals')).toBe(377395);
  });

  test('counts 75,917 families', () => {
    expect(total(list.sites, 'families')).toBe(75917);
  });

  test('places 11 camps in Duhok', () => {
    expect(inGovernorate(list.sites, 'IQ-DA')).toHaveLength(11);
  });

  test('places 20 camps in Nineveh', () => {
    expect(inGovernorate(list.sites, 'IQ-NI')).toHaveLength(20);
  });

  test('follows COD_District for Mamilian', () => {
    const mamilian = list.sites.find((site) => site.name === 'Mamilian');
    expect(mamilian?.match).toEqual({
      pcode: 'IQG15Q01',
      governorateCode: 'IQ-NI',
      method: 'name',
    });
  });

  test('keeps blank counts as null', () => {
    const surdesh = list.sites.find((site) => site.name === 'Surdesh');
    expect(surdesh?.individuals).toBeNull();
  });

  test('repairs the mis-decoded REACH name', () => {
    expect(
      list.sites.find((site) => site.ssid === 'IQ1505-0010-002')?.nameReach,
    ).toBe('Qayyarah Jad’ah');
  });

  test('strips and flags the star suffix', () => {
    expect(
      list.sites.filter((site) => site.starred).map((site) => site.name),
    ).toEqual(['Hamam Al Alil 1', 'As Salamyiah Nimrud']);
  });

  test('warns about the #N/A district', () => {
    expect(list.warnings).toEqual([
      {
        file: 'cccm_iraq_idp_camps_masterlist_2019-08_formal.csv',
        line: 55,
        column: 'COD_District',
        reason: '"#N/A" names no district; reconciled from District instead',
      },
    ]);
  });

  test('matches every camp by name', () => {
    const report = buildMatchReport('formal', list.sites);
    expect(report.rowTotals).toEqual({
      matched: 57,
      code: 0,
      name: 57,
      alias: 0,
      unmatched: 0,
    });
  });
});

describeWithData('readInformalSites', () => {
  let list: CampList;

  beforeAll(async () => {
    const reconciler = new PlaceReconciler(
      await readAdminUnits(dataDir as string),
    );
    list = await readInformalSites(dataDir as string, reconciler);
  });

  test('reads 20 sites', () => {
    expect(list.sites).toHaveLength(20);
  });

  test('reads the declared totals row', () => {
    expect(list.declaredTotals).toEqual({
      line: 23,
      families: 1803,
      individuals: 9933,
    });
  });

  test('sums individuals to the declared total', () => {
    expect(total(list.sites, 'individuals')).toBe(9933);
  });

  test('reads the first site', () => {
    const { match, ...first } = list.sites[0];
    expect(first).toEqual({
      line: 3,
      kind: 'informal',
      serial: 1,
      month: 'January',
      name: 'Shams CC',
      nameReach: null,
      starred: true,
      siteType: 'Collective Centre',
      ssid: 'IQ0701-0202',
      governorate: 'Baghdad',
      district: 'Abu Ghraib',
      codDistrict: null,
      families: 265,
      individuals: 1222,
      females: 560,
      males: 662,
    });
    expect(match).toEqual({
      pcode: 'IQG08Q02',
      governorateCode: 'IQ-BG',
      method: 'alias',
    });
  });

  test('warns about a site name in the SSID column', () => {
    expect(list.warnings.map((warning) => warning.line)).toEqual([15]);
  });

  test('matches 2 sites by alias', () => {
    expect(buildMatchReport('informal', list.sites).rowTotals.alias).toBe(2);
  });
});

describe('readInformalSites on a broken file', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'cccm-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true });
  });

  test('reports a fractional count with its line', async () => {
    const lines = [
      'Informal Sites Information ,,,,,,,,,,',
      'Snr. ,Month,Governorate,District,Name,Type ,SSID,Total no of families,Total no of individuals,Total no of Females,Total no of Males',
      '1,July,Missan,Amara,Site A*,Collective Centre,IQ1402-0017,50,281,140,141',
      '2,July,Missan,Amara,Site B,Collective Centre,IQ1402-0001,15,70.5,40,30',
    ];
    writeFileSync(join(dir, INFORMAL_SITES_FILE), lines.join('\n'));
    const reconciler = new PlaceReconciler({ governorates: [], districts: [] });
    const error = await readInformalSites(dir, reconciler).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems).toEqual([
      {
        file: INFORMAL_SITES_FILE,
        line: 4,
        column: 'Total no of individuals',
        reason: '"70.5" is not a count; expected a whole number of 0 or more',
      },
    ]);
  });
});

describe('repairMojibake', () => {
  test('repairs UTF-8 read as Windows-1252', () => {
    expect(repairMojibake('Jadâ€™ah')).toBe('Jad’ah');
  });

  test('leaves correct text unchanged', () => {
    expect(repairMojibake('Qayyarah Jad’ah')).toBe('Qayyarah Jad’ah');
  });
});
