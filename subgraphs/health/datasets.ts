import type { DatasetDescription } from '../kit/catalog/dataset-description';
import { HEALTHSITES_FILE } from './source/healthsites';
import { OVERTURE_HEALTH_FILE } from './source/overture';

/** Id of the healthsites.io dataset. */
export const HEALTHSITES_DATASET = 'health.healthsites';

/** Id of the Overture Places dataset for Sulaymaniyah. */
export const OVERTURE_DATASET = 'health.overture-sulaymaniyah';

/** Datasets the health subgraph publishes. */
export const healthDatasets: DatasetDescription[] = [
  {
    id: HEALTHSITES_DATASET,
    ministryId: 'health',
    title: {
      en: 'Health facilities of Iraq from healthsites.io (2019)',
      ar: 'المرافق الصحية في العراق من healthsites.io (2019)',
      ckb: 'دامەزراوە تەندروستییەکانی عێراق لە healthsites.io (2019)',
    },
    description: {
      en: 'Hospitals and clinics mapped in OpenStreetMap and exported by healthsites.io in May 2019: 844 facilities with position, type and attribute completeness, each placed in its governorate, district and sub-district by its coordinates.',
      ar: 'المستشفيات والعيادات المرسومة في OpenStreetMap والمصدّرة من healthsites.io في أيار 2019: 844 مرفقاً مع الموقع والنوع ونسبة اكتمال البيانات، وكل مرفق موضوع في محافظته وقضائه وناحيته حسب إحداثياته.',
    },
    licence: {
      id: 'ODbL-1.0',
      title: 'Open Data Commons Open Database License 1.0',
      url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    },
    source: {
      title:
        'healthsites.io Iraq export (HDX dataset "iraq-healthsites"), as republished in mapmeld/postgis-erbil',
      url: 'https://github.com/mapmeld/postgis-erbil',
      publisher: 'healthsites.io, with data from OpenStreetMap contributors',
    },
    files: [HEALTHSITES_FILE],
    // The export dates from May 2019, but its newest date_modified is 2017/09/26 09:34:25.072+00.
    modified: '2017-09-26',
    keywords: ['health', 'hospitals', 'clinics', 'facilities', 'OpenStreetMap'],
    theme: 'HEAL',
  },
  {
    id: OVERTURE_DATASET,
    ministryId: 'health',
    title: {
      en: 'Health places in Sulaymaniyah from Overture Maps (2025-06)',
      ar: 'الأماكن الصحية في السليمانية من Overture Maps (2025-06)',
      ckb: 'شوێنە تەندروستییەکانی سلێمانی لە Overture Maps (2025-06)',
    },
    description: {
      en: 'Hospitals, medical centres, pharmacies and laboratories in Sulaymaniyah from the Overture Maps Places theme (June 2025 release, records sourced from Meta): 261 places with category and confidence. Categories are self-declared, so some private clinics appear as hospitals.',
      ar: 'المستشفيات والمراكز الطبية والصيدليات والمختبرات في السليمانية من طبقة الأماكن في Overture Maps (إصدار حزيران 2025): 261 مكاناً مع الفئة ودرجة الثقة. الفئات مصرّح بها ذاتياً، لذا تظهر بعض العيادات الخاصة كمستشفيات.',
    },
    licence: {
      id: 'CDLA-Permissive-2.0',
      title: 'Community Data License Agreement – Permissive – Version 2.0',
      url: 'https://cdla.dev/permissive-2-0/',
    },
    source: {
      title:
        'Overture Maps Places, Sulaymaniyah subset, as republished in lawenhunar/map-visualization',
      url: 'https://github.com/lawenhunar/map-visualization',
      publisher: 'Overture Maps Foundation',
    },
    files: [OVERTURE_HEALTH_FILE],
    modified: '2025-06-01',
    keywords: [
      'health',
      'hospitals',
      'pharmacies',
      'laboratories',
      'Sulaymaniyah',
    ],
    theme: 'HEAL',
  },
];
