import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceFileError } from '../../kit/ingest/problems';
import { CBI_FILES, readCbi, readCbiFile, type CbiSeries } from './cbi';

const dataDir = process.env.DATA_DIR;
// Skipped without DATA_DIR: these tests read the real source files.
const describeWithData = dataDir ? describe : describe.skip;

describeWithData('readCbi on the Iraq budget app extracts', () => {
  let series: CbiSeries[];
  const byCode = (code: string): CbiSeries => {
    const found = series.find((s) => s.code === code);
    if (found === undefined) throw new Error(`series ${code} not read`);
    return found;
  };
  const inFile = (file: string) => series.filter((s) => s.sourceFile === file);

  beforeAll(async () => {
    series = await readCbi(dataDir as string);
  });

  it.each([
    ['cbi_annual_via_Iraq_budget_app.csv', 11],
    ['cbi_fiscal_annual_via_Iraq_budget_app.csv', 3],
    ['cbi_fiscal_monthly_via_Iraq_budget_app.csv', 3],
  ])('reads the series of %s', (file, count) => {
    expect(inFile(file)).toHaveLength(count);
  });

  it('gives every series a distinct ASCII code', () => {
    const codes = series.map((s) => s.code);
    expect(new Set(codes).size).toBe(17);
    expect(codes.filter((code) => !/^[A-Z0-9_.]+$/.test(code))).toEqual([]);
  });

  it('translates every label', () => {
    expect(series.filter((s) => s.labelEn === undefined)).toEqual([]);
  });

  it('reads foreign reserves in dollars', () => {
    const reserves = byCode('CBI.FOREIGN_RESERVES.USD_BN');
    expect(reserves.labelAr).toBe('الاحتياطيات الأجنبية (مليار دولار)');
    expect(reserves.labelEn).toBe('Foreign reserves');
    expect(reserves.unit).toBe('billion US$');
    expect(reserves.frequency).toBe('annual');
    expect(reserves.observations[1]).toEqual({
      year: 2024,
      value: 100.26692307692308,
      raw: '100.26692307692308',
    });
  });

  it('counts annual observations', () => {
    const annual = inFile('cbi_annual_via_Iraq_budget_app.csv');
    const total = annual.reduce((n, s) => n + s.observations.length, 0);
    expect(total).toBe(31);
  });

  it('leaves blank trade years out', () => {
    const exports = byCode('CBI.MERCHANDISE_EXPORTS.USD_MN');
    expect(exports.labelAr).toBe('الصادرات السلعية (مليون دولار)');
    expect(exports.observations.map((o) => o.year)).toEqual([2023, 2024]);
  });

  it('counts monthly observations', () => {
    const monthly = inFile('cbi_fiscal_monthly_via_Iraq_budget_app.csv');
    const total = monthly.reduce((n, s) => n + s.observations.length, 0);
    expect(total).toBe(75);
    expect(monthly.every((s) => s.frequency === 'monthly')).toBe(true);
  });

  it('reads cumulative revenue for January 2025', () => {
    const revenue = byCode('CBI.REVENUE_YTD.IQD_BN');
    expect(revenue.labelAr).toBe('الإيرادات التراكمية (مليار دينار)');
    expect(revenue.observations).toHaveLength(25);
    expect(revenue.observations[12]).toEqual({
      year: 2025,
      month: 1,
      value: 8040.3,
      raw: '8040.3',
    });
  });

  it('marks a year-to-date annual value with its month', () => {
    const balance = byCode('CBI.BALANCE.IQD_BN');
    expect(balance.labelAr).toBe('الرصيد السنوي (مليار دينار)');
    expect(balance.observations).toEqual([
      { year: 2024, value: -9753.2, raw: '-9753.2' },
      { year: 2025, value: -17042.7, raw: '-17042.7' },
      { year: 2026, month: 1, value: -339.6, raw: '-339.6' },
    ]);
  });
});

describe('readCbiFile on a broken file', () => {
  const monthly = CBI_FILES[2];
  const write = (lines: string[]): string => {
    const path = join(mkdtempSync(join(tmpdir(), 'cbi-')), 'cbi_broken.csv');
    writeFileSync(path, '\ufeff' + lines.join('\n') + '\n');
    return path;
  };
  const header =
    'السنة,الشهر,الإيرادات التراكمية (مليار دينار),الرصيد التراكمي (مليار دينار)';

  it('rejects a non-numeric value', async () => {
    const path = write([header, '2024,1,11542.1,2750.9', '2024,2,n/a,3902.9']);
    const error = await readCbiFile(path, monthly).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SourceFileError);
    const problems = (error as SourceFileError).problems;
    expect(problems).toHaveLength(1);
    expect(problems[0].file).toBe('cbi_broken.csv');
    expect(problems[0].line).toBe(3);
    expect(problems[0].column).toBe('الإيرادات التراكمية (مليار دينار)');
    expect(problems[0].reason).toContain('"n/a"');
  });

  it('rejects an invalid month', async () => {
    const path = write([header, '2024,13,11542.1,2750.9']);
    const error = await readCbiFile(path, monthly).catch((e: unknown) => e);
    const problems = (error as SourceFileError).problems;
    expect(problems[0].line).toBe(2);
    expect(problems[0].column).toBe('الشهر');
    expect(problems[0].reason).toContain('"13"');
  });

  it('rejects a repeated month', async () => {
    const path = write([header, '2024,1,1.0,2.0', '2024,1,1.0,2.0']);
    const error = await readCbiFile(path, monthly).catch((e: unknown) => e);
    expect((error as SourceFileError).problems[0].reason).toContain(
      'repeats line 2',
    );
  });

  it('rejects a year header that is not a year', async () => {
    const path = write(['المؤشر,2023,سنة', 'التضخم %,4.0,2.6']);
    const error = await readCbiFile(path, CBI_FILES[0]).catch(
      (e: unknown) => e,
    );
    const problems = (error as SourceFileError).problems;
    expect(problems[0].line).toBe(1);
    expect(problems[0].column).toBe('سنة');
  });
});
