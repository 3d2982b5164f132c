/**
 * The 18 governorates of Iraq as ISO 3166-2:IQ lists them, shipped with the
 * product so the graph can serve them without any source file.
 *
 * - `code`: ISO 3166-2:IQ subdivision code.
 * - `pcode`: OCHA COD-AB admin-1 P-code (2019-06-03 edition). P-codes follow
 *   the alphabetical order of OCHA's English names, not the ISO codes.
 * - `nameAr`: the Central Statistical Organization's Arabic name (Annual
 *   Abstract 2013, Table 2/8 A).
 * - `nameCkb`: Sorani name without the generic word "پارێزگای", mostly from
 *   Who's On First (`name:ckb_x_preferred`).
 * - `capitalEn`/`capitalAr`: the governorate seat.
 *
 * Halabja has no ISO 3166-2 code in this list and is counted within
 * Sulaymaniyah, as COD-AB 2019 does.
 */
export interface GovernorateFact {
  code: string;
  pcode: string;
  nameEn: string;
  nameAr: string;
  nameCkb: string;
  capitalEn: string;
  capitalAr: string;
}

export const GOVERNORATES: readonly GovernorateFact[] = Object.freeze([
  g('IQ-AN', 'IQG01', 'Anbar', 'الانبار', 'ئەنبار', 'Ramadi', 'الرمادي'),
  g('IQ-AR', 'IQG11', 'Erbil', 'اربيل', 'ھەولێر', 'Erbil', 'أربيل'),
  g('IQ-BA', 'IQG02', 'Basra', 'البصرة', 'بەسرە', 'Basra', 'البصرة'),
  g('IQ-BB', 'IQG07', 'Babil', 'بابل', 'بابل', 'Hillah', 'الحلة'),
  g('IQ-BG', 'IQG08', 'Baghdad', 'بغداد', 'بەغدا', 'Baghdad', 'بغداد'),
  g('IQ-DA', 'IQG09', 'Duhok', 'دهوك', 'دھۆک', 'Duhok', 'دهوك'),
  g('IQ-DI', 'IQG10', 'Diyala', 'ديالى', 'دیالا', 'Baqubah', 'بعقوبة'),
  g('IQ-DQ', 'IQG17', 'Dhi Qar', 'ذي قار', 'زیقار', 'Nasiriyah', 'الناصرية'),
  g('IQ-KA', 'IQG12', 'Karbala', 'كربلاء', 'کەربەلا', 'Karbala', 'كربلاء'),
  g('IQ-KI', 'IQG13', 'Kirkuk', 'كركوك', 'کەرکووک', 'Kirkuk', 'كركوك'),
  g('IQ-MA', 'IQG14', 'Maysan', 'ميسان', 'میسان', 'Amarah', 'العمارة'),
  g('IQ-MU', 'IQG03', 'Muthanna', 'المثنى', 'موسەنا', 'Samawah', 'السماوة'),
  g('IQ-NA', 'IQG04', 'Najaf', 'النجف', 'نەجەف', 'Najaf', 'النجف'),
  g('IQ-NI', 'IQG15', 'Nineveh', 'نينوى', 'نەینەوا', 'Mosul', 'الموصل'),
  g(
    'IQ-QA',
    'IQG05',
    'Qadisiyah',
    'القادسية',
    'دیوانیە',
    'Diwaniyah',
    'الديوانية',
  ),
  g(
    'IQ-SD',
    'IQG16',
    'Salah ad-Din',
    'صلاح الدين',
    'سەلاحەدین',
    'Tikrit',
    'تكريت',
  ),
  g(
    'IQ-SU',
    'IQG06',
    'Sulaymaniyah',
    'السليمانية',
    'سلێمانی',
    'Sulaymaniyah',
    'السليمانية',
  ),
  g('IQ-WA', 'IQG18', 'Wasit', 'واسط', 'واسیت', 'Kut', 'الكوت'),
]);

const byCode = new Map(GOVERNORATES.map((gov) => [gov.code, gov]));
const byPcode = new Map(GOVERNORATES.map((gov) => [gov.pcode, gov]));

/** Finds a governorate by ISO 3166-2:IQ code, such as `IQ-BA`. */
export function governorateByCode(code: string): GovernorateFact | undefined {
  return byCode.get(code.toUpperCase());
}

/** Finds a governorate by its COD-AB admin-1 P-code, such as `IQG02`. */
export function governorateByPcode(pcode: string): GovernorateFact | undefined {
  return byPcode.get(pcode.toUpperCase());
}

function g(
  code: string,
  pcode: string,
  nameEn: string,
  nameAr: string,
  nameCkb: string,
  capitalEn: string,
  capitalAr: string,
): GovernorateFact {
  return Object.freeze({
    code,
    pcode,
    nameEn,
    nameAr,
    nameCkb,
    capitalEn,
    capitalAr,
  });
}
