import type { CampKind } from './cccm';

/** Column headers of one CCCM sheet. The optional columns exist in one sheet only. */
export interface Layout {
  kind: CampKind;
  name: string;
  nameReach?: string;
  codDistrict?: string;
  siteType?: string;
  families: string;
  individuals: string;
}

/** Columns of the formal camps sheet. */
export const FORMAL: Layout = {
  kind: 'formal',
  name: 'Camp name CCCM',
  nameReach: 'Camp name REACH',
  codDistrict: 'COD_District',
  families: 'families',
  individuals: 'individuals',
};
/** Columns of the informal sites sheet. */
export const INFORMAL: Layout = {
  kind: 'informal',
  name: 'Name',
  siteType: 'Type',
  families: 'Total no of families',
  individuals: 'Total no of individuals',
};

/** Lists the headers a sheet must have. */
export function requiredHeaders(layout: Layout): string[] {
  const optional = [
    layout.nameReach,
    layout.codDistrict,
    layout.siteType,
  ].filter((h): h is string => !!h);
  const counts = [
    layout.families,
    layout.individuals,
    'Total no of Females',
    'Total no of Males',
  ];
  return [
    'Snr.',
    'Month',
    'Governorate',
    'District',
    layout.name,
    'SSID',
    ...optional,
    ...counts,
  ];
}

/** Normalises a header for lookup, because header cells carry embedded newlines, trailing spaces and mixed case. */
export function headerKey(header: string): string {
  return header.replace(/\s+/g, ' ').trim().toLowerCase();
}

/** Maps each normalised header to its first column index. */
export function indexHeader(cells: string[]): Map<string, number> {
  const columns = new Map<string, number>();
  cells.forEach((cell, i) => {
    const key = headerKey(cell);
    if (key !== '' && !columns.has(key)) columns.set(key, i);
  });
  return columns;
}

/** Removes a trailing `*` footnote mark from a name and says whether there was one. */
export function stripStar(name: string): { text: string; starred: boolean } {
  const text = name.replace(/\s*\*$/, '');
  return { text, starred: text !== name };
}
