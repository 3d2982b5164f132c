import type { DatasetDescription } from '../kit/catalog/dataset-description';

export const BOUNDARY_FILES = [
  'ocha_cod-ab_irq_admbnda_adm1_cso_20190603.geojson',
  'ocha_cod-ab_irq_admbnda_adm2_cso_20190603.geojson',
  'ocha_cod-ab_irq_admbnda_adm3_cso_20190603.geojson',
];

export const POPULATION_FILE = 'population_by_governorate.csv';

/** Datasets the planning subgraph publishes. */
export const planningDatasets: DatasetDescription[] = [
  {
    id: 'planning.admin-boundaries',
    ministryId: 'planning',
    title: {
      en: 'Administrative units of Iraq (governorates, districts, sub-districts)',
      ar: 'الوحدات الإدارية في العراق (المحافظات والأقضية والنواحي)',
      ckb: 'یەکە کارگێڕییەکانی عێراق',
    },
    description: {
      en: 'Common Operational Dataset of administrative boundaries: 18 governorates, 101 districts and 294 sub-districts with P-codes and Arabic and English names.',
      ar: 'مجموعة البيانات التشغيلية المشتركة للحدود الإدارية: 18 محافظة و101 قضاء و294 ناحية مع الرموز المكانية والأسماء بالعربية والإنجليزية.',
    },
    licence: {
      id: 'CC-BY-3.0-IGO',
      title: 'Creative Commons Attribution 3.0 IGO',
      url: 'https://creativecommons.org/licenses/by/3.0/igo/',
    },
    source: {
      title: 'OCHA COD-AB Iraq, administrative levels 0-3 (2019-06-03)',
      url: 'https://data.humdata.org/dataset/cod-ab-irq',
      publisher: 'Central Statistical Organization (CSO) and OCHA Iraq',
    },
    files: BOUNDARY_FILES,
    modified: '2019-06-03',
    keywords: ['boundaries', 'p-codes', 'governorates', 'districts'],
    theme: 'REGI',
  },
  {
    id: 'planning.population',
    ministryId: 'planning',
    title: {
      en: 'Population by governorate and year',
      ar: 'السكان حسب المحافظة والسنة',
      ckb: 'دانیشتووان بەپێی پارێزگا و ساڵ',
    },
    description: {
      en: 'Census counts, official estimates, projections and civil-registry counts by governorate, 2009-2024, one row per source. Where sources disagree all figures are kept.',
      ar: 'نتائج التعداد والتقديرات الرسمية والإسقاطات وسجلات الأحوال المدنية حسب المحافظة للفترة 2009-2024، صف لكل مصدر.',
    },
    licence: {
      id: 'public-statistics',
      title:
        'Figures from public statistics (facts, each row cites its publication)',
      url: 'https://cosit.gov.iq/',
    },
    source: {
      title:
        'Central Statistical Organization estimates, projections and the 2024 census, as republished',
      url: 'https://cosit.gov.iq/',
      publisher: 'Central Statistical Organization (CSO), Ministry of Planning',
    },
    files: [POPULATION_FILE],
    modified: '2025-11-26',
    keywords: ['population', 'census', 'estimates'],
    theme: 'SOCI',
  },
];
