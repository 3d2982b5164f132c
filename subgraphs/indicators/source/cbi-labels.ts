/** English name and code stem of one reviewed Arabic series label. */
interface LabelTranslation {
  /** Short English label. */
  en: string;
  /** Upper-case ASCII code stem, unique among labels. */
  code: string;
}

/** English unit and code suffix of one Arabic unit. */
interface UnitTranslation {
  /** Unit in English, such as "billion IQD". */
  unit: string;
  /** Upper-case ASCII code suffix, such as `IQD_BN`. */
  code: string;
}

/** English label, unit and code derived from an Arabic CBI series label. */
export interface CbiLabel {
  /** Stable ASCII series code. See `describeCbiLabel` for the rule. */
  code: string;
  /** English label, absent when the Arabic label is not in the reviewed table. */
  labelEn?: string;
  /** English unit, absent when the label has none or it is not in the reviewed table. */
  unit?: string;
}

/**
 * Reviewed translations of the Arabic series names of the Central Bank of
 * Iraq statistics, keyed by the label without its unit. The fiscal figures are
 * federal government accounts, and "cumulative" values run from January of
 * the same year.
 */
export const CBI_LABELS: Readonly<Record<string, LabelTranslation>> = {
  'الاحتياطيات الأجنبية': { en: 'Foreign reserves', code: 'FOREIGN_RESERVES' },
  الذهب: { en: 'Gold', code: 'GOLD' },
  التضخم: { en: 'Inflation', code: 'INFLATION' },
  'التضخم الأساس': { en: 'Core inflation', code: 'CORE_INFLATION' },
  'سعر الصرف': { en: 'Exchange rate', code: 'EXCHANGE_RATE' },
  'M0 الأساس النقدي': { en: 'Monetary base (M0)', code: 'M0' },
  M1: { en: 'Narrow money (M1)', code: 'M1' },
  M2: { en: 'Broad money (M2)', code: 'M2' },
  'الصادرات السلعية': {
    en: 'Merchandise exports',
    code: 'MERCHANDISE_EXPORTS',
  },
  'الواردات السلعية': {
    en: 'Merchandise imports',
    code: 'MERCHANDISE_IMPORTS',
  },
  'الإيرادات السنوية': { en: 'Annual revenue', code: 'REVENUE' },
  'النفقات السنوية': { en: 'Annual expenditure', code: 'EXPENDITURE' },
  'الرصيد السنوي': { en: 'Annual balance', code: 'BALANCE' },
  'الإيرادات التراكمية': {
    en: 'Cumulative revenue, year to date',
    code: 'REVENUE_YTD',
  },
  'النفقات التراكمية': {
    en: 'Cumulative expenditure, year to date',
    code: 'EXPENDITURE_YTD',
  },
  'الرصيد التراكمي': {
    en: 'Cumulative balance, year to date',
    code: 'BALANCE_YTD',
  },
};

/** Arabic units written in brackets (or as a trailing `%`) after a CBI label. */
export const CBI_UNITS: Readonly<Record<string, UnitTranslation>> = {
  'مليار دولار': { unit: 'billion US$', code: 'USD_BN' },
  'مليون دولار': { unit: 'million US$', code: 'USD_MN' },
  'مليار دينار': { unit: 'billion IQD', code: 'IQD_BN' },
  'دينار/دولار': { unit: 'IQD per US$', code: 'IQD_PER_USD' },
  '%': { unit: '%', code: 'PCT' },
};

/**
 * Derives the code, English label and unit of an Arabic CBI series label such
 * as "الاحتياطيات الأجنبية (مليار دولار)". The code is `CBI.<label>.<unit>`
 * (here `CBI.FOREIGN_RESERVES.USD_BN`) when both parts are in the reviewed
 * tables, `CBI.<label>` when only the label is, and otherwise
 * `CBI.<fileKey>.<position>` with the 1-based position of the series in its file.
 */
export function describeCbiLabel(
  labelAr: string,
  fileKey: string,
  position: number,
): CbiLabel {
  const { stem, unitAr } = splitUnit(labelAr);
  const translation = CBI_LABELS[stem];
  const unit = unitAr === undefined ? undefined : CBI_UNITS[unitAr];

  let code = `CBI.${fileKey}.${position}`;
  if (translation !== undefined) {
    code =
      unit === undefined
        ? `CBI.${translation.code}`
        : `CBI.${translation.code}.${unit.code}`;
  }
  const label: CbiLabel = { code };
  if (translation !== undefined) label.labelEn = translation.en;
  if (unit !== undefined) label.unit = unit.unit;
  return label;
}

function splitUnit(label: string): { stem: string; unitAr?: string } {
  const bracket = /^(.*?)\s*\(([^()]*)\)$/.exec(label);
  if (bracket) return { stem: bracket[1], unitAr: bracket[2].trim() };
  const percent = /^(.*?)\s*%$/.exec(label);
  if (percent) return { stem: percent[1], unitAr: '%' };
  return { stem: label };
}
