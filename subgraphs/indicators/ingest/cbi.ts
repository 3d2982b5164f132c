import type { EntityManager } from 'typeorm';
import type { WriteSummary } from '../../kit/ingest/dataset';
import { CBI_DATASET_ID } from '../datasets';
import { readCbi, type CbiSeries } from '../source/cbi';
import type { WdiTopic } from '../source/wdi-labels';
import { replaceIndicators, type IndicatorRecord } from './store';

/**
 * Topics of the reviewed CBI series, keyed by the code stem after `CBI.`. Each
 * follows the WDI code family of the same concept, so one topic filter finds
 * both sources. Reserves (`FI.`) and money (`FM.`) are finance. Prices (`FP.`)
 * and the exchange rate (`PA.`) are economy. Merchandise trade (`TX.`, `TM.`)
 * is trade, and government accounts (`GC.`) are public sector.
 */
const CBI_TOPICS: Readonly<Record<string, WdiTopic>> = {
  FOREIGN_RESERVES: 'finance',
  GOLD: 'finance',
  M0: 'finance',
  M1: 'finance',
  M2: 'finance',
  INFLATION: 'economy',
  CORE_INFLATION: 'economy',
  EXCHANGE_RATE: 'economy',
  MERCHANDISE_EXPORTS: 'trade',
  MERCHANDISE_IMPORTS: 'trade',
  REVENUE: 'public-sector',
  EXPENDITURE: 'public-sector',
  BALANCE: 'public-sector',
  REVENUE_YTD: 'public-sector',
  EXPENDITURE_YTD: 'public-sector',
  BALANCE_YTD: 'public-sector',
};

const FISCAL_FILES = new Set([
  'cbi_fiscal_annual_via_Iraq_budget_app.csv',
  'cbi_fiscal_monthly_via_Iraq_budget_app.csv',
]);

/**
 * Replaces the Central Bank of Iraq series with those of the CBI extracts in
 * `dataDir`. Raises SourceFileError, before anything is written, when a file
 * has an invalid value.
 */
export async function writeCbi(
  manager: EntityManager,
  dataDir: string,
): Promise<WriteSummary> {
  const series = await readCbi(dataDir);
  return replaceIndicators(manager, CBI_DATASET_ID, series.map(toRecord), {
    untranslatedLabels: series.filter((s) => s.labelEn === undefined).length,
  });
}

/** Returns the topic of a CBI series code, or undefined for an unreviewed label. */
export function cbiTopic(code: string): WdiTopic | undefined {
  const stem = code.split('.')[1] ?? '';
  return CBI_TOPICS[stem];
}

function toRecord(series: CbiSeries): IndicatorRecord {
  return {
    code: series.code,
    source: 'CBI',
    nameEn: series.labelEn,
    nameAr: series.labelAr,
    unit: series.unit,
    topic: cbiTopic(series.code),
    sourceOrganization: FISCAL_FILES.has(series.sourceFile)
      ? 'Central Bank of Iraq, from the federal government accounts of the Ministry of Finance'
      : 'Central Bank of Iraq',
    frequency: series.frequency === 'monthly' ? 'MONTHLY' : 'ANNUAL',
    observations: series.observations,
  };
}
