import { registerEnumType } from 'type-graphql';

/** Languages every name and title is offered in. */
export enum Language {
  AR = 'ar',
  CKB = 'ckb',
  EN = 'en',
}

registerEnumType(Language, {
  name: 'Language',
  description:
    'Arabic (ar), Central Kurdish/Sorani (ckb) or English (en). A missing translation falls back: en → ar → ckb, ar → en → ckb, ckb → ar → en.',
});

/** Language used when a request names none. */
export const DEFAULT_LANGUAGE = Language.EN;

/** Order of languages to try for each requested language. */
export const FALLBACK_ORDER: Readonly<Record<Language, readonly Language[]>> = {
  [Language.EN]: [Language.EN, Language.AR, Language.CKB],
  [Language.AR]: [Language.AR, Language.EN, Language.CKB],
  [Language.CKB]: [Language.CKB, Language.AR, Language.EN],
};

/** Text in up to three languages; blank or missing entries count as absent. */
export type LocalizedText = Partial<Record<Language, string | null>>;

/**
 * Picks the text in `language`, falling back in `FALLBACK_ORDER`. Returns
 * `fallback` when no language has non-blank text, so it never returns "".
 */
export function pickText(
  text: LocalizedText,
  language: Language,
  fallback: string,
): string {
  for (const candidate of FALLBACK_ORDER[language]) {
    const value = text[candidate]?.trim();
    if (value) return value;
  }
  return fallback;
}

/**
 * Chooses a language from an `Accept-Language` header by quality value.
 * `ar*` is Arabic; `ckb*`, `ku*` and `sdh*` are Central Kurdish; `en*` is
 * English. Returns `DEFAULT_LANGUAGE` when the header names none of them.
 */
export function negotiateLanguage(header: string | undefined | null): Language {
  if (!header) return DEFAULT_LANGUAGE;
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag, ...params] = part.trim().toLowerCase().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q ? Number(q.slice(2)) : 1;
      return { tag, quality: Number.isFinite(quality) ? quality : 0, index };
    })
    .filter((entry) => entry.quality > 0)
    .sort((a, b) => b.quality - a.quality || a.index - b.index);
  for (const { tag } of ranked) {
    const language = languageOfTag(tag);
    if (language) return language;
  }
  return DEFAULT_LANGUAGE;
}

function languageOfTag(tag: string): Language | undefined {
  const primary = tag.split('-')[0];
  if (primary === 'ar') return Language.AR;
  if (primary === 'ckb' || primary === 'ku' || primary === 'sdh')
    return Language.CKB;
  if (primary === 'en') return Language.EN;
  return undefined;
}
