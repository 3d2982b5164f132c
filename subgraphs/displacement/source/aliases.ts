import { normaliseEnglishName } from './names';

/** A reviewed source spelling of a district that name matching cannot place. */
export interface DistrictAlias {
  /** Spelling as the source writes it; matched through `normaliseEnglishName`. */
  spelling: string;
  /** Official COD-AB 2019 admin-2 P-code. */
  pcode: string;
  /** Evidence that the spelling is this district. */
  reason: string;
}

/** A reviewed source spelling of a governorate. */
export interface GovernorateAlias {
  spelling: string;
  /** ISO 3166-2:IQ code. */
  isoCode: string;
  reason: string;
}

// Point counts are DTM locations (IDP and returnee master lists, 2019-08-31)
// whose coordinates fall inside the COD-AB 2019 district polygon.
/** District spellings of IOM DTM and CCCM, each checked against COD-AB polygons or sub-districts. */
export const DISTRICT_ALIASES: readonly DistrictAlias[] = [
  a(
    "Ra'ua",
    'IQG01Q05',
    'Rawa is COD-AB sub-district IQG01Q05N02 of Ana; all 12 DTM points lie in Ana',
  ),
  a(
    'Abu Ghraib',
    'IQG08Q02',
    'COD-AB sub-district IQG08Q02N02 of Al-Kadhmiyah; CCCM COD_District agrees',
  ),
  a(
    'Tarmia',
    'IQG08Q02',
    'Al-Tarmiya is COD-AB sub-district IQG08Q02N04; 46 of 48 DTM points lie in Al-Kadhmiyah',
  ),
  a(
    'Kadhimia',
    'IQG08Q02',
    'spelling of Al-Kadhmiyah; 81 of 86 DTM points lie in it',
  ),
  a(
    'Thawra1',
    'IQG08Q07',
    'DTM splits Al-Thawra (Sadr City) in two; its DTM point lies in Al-Thawra',
  ),
  a(
    'Thawra2',
    'IQG08Q07',
    'DTM splits Al-Thawra (Sadr City) in two; all 23 DTM points lie in Al-Thawra',
  ),
  a(
    'Resafa',
    'IQG08Q06',
    'spelling of Al-Risafa; 90 of 103 DTM points lie in it; CCCM COD_District agrees',
  ),
  a(
    'Soran',
    'IQG11Q05',
    'Soran district is COD-AB Rawanduz; all 11 DTM points lie in it',
  ),
  a(
    'Mergasur',
    'IQG11Q05',
    'COD-AB sub-district IQG11Q05N05 of Rawanduz; its DTM point lies in Rawanduz',
  ),
  a(
    'Al-Fares',
    'IQG16Q04',
    'district newer than COD-AB 2019; all 12 DTM points lie in Balad',
  ),
  a(
    'Al-Azezia',
    'IQG18Q04',
    'Al-Aziziya is COD-AB sub-district IQG18Q04N05 of Al-Suwaira; all 14 DTM points lie in it',
  ),
  a(
    'Tooz',
    'IQG16Q07',
    'short form of Tooz Khurmato; 54 of 59 DTM points lie in it',
  ),
  a(
    'Baiji',
    'IQG16Q03',
    'COD-AB writes Beygee (Arabic بيجي); 42 of 45 DTM points lie in it',
  ),
  a(
    'Amedi',
    'IQG09Q01',
    'Kurdish form of Al-Amadiya; 34 of 35 DTM points lie in it; CCCM COD_District agrees',
  ),
  a(
    'Sumel',
    'IQG09Q03',
    'spelling of Sumail; all 46 DTM points lie in it; CCCM COD_District agrees',
  ),
  a('Dahuk', 'IQG09Q02', 'spelling of Duhok; 53 of 54 DTM points lie in it'),
  a(
    'Akre',
    'IQG15Q01',
    'Kurdish form of Aqra, which COD-AB places in Ninewa although some sources file it under Dahuk; 22 of 28 DTM points lie in it',
  ),
  a('Dabes', 'IQG13Q03', 'spelling of Dibis; all 12 DTM points lie in it'),
  a(
    'Koisnjaq',
    'IQG11Q03',
    'spelling of Koysinjaq (Koya); all 11 DTM points lie in it',
  ),
  a(
    'Nassriya',
    'IQG17Q04',
    'spelling of Al-Nasiriya; 50 of 51 DTM points lie in it',
  ),
  a('Fao', 'IQG02Q03', 'spelling of Al-Faw; all 6 DTM points lie in it'),
  a(
    'Kerbala',
    'IQG12Q03',
    'COD-AB spells the district Kerbela; all 121 DTM points lie in it',
  ),
  a('Penjwin', 'IQG06Q07', 'spelling of Panjwin; both DTM points lie in it'),
  a(
    'Darbandikhan',
    'IQG06Q03',
    'spelling of Derbendikhan; 14 of 17 DTM points lie in it',
  ),
  a(
    'Halabja',
    'IQG06Q05',
    'COD-AB writes Halabcha (Arabic حلبجة); 32 of 43 DTM points lie in it',
  ),
  a(
    'Al-Musayab',
    'IQG07Q04',
    'spelling of Al-Mussyab; 52 of 53 DTM points lie in it',
  ),
  a(
    'Tilkaif',
    'IQG15Q09',
    'spelling of Tilkaef; 74 of 79 DTM points lie in it',
  ),
];

