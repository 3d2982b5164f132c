import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceFileError } from '../../kit/ingest/problems';
import {
  readWdi,
  readWdiDataFile,
  type WdiDataset,
  type WdiIndicator,
} from './wdi';
import { readWdiMetadataFile } from './wdi-metadata';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('readWdi on the Iraq download', () => {
  let dataset: WdiDataset;
  const byCode = (code: string): WdiIndicator => {
    const found = dataset.indicators.find(
      (indicator) => indicator.code === code,
    );
    if (found === undefined) throw new Error(`indicator ${code} not read`);
    return found;
  };
  const valueIn = (code: string, year: number) =>
    byCode(code).observations.find((observation) => observation.year === year);

  beforeAll(async () => {
    dataset = await readWdi(dataDir as string);
  });

  it('reads 1,486 indicators', () => {
    expect(dataset.indicators).toHaveLength(1486);
  });

  it('reads the preamble', () => {
    expect(dataset.lastUpdated).toBe('2026-04-08');
    expect(dataset.dataSource).toBe('World Development Indicators');
  });

  it('reads the country', () => {
    expect(dataset.countryCode).toBe('IRQ');
    expect(dataset.countryName).toBe('Iraq');
  });

  it('counts indicators with values', () => {
    const withValues = dataset.indicators.filter(
      (i) => i.observations.length > 0,
    );
    expect(withValues).toHaveLength(1334);
  });

  it('keeps only non-blank cells', () => {
    const total = dataset.indicators.reduce(
      (n, i) => n + i.observations.length,
      0,
    );
    expect(total).toBe(34175);
  });

  it('reads total population', () => {
    expect(byCode('SP.POP.TOTL').name).toBe('Population, total');
    expect(valueIn('SP.POP.TOTL', 2020)?.value).toBe(42116605);
    expect(valueIn('SP.POP.TOTL', 2024)?.value).toBe(46042015);
    expect(valueIn('SP.POP.TOTL', 1960)?.value).toBe(7022052);
    expect(byCode('SP.POP.TOTL').observations).toHaveLength(65);
  });

  it('leaves a blank year out', () => {
    expect(valueIn('SP.POP.TOTL', 2025)).toBeUndefined();
  });

  it('keeps the published digits', () => {
    expect(valueIn('NY.GDP.MKTP.CD', 2024)?.raw).toBe('279641257615.385');
    expect(valueIn('NY.GDP.MKTP.CD', 2024)?.value).toBe(279641257615.385);
  });

  it('reads scientific notation', () => {
    expect(valueIn('TX.VAL.MRCH.R6.ZS', 1994)?.raw).toBe('6.7982619305919E-05');
    expect(valueIn('TX.VAL.MRCH.R6.ZS', 1994)?.value).toBe(6.7982619305919e-5);
  });

  it('joins the metadata description', () => {
    expect(byCode('SP.POP.TOTL').description).toBe(
      'Total population is based on the de facto definition of population, which counts all residents regardless of legal status or citizenship. The values shown are midyear estimates.',
    );
    expect(byCode('FP.CPI.TOTL.ZG').sourceOrganization).toBe(
      'International Financial Statistics database, International Monetary Fund (IMF)',
    );
  });

  it('gives every indicator a description', () => {
    const without = dataset.indicators.filter(
      (i) => i.description === undefined,
    );
    expect(without).toHaveLength(0);
  });

  it.each([
    ['SP.POP.TOTL', 'population', undefined],
    ['NY.GDP.MKTP.CD', 'economy', 'current US$'],
    ['SH.XPD.CHEX.GD.ZS', 'health', '% of GDP'],
    ['SE.PRM.ENRR', 'education', '% gross'],
    ['EG.ELC.ACCS.ZS', 'energy', '% of population'],
    ['SL.UEM.TOTL.ZS', 'labour', '% of total labor force'],
    ['NY.GDP.DEFL.ZS', 'economy', undefined],
    ['HD_HCIP_OVRL_TO', undefined, 'scale 0–325'],
  ])('derives topic and unit of %s', (code, topic, unit) => {
    expect(byCode(code).topic).toBe(topic);
    expect(byCode(code).unit).toBe(unit);
  });
});

describeWithData('readWdiMetadataFile on the Iraq download', () => {
  it('reads 1,486 rows', async () => {
    const metadata = await readWdiMetadataFile(
      join(dataDir as string, 'worldbank_wdi_IRQ_Metadata_Indicator.csv'),
    );
    expect(metadata.size).toBe(1486);
  });
});

describe('readWdiDataFile on a broken file', () => {
  const header =
    '"Country Name","Country Code","Indicator Name","Indicator Code","2019","2020",';
  const write = (text: string): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'wdi-')), 'API_TEST.csv');
    writeFileSync(path, text);
    return path;
  };

  it('rejects a non-numeric value', async () => {
    const path = write(
      [
        '\ufeff"Data Source","World Development Indicators",',
        '',
        '"Last Updated Date","2026-04-08",',
        '',
        header,
        '"Iraq","IRQ","Population, total (people)","SP.POP.TOTL","41000000","4l000000",',
        '',
      ].join('\r\n'),
    );
    const error = await readWdiDataFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    const problems = (error as SourceFileError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('API_TEST.csv');
    expect(problems[0].line).toBe(6);
    expect(problems[0].column).toBe('2020');
    expect(problems[0].reason).toContain('"4l000000"');
  });

  it('finds the header without a preamble', async () => {
    const path = write(
      `${header}\n"Iraq","IRQ","GDP (current US$)","NY.GDP.MKTP.CD","","1.5",\n`,
    );
    const dataset = await readWdiDataFile(path);
    expect(dataset.lastUpdated).toBeUndefined();
    expect(dataset.indicators[0].observations).toEqual([
      { year: 2020, value: 1.5, raw: '1.5' },
    ]);
  });

  it('rejects a file without a header', async () => {
    const path = write('"Data Source","World Development Indicators",\n');
    const error = await readWdiDataFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems[0].column).toBe(
      'Indicator Code',
    );
  });

  it('rejects a repeated code', async () => {
    const row = '"Iraq","IRQ","Population, total","SP.POP.TOTL","1","2",';
    const path = write([header, row, row, ''].join('\n'));
    const error = await readWdiDataFile(path).catch((e: unknown) => e);
    expect((error as SourceFileError).problems[0].line).toBe(3);
    expect((error as SourceFileError).problems[0].reason).toContain(
      'repeats line 2',
    );
  });
});

describe('readWdiMetadataFile on a broken file', () => {
  it('reports the line after a quoted newline', async () => {
    const path = join(
      mkdtempSync(join(tmpdir(), 'wdi-')),
      'Metadata_Indicator.csv',
    );
    writeFileSync(
      path,
      [
        '"INDICATOR_CODE","INDICATOR_NAME","SOURCE_NOTE","SOURCE_ORGANIZATION",',
        '"SP.POP.TOTL","Population, total","First line.',
        'Second line.","UN",',
        '"","Unnamed","","",',
        '',
      ].join('\n'),
    );
    const error = await readWdiMetadataFile(path).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    expect((error as SourceFileError).problems[0].line).toBe(4);
    expect((error as SourceFileError).problems[0].column).toBe(
      'INDICATOR_CODE',
    );
  });
});
