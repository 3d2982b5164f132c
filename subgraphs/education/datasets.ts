import type { DatasetDescription } from '../kit/catalog/dataset-description';
import { BOUNDARY_FILES } from '../kit/geo/boundaries';
import { OSM_SCHOOLS_FILE } from './source/osm-schools';
import { OVERTURE_EDUCATION_FILE } from './source/overture-education';

/** Id of the OpenStreetMap schools of Erbil city. */
export const OSM_DATASET = 'education.osm-schools-erbil';
/** Id of the Overture Maps places of learning in Sulaymaniyah. */
export const OVERTURE_DATASET = 'education.overture-sulaymaniyah';

/**
 * COD-AB district and sub-district files that schools are placed in. They are
 * part of each dataset's checksum, so new boundaries reload every dataset.
 */
export const PLACEMENT_FILES = [BOUNDARY_FILES[2], BOUNDARY_FILES[3]];

/** Datasets the education subgraph publishes. */
export const educationDatasets: DatasetDescription[] = [
  {
    id: OSM_DATASET,
    ministryId: 'education',
    title: {
      en: 'Schools of Erbil city (OpenStreetMap, 24 May 2019)',
      ar: 'مدارس مدينة أربيل (خريطة الشارع المفتوحة، 24 أيار 2019)',
      ckb: 'قوتابخانەکانی شاری هەولێر (OpenStreetMap، 24ی ئایاری 2019)',
    },
    description: {
      en: '306 schools mapped on OpenStreetMap in Erbil city, from an Overpass export of 24 May 2019, each placed in a COD-AB 2019 governorate, district and sub-district. Covers Erbil city only, not the rest of Erbil governorate. Names in English, Arabic and Sorani Kurdish where mapped, but most records give no school level. Phone, e-mail, operator and Facebook tags were removed from the export.',
      ar: '306 مدرسة مرسومة على خريطة الشارع المفتوحة في مدينة أربيل، من تصدير Overpass بتاريخ 24 أيار 2019، وكل مدرسة مطابقة لمحافظة وقضاء وناحية من الحدود الإدارية لعام 2019. تغطي مدينة أربيل فقط وليس بقية المحافظة.',
    },
    licence: {
      id: 'ODbL-1.0',
      title: 'Open Data Commons Open Database License 1.0',
      url: 'https://opendatacommons.org/licenses/odbl/1-0/',
    },
    source: {
      title:
        'OpenStreetMap amenity=school features of Erbil city, Overpass export 2019-05-24 (mapmeld/postgis-erbil, step-2/schools.geojson)',
      url: 'https://github.com/mapmeld/postgis-erbil',
      publisher: 'OpenStreetMap contributors',
    },
    files: [OSM_SCHOOLS_FILE],
    modified: '2019-05-24',
    keywords: ['schools', 'education', 'OpenStreetMap', 'Erbil'],
    theme: 'EDUC',
  },
  {
    id: OVERTURE_DATASET,
    ministryId: 'education',
    title: {
      en: 'Schools, colleges and universities in Sulaymaniyah (Overture Maps Places, June 2025)',
      ar: 'المدارس والكليات والجامعات في السليمانية (أماكن Overture Maps، حزيران 2025)',
      ckb: 'قوتابخانە و کۆلێژ و زانکۆکانی سلێمانی (Overture Maps، حوزەیرانی 2025)',
    },
    description: {
      en: "168 places in Sulaymaniyah whose primary Overture category is a school, preschool, college, university, language or religious school, with Overture's confidence that the place exists, each placed in a COD-AB 2019 governorate, district and sub-district. Categories are self-declared by each place's business page, and names mix Kurdish, Arabic and English in one string.",
      ar: '168 مكاناً في السليمانية فئتها الرئيسية في Overture مدرسة أو روضة أو كلية أو جامعة أو مدرسة لغات أو مدرسة دينية، مع درجة ثقة Overture بوجود المكان، وكل مكان مطابق لمحافظة وقضاء وناحية من الحدود الإدارية لعام 2019.',
    },
    licence: {
      id: 'CDLA-Permissive-2.0',
      title: 'Community Data License Agreement – Permissive, Version 2.0',
      url: 'https://cdla.dev/permissive-2-0/',
    },
    source: {
      title:
        'Overture Maps Places theme, 2025-06 release, education categories of the Sulaymaniyah extract (lawenhunar/map-visualization, geo locations/slemani_places.geojson)',
      url: 'https://github.com/lawenhunar/map-visualization',
      publisher:
        'Overture Maps Foundation (Places theme, records sourced from Meta)',
    },
    files: [OVERTURE_EDUCATION_FILE],
    modified: '2025-06-01',
    keywords: [
      'schools',
      'universities',
      'education',
      'Overture',
      'Sulaymaniyah',
    ],
    theme: 'EDUC',
  },
];
