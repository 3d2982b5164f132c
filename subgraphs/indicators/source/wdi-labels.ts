/** Subject area of a WDI indicator, derived from its code prefix by `topicFromCode`. */
export type WdiTopic =
  | 'agriculture'
  | 'aid'
  | 'economy'
  | 'education'
  | 'energy'
  | 'environment'
  | 'external-debt'
  | 'finance'
  | 'gender'
  | 'health'
  | 'infrastructure'
  | 'labour'
  | 'population'
  | 'poverty'
  | 'private-sector'
  | 'public-sector'
  | 'social-protection'
  | 'trade';

/**
 * WDI code prefixes and their topics. The longest matching prefix wins.
 * The prefixes follow the World Bank's code families (for example `NY.` national
 * accounts, `SL.` labour, `DT.` debt tables). Codes outside these families,
 * such as `HD_HCIP_*` (Human Capital Index plus), get no topic.
 */
export const WDI_TOPIC_PREFIXES: Readonly<Record<string, WdiTopic>> = {
  'AG.': 'agriculture',
  'DC.': 'aid',
  'NY.': 'economy',
  'NE.': 'economy',
  'NV.': 'economy',
  'PA.': 'economy',
  'PX.': 'economy',
  'FP.': 'economy',
  'SE.': 'education',
  'EG.': 'energy',
  'EN.': 'environment',
  'ER.': 'environment',
  'DT.': 'external-debt',
  'CM.': 'finance',
  'FB.': 'finance',
  'FD.': 'finance',
  'FI.': 'finance',
  'FM.': 'finance',
  'FR.': 'finance',
  'FS.': 'finance',
  'FX.': 'finance',
  'SG.': 'gender',
  GD_WBL: 'gender',
  'SH.': 'health',
  SH_: 'health',
  'SN.': 'health',
  'IS.': 'infrastructure',
  'IT.': 'infrastructure',
  'IE.': 'infrastructure',
  'LP.': 'infrastructure',
  'SL.': 'labour',
  'SP.': 'population',
  'SM.': 'population',
  'SI.': 'poverty',
  'IC.': 'private-sector',
  'IP.': 'private-sector',
  'GB.': 'private-sector',
  'GC.': 'public-sector',
  'GF.': 'public-sector',
  'IQ.': 'public-sector',
  'MS.': 'public-sector',
  'VC.': 'public-sector',
  per_: 'social-protection',
  'BG.': 'trade',
  'BM.': 'trade',
  'BN.': 'trade',
  'BX.': 'trade',
  'ST.': 'trade',
  'TG.': 'trade',
  'TM.': 'trade',
  'TT.': 'trade',
  'TX.': 'trade',
};

// Trailing brackets that qualify how a figure was produced rather than what it
// measures, as in "Unemployment, total (% of total labor force) (modeled ILO estimate)".
const QUALIFIERS = new Set([
  'modeled ILO estimate',
  'national estimate',
  'cumulative',
]);

// Trailing brackets that narrow the concept and carry no unit, as in "GDP deflator
// (base year varies by country)" or "Price level index (GDP)".
const NOT_UNITS = new Set([
  'base year varies by country',
  'GDP',
  'Households and NPISHs Final consumption expenditure',
]);

/** Returns the topic of a WDI indicator code, or undefined for an unlisted prefix. */
export function topicFromCode(code: string): WdiTopic | undefined {
  let best: string | undefined;
  for (const prefix of Object.keys(WDI_TOPIC_PREFIXES)) {
    if (code.startsWith(prefix) && prefix.length > (best?.length ?? 0)) {
      best = prefix;
    }
  }
  return best === undefined ? undefined : WDI_TOPIC_PREFIXES[best];
}

/**
 * Derives the unit from the last parenthesised part of a WDI indicator name,
 * such as "% of GDP" from "Current health expenditure (% of GDP)". Skips a
 * trailing qualifier like "(modeled ILO estimate)" and looks at the bracket
 * before it. Returns undefined when the name has no trailing bracket or the
 * bracket names a scope rather than a unit.
 */
export function unitFromName(name: string): string | undefined {
  let rest = name.trim();
  for (;;) {
    const match = /\(([^()]*)\)\s*$/.exec(rest);
    if (!match) return undefined;
    const inside = match[1].trim();
    if (!QUALIFIERS.has(inside)) {
      return NOT_UNITS.has(inside) || inside === '' ? undefined : inside;
    }
    rest = rest.slice(0, match.index).trimEnd();
  }
}