/** Governorate spellings used by IOM DTM and CCCM that differ from COD-AB and ISO names. */
export const GOVERNORATE_ALIASES: readonly GovernorateAlias[] = [
  g(
    'Dahuk',
    'IQ-DA',
    'DTM/CCCM spelling of Duhok; DTM location ids start with 11, its districts are COD-AB Duhok',
  ),
  g(
    'Missan',
    'IQ-MA',
    'DTM/CCCM spelling of Maysan; its districts (Amara, Al-Kahla…) are COD-AB Maysan',
  ),
  g('Wassit', 'IQ-WA', 'COD-AB and DTM spelling of Wasit'),
  g('Thi-Qar', 'IQ-DQ', 'DTM spelling of Dhi Qar (COD-AB Thi Qar)'),
  g(
    'Qadissiya',
    'IQ-QA',
    'DTM/CCCM spelling of Qadisiyah (COD-AB Al-Qadissiya)',
  ),
  g(
    'Babylon',
    'IQ-BB',
    'English exonym of Babil used by DTM; its districts are COD-AB Babil',
  ),
  g(
    'Salah al-Din',
    'IQ-SD',
    'DTM/CCCM spelling of Salah ad-Din (COD-AB Salah Al-Din)',
  ),
  g('Salahal Din', 'IQ-SD', 'DTM origin-column header for Salah ad-Din'),
  g('Basrah', 'IQ-BA', 'DTM/CCCM spelling of Basra (COD-AB Al-Basrah)'),
  g('Kerbala', 'IQ-KA', 'COD-AB and DTM spelling of Karbala'),
  g('Ninewa', 'IQ-NI', 'COD-AB and DTM spelling of Nineveh'),
];

/** District aliases by normalised spelling, with their P-code. */
export const DISTRICT_ALIAS_BY_KEY: ReadonlyMap<string, DistrictAlias> =
  new Map(
    DISTRICT_ALIASES.map((alias) => [
      normaliseEnglishName(alias.spelling),
      alias,
    ]),
  );

/** Governorate aliases by normalised spelling, with their ISO code. */
export const GOVERNORATE_ALIAS_BY_KEY: ReadonlyMap<string, GovernorateAlias> =
  new Map(
    GOVERNORATE_ALIASES.map((alias) => [
      normaliseEnglishName(alias.spelling),
      alias,
    ]),
  );

function a(spelling: string, pcode: string, reason: string): DistrictAlias {
  return { spelling, pcode, reason };
}

function g(
  spelling: string,
  isoCode: string,
  reason: string,
): GovernorateAlias {
  return { spelling, isoCode, reason };
}
