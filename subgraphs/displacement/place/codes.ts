import { badInput } from '../../kit/errors';
import { governorateByCode } from '../../kit/iraq/governorates';

const DISTRICT_PCODE = /^IQG\d{2}Q\d{2}$/;

/**
 * Normalises a governorate code argument to upper case. Raises BAD_USER_INPUT
 * quoting the value when it is not one of the 18 ISO 3166-2:IQ codes.
 */
export function requireGovernorateCode(
  argument: string,
  value: string,
): string {
  const governorate = governorateByCode(value.trim());
  if (!governorate) {
    throw badInput(
      argument,
      `${argument}: "${value}" is not a governorate code: use an ISO 3166-2:IQ code such as "IQ-NI".`,
    );
  }
  return governorate.code;
}

/** Returns true when `pcode` has the COD-AB 2019 district form, such as IQG15Q05. */
export function isDistrictPcode(pcode: string): boolean {
  return DISTRICT_PCODE.test(pcode);
}
