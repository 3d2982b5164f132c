import type {
  DatasetDescription,
  Licence,
} from '../kit/catalog/dataset-description';
import { ADM1_FILE, ADM2_FILE } from './source/admin-units';
import { FORMAL_CAMPS_FILE, INFORMAL_SITES_FILE } from './source/cccm';
import { IDP_MASTER_LIST_FILE, RETURNEE_MASTER_LIST_FILE } from './source/dtm';

/** Id of the IOM DTM IDP master list dataset. */
export const IDP_DATASET = 'displacement.idp-locations';
/** Id of the IOM DTM returnee master list dataset. */
export const RETURNEE_DATASET = 'displacement.returnee-locations';
/** Id of the CCCM camp master list dataset. */
export const CAMPS_DATASET = 'displacement.camps';

/** COD-AB files every displacement dataset is reconciled against. They are part of each load's checksum. */
export const ADMIN_FILES = [ADM1_FILE, ADM2_FILE];

/** Date of the IOM DTM master lists. */
export const DTM_AS_OF = '2019-08-31';

// The files carry no licence and their publishers state none for them.
const UNKNOWN_LICENCE: Licence = {
  id: 'unknown',
  title:
    'Unknown: the source publishes no licence. IOM DTM data on HDX is usually published under the IOM terms of use.',
  url: 'https://github.com/michaelbly/CampProfiles_Iraq_2020',
};

const SOURCE_REPOSITORY =
  'https://github.com/michaelbly/CampProfiles_Iraq_2020';

/** Datasets the displacement subgraph publishes. */
export const displacementDatasets: DatasetDescription[] = [
  {
    id: IDP_DATASET,
    ministryId: 'displacement',
    title: {
      en: 'Internally displaced people by location (IOM DTM master list, 31 August 2019)',
      ar: 'النازحون داخلياً حسب الموقع (القائمة الرئيسية لمصفوفة تتبع النزوح، 31 آب 2019)',
    },
    description: {
      en: '3,106 locations hosting IDP families and individuals, with coordinates, each reconciled to a COD-AB 2019 governorate and district. The closing totals row of the list is not stored as a location.',
      ar: '3106 موقعاً تستضيف أسراً وأفراداً نازحين، مع الإحداثيات، وكل موقع مطابق لمحافظة وقضاء من الحدود الإدارية لعام 2019.',
    },
    licence: UNKNOWN_LICENCE,
    source: {
      title:
        'IOM DTM Iraq IDP master list, 31 August 2019 (xlsx converted to CSV)',
      url: SOURCE_REPOSITORY,
      publisher: 'IOM Iraq Displacement Tracking Matrix (DTM)',
    },
    files: [IDP_MASTER_LIST_FILE],
    modified: DTM_AS_OF,
    keywords: ['displacement', 'IDPs', 'DTM'],
    theme: 'SOCI',
  },
  {
    id: RETURNEE_DATASET,
    ministryId: 'displacement',
    title: {
      en: 'Returnees by location (IOM DTM master list, 31 August 2019)',
      ar: 'العائدون حسب الموقع (القائمة الرئيسية لمصفوفة تتبع النزوح، 31 آب 2019)',
    },
    description: {
      en: '1,688 locations where displaced families have returned, with returnee families and individuals, each reconciled to a COD-AB 2019 governorate and district.',
      ar: '1688 موقعاً عادت إليها أسر نازحة، مع عدد الأسر والأفراد العائدين، وكل موقع مطابق لمحافظة وقضاء.',
    },
    licence: UNKNOWN_LICENCE,
    source: {
      title:
        'IOM DTM Iraq returnee master list, 31 August 2019 (xlsx converted to CSV)',
      url: SOURCE_REPOSITORY,
      publisher: 'IOM Iraq Displacement Tracking Matrix (DTM)',
    },
    files: [RETURNEE_MASTER_LIST_FILE],
    modified: DTM_AS_OF,
    keywords: ['displacement', 'returnees', 'DTM'],
    theme: 'SOCI',
  },
  {
    id: CAMPS_DATASET,
    ministryId: 'displacement',
    title: {
      en: 'IDP camps and informal sites (CCCM Cluster Iraq camp master list, August 2019)',
      ar: 'مخيمات النازحين والمواقع غير الرسمية (القائمة الرئيسية للمخيمات، آب 2019)',
    },
    description: {
      en: 'Formal camps and informal sites with their families and individuals, each reconciled to a COD-AB 2019 governorate and district. Counts are blank where the list gives none, and informal sites report figures of several months.',
      ar: 'المخيمات الرسمية والمواقع غير الرسمية مع عدد الأسر والأفراد، وكل موقع مطابق لمحافظة وقضاء.',
    },
    licence: {
      ...UNKNOWN_LICENCE,
      title:
        'Unknown: the CCCM Cluster Iraq camp master list is published without a licence.',
    },
    source: {
      title:
        'CCCM Cluster Iraq camp master list, August 2019, sheets formal and informal (xlsx converted to CSV)',
      url: SOURCE_REPOSITORY,
      publisher: 'CCCM Cluster Iraq',
    },
    files: [FORMAL_CAMPS_FILE, INFORMAL_SITES_FILE],
    // The list names only its month, so the last day of August 2019 stands for it.
    modified: '2019-08-31',
    keywords: ['displacement', 'camps', 'CCCM'],
    theme: 'SOCI',
  },
];
