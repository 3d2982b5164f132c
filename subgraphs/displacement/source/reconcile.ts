import { GOVERNORATES, governorateByCode } from '../../kit/iraq/governorates';
import type { AdminDistrict, AdminUnits } from './admin-units';
import { DISTRICT_ALIAS_BY_KEY, GOVERNORATE_ALIAS_BY_KEY } from './aliases';
import {
  normaliseArabicName,
  normaliseEnglishName,
  normalisePlaceName,
} from './names';

/** Reconciliation step that tied a source district to an official one, or `unmatched`. */
export type MatchMethod = 'code' | 'name' | 'alias' | 'unmatched';

/** A district as a source row gives it. */
export interface DistrictQuery {
  /** Governorate as written in the source (any spelling, an ISO code or a COD-AB P-code). */
  governorate: string;
  /** District as written in the source, in English. */
  district: string;
  /** District in Arabic, when the source has it. */
  districtAr?: string;
  /** A P-code the source gives for the district, of any vintage. */
  pcode?: string;
}

/** The official district a source district was reconciled to. */
export interface DistrictMatch {
  /** COD-AB 2019 admin-2 P-code; absent when unmatched. */
  pcode?: string;
  /**
   * ISO 3166-2:IQ code of the governorate: the official parent of the matched
   * district, else the source governorate when its spelling is recognised.
   */
  governorateCode?: string;
  method: MatchMethod;
}

/**
 * Kind of a P-code: the 2019 COD-AB levels (`IQG01`, `IQG01Q01`,
 * `IQG01Q01N01`), the older OCHA vintage (`IQ-G01`, `IQ-D002`, `IQ-P00063`)
 * whose numbering differs and cannot be looked up directly, or unknown.
 */
export type PcodeKind = 'adm1' | 'adm2' | 'adm3' | 'legacy' | 'unknown';

/** Classifies a P-code by its format, ignoring case and surrounding spaces. */
export function classifyPcode(code: string): PcodeKind {
  const value = code.trim().toUpperCase();
  if (/^IQG\d{2}$/.test(value)) return 'adm1';
  if (/^IQG\d{2}Q\d{2}$/.test(value)) return 'adm2';
  if (/^IQG\d{2}Q\d{2}N\d{2}$/.test(value)) return 'adm3';
  if (/^IQ-[GDP]\d+$/.test(value)) return 'legacy';
  return 'unknown';
}

/**
 * Ties source governorate and district spellings to the official COD-AB 2019
 * units. It tries the source's own 2019 P-code first. Next come the
 * normalised English name and then the Arabic name, within the source
 * governorate, and the same names nationally when only one district carries
 * them. The reviewed alias table comes last. A district that fits none is
 * returned as `unmatched`, never dropped.
 */
export class PlaceReconciler {
  private readonly districtByPcode: Map<string, AdminDistrict>;
  private readonly isoByGovernoratePcode: Map<string, string>;
  private readonly governorateByKey = new Map<string, string>();
  private readonly districtsByEnglishKey = new Map<string, AdminDistrict[]>();
  private readonly districtsByArabicKey = new Map<string, AdminDistrict[]>();

  constructor(units: AdminUnits) {
    this.districtByPcode = new Map(units.districts.map((d) => [d.pcode, d]));
    this.isoByGovernoratePcode = new Map(
      units.governorates.map((gov) => [gov.pcode, gov.isoCode]),
    );
    for (const gov of GOVERNORATES) {
      this.governorateByKey.set(normaliseEnglishName(gov.nameEn), gov.code);
      this.governorateByKey.set(normaliseArabicName(gov.nameAr), gov.code);
    }
    for (const gov of units.governorates) {
      this.governorateByKey.set(normaliseEnglishName(gov.nameEn), gov.isoCode);
      this.governorateByKey.set(normaliseArabicName(gov.nameAr), gov.isoCode);
    }
    for (const [key, alias] of GOVERNORATE_ALIAS_BY_KEY)
      this.governorateByKey.set(key, alias.isoCode);
    for (const district of units.districts) {
      pushTo(
        this.districtsByEnglishKey,
        normaliseEnglishName(district.nameEn),
        district,
      );
      pushTo(
        this.districtsByArabicKey,
        normaliseArabicName(district.nameAr),
        district,
      );
    }
  }

  /** Returns the ISO 3166-2:IQ code of a governorate spelling, ISO code or P-code, if recognised. */
  resolveGovernorate(governorate: string): string | undefined {
    const value = governorate.trim();
    const iso = governorateByCode(value)?.code;
    if (iso) return iso;
    if (classifyPcode(value) === 'adm1')
      return this.isoByGovernoratePcode.get(value.toUpperCase());
    const key = normalisePlaceName(value);
    return key === '' ? undefined : this.governorateByKey.get(key);
  }

  /** Reconciles one source district; see the class comment for the order of attempts. */
  reconcileDistrict(query: DistrictQuery): DistrictMatch {
    const sourceGovernorate = this.resolveGovernorate(query.governorate);
    const byCode = this.findByPcode(query.pcode);
    if (byCode) return this.matched(byCode, 'code');

    const englishKey = normaliseEnglishName(query.district);
    const arabicKey = query.districtAr
      ? normaliseArabicName(query.districtAr)
      : '';
    const candidates: [Map<string, AdminDistrict[]>, string][] = [
      [this.districtsByEnglishKey, englishKey],
      [this.districtsByArabicKey, arabicKey],
    ];
    if (sourceGovernorate) {
      for (const [index, key] of candidates) {
        const inGovernorate = (index.get(key) ?? []).filter(
          (d) =>
            this.isoByGovernoratePcode.get(d.governoratePcode) ===
            sourceGovernorate,
        );
        if (key !== '' && inGovernorate.length === 1)
          return this.matched(inGovernorate[0], 'name');
      }
    }
    for (const [index, key] of candidates) {
      const national = index.get(key) ?? [];
      if (key !== '' && national.length === 1)
        return this.matched(national[0], 'name');
    }

    const alias = DISTRICT_ALIAS_BY_KEY.get(englishKey);
    const aliased = alias ? this.districtByPcode.get(alias.pcode) : undefined;
    if (aliased) return this.matched(aliased, 'alias');

    return sourceGovernorate
      ? { governorateCode: sourceGovernorate, method: 'unmatched' }
      : { method: 'unmatched' };
  }

  private findByPcode(pcode: string | undefined): AdminDistrict | undefined {
    if (!pcode) return undefined;
    const value = pcode.trim().toUpperCase();
    const kind = classifyPcode(value);
    // A sub-district P-code starts with its district's P-code.
    if (kind === 'adm2' || kind === 'adm3')
      return this.districtByPcode.get(value.slice(0, 8));
    return undefined;
  }

  private matched(district: AdminDistrict, method: MatchMethod): DistrictMatch {
    const governorateCode = this.isoByGovernoratePcode.get(
      district.governoratePcode,
    );
    return { pcode: district.pcode, governorateCode, method };
  }
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
