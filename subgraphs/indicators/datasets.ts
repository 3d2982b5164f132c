import type { DatasetDescription } from '../kit/catalog/dataset-description';
import { CBI_FILES } from './source/cbi';
import { WDI_FILES } from './source/wdi';

/** Id of the World Bank WDI dataset. */
export const WDI_DATASET_ID = 'indicators.wdi';

/** Id of the Central Bank of Iraq series dataset. */
export const CBI_DATASET_ID = 'indicators.cbi';

/** Datasets the indicators subgraph publishes. */
export const indicatorsDatasets: DatasetDescription[] = [
  {
    id: WDI_DATASET_ID,
    // The Central Statistical Organization of the Ministry of Planning republishes WDI.
    ministryId: 'planning',
    title: {
      en: 'World Development Indicators for Iraq',
      ar: 'مؤشرات التنمية العالمية للعراق',
    },
    description: {
      en: 'The World Bank World Development Indicators for Iraq: 1,486 yearly series from 1960 to 2025 on population, health, education, energy, labour, trade and the economy. Blank years are left out, never stored as zero.',
      ar: 'مؤشرات التنمية العالمية للبنك الدولي الخاصة بالعراق: 1486 سلسلة سنوية من 1960 إلى 2025 عن السكان والصحة والتعليم والطاقة والعمل والتجارة والاقتصاد. السنوات الفارغة لا تخزن ولا تعد صفراً.',
    },
    licence: {
      id: 'CC-BY-4.0',
      title: 'Creative Commons Attribution 4.0 International',
      url: 'https://creativecommons.org/licenses/by/4.0/',
    },
    source: {
      title:
        'World Development Indicators, Iraq bulk download (API_IRQ_DS2_en_csv_v2_16712)',
      url: 'https://data.worldbank.org/country/iraq',
      publisher: 'World Bank',
    },
    files: [WDI_FILES.data, WDI_FILES.metadata],
    // The data file's "Last Updated Date".
    modified: '2026-04-08',
    keywords: [
      'indicators',
      'statistics',
      'population',
      'economy',
      'world bank',
    ],
    theme: 'ECON',
  },
  {
    id: CBI_DATASET_ID,
    ministryId: 'cbi',
    title: {
      en: 'Central Bank of Iraq monetary and fiscal series',
      ar: 'السلاسل النقدية والمالية للبنك المركزي العراقي',
    },
    description: {
      en: 'Foreign reserves, gold, inflation, the exchange rate, money supply and merchandise trade for 2023-2025, and federal revenue, expenditure and balance by year and by month (cumulative from January) for 2024-2026, from the Central Bank of Iraq monthly statistics workbook.',
      ar: 'الاحتياطيات الأجنبية والذهب والتضخم وسعر الصرف وعرض النقد والتجارة السلعية للفترة 2023-2025، والإيرادات والنفقات والرصيد الاتحادي سنوياً وشهرياً (تراكمياً من كانون الثاني) للفترة 2024-2026، من النشرة الإحصائية الشهرية للبنك المركزي العراقي.',
    },
    licence: {
      id: 'unknown',
      title:
        'Licence unknown: the source states no terms of use for these figures',
      url: 'https://cbi.iq/',
    },
    source: {
      title:
        'Central Bank of Iraq monthly statistics workbook (البيانات الشهرية.xlsx), as extracted by the Iraq_budget_app project',
      url: 'https://cbi.iq/',
      publisher: 'Central Bank of Iraq',
    },
    files: CBI_FILES.map((file) => file.file),
    // The extract has no publication date, so this is the last day of the last month its figures cover.
    modified: '2026-01-31',
    keywords: [
      'central bank',
      'reserves',
      'inflation',
      'money supply',
      'budget',
    ],
    theme: 'ECON',
  },
];

/** Returns the description of one of this subgraph's datasets. Throws for any other id. */
export function indicatorsDataset(id: string): DatasetDescription {
  const found = indicatorsDatasets.find((dataset) => dataset.id === id);
  if (!found)
    throw new Error(
      `"${id}" is not an indicators dataset: use ${WDI_DATASET_ID} or ${CBI_DATASET_ID}.`,
    );
  return found;
}
