/** A public body that publishes datasets in the catalog. */
export interface Publisher {
  id: string;
  nameEn: string;
  nameAr: string;
  nameCkb: string;
  acronym: string;
  homepage: string;
}

/** Publishers known to the catalog; ids match the subgraph names that write for them. */
export const PUBLISHERS: readonly Publisher[] = [
  {
    id: 'planning',
    nameEn: 'Ministry of Planning, Central Statistical Organization',
    nameAr: 'وزارة التخطيط، الجهاز المركزي للإحصاء',
    nameCkb: 'وەزارەتی پلاندانان، دەزگای ناوەندیی ئامار',
    acronym: 'MoP-CSO',
    homepage: 'https://cosit.gov.iq/',
  },
  {
    id: 'health',
    nameEn: 'Ministry of Health',
    nameAr: 'وزارة الصحة',
    nameCkb: 'وەزارەتی تەندروستی',
    acronym: 'MoH',
    homepage: 'https://moh.gov.iq/',
  },
  {
    id: 'education',
    nameEn: 'Ministry of Education',
    nameAr: 'وزارة التربية',
    nameCkb: 'وەزارەتی پەروەردە',
    acronym: 'MoE',
    homepage: 'https://epedu.gov.iq/',
  },
  {
    id: 'displacement',
    nameEn: 'Ministry of Migration and Displaced',
    nameAr: 'وزارة الهجرة والمهجرين',
    nameCkb: 'وەزارەتی کۆچ و کۆچبەران',
    acronym: 'MoMD',
    homepage: 'https://momd.gov.iq/',
  },
  {
    id: 'cbi',
    nameEn: 'Central Bank of Iraq',
    nameAr: 'البنك المركزي العراقي',
    nameCkb: 'بانکی ناوەندیی عێراق',
    acronym: 'CBI',
    homepage: 'https://cbi.iq/',
  },
];
