/**
 * Spelling-insensitive keys for place names, used to match source spellings
 * against the official COD-AB names. Two names are taken to be the same place
 * when their keys are equal. Keys are for comparison only and never shown.
 */

/** Arabic articles as romanised before a sun letter ("As-Salamiyah", "Salah ad-Din"). */
const ARTICLES = new Set([
  'al',
  'el',
  'ad',
  'adh',
  'an',
  'ar',
  'as',
  'ash',
  'at',
  'ath',
  'az',
]);

/**
 * Normalises an English (romanised) place name to a matching key. It lower-cases
 * and removes accents, apostrophes, hyphens and spaces. It drops the article
 * "Al-"/"El-" and its assimilated forms such as "ad-" and "as-". It folds common
 * transliteration variants: "ee"→"i", "oo"/"ou"→"u", a final "ah"→"a", a final
 * "ia"→"iya" and doubled letters. "Al-Mahaweel" and "Al Mahawil" both give `mahawil`.
 */
export function normaliseEnglishName(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`ʿʾ´]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '');
  return words
    .filter((word, i) => !(ARTICLES.has(word) && i < words.length - 1))
    .map(foldTransliteration)
    .join('');
}

/**
 * Normalises an Arabic place name to a matching key. It removes tatweel,
 * harakat and other diacritics, and unifies the alef forms أ إ آ ٱ to ا.
 * Hamza carriers become ؤ→و and ئ→ي, and a lone ء is removed. It folds ة→ه,
 * ى→ي, the Persian and Kurdish letters ک ی ھ to ك ي ه, and Arabic-Indic digits
 * to ASCII. Finally it drops the article "ال" at the start of each word and
 * removes spaces and punctuation.
 */
export function normaliseArabicName(name: string): string {
  const words = name
    .normalize('NFKC')
    // The class lists combining marks on purpose: each is removed on its own.
    // eslint-disable-next-line no-misleading-character-class
    .replace(/[\u0640\u064b-\u065f\u0670\u06d6-\u06ed]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/ؤ/g, 'و')
    .replace(/ئ/g, 'ي')
    .replace(/ء/g, '')
    .replace(/ة/g, 'ه')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/ھ/g, 'ه')
    .replace(/[٠-٩]/g, (digit) => String(digit.charCodeAt(0) - 0x0660))
    .split(/[^\u0621-\u064a0-9]+/)
    .filter((word) => word !== '');
  return words.map(stripArabicArticle).join('');
}

/** Returns true when the text contains Arabic letters, so it needs `normaliseArabicName`. */
export function isArabicText(text: string): boolean {
  return /[\u0600-\u06ff]/.test(text);
}

/** Normalises a name of either script with the matching normaliser. */
export function normalisePlaceName(name: string): string {
  return isArabicText(name)
    ? normaliseArabicName(name)
    : normaliseEnglishName(name);
}

function foldTransliteration(word: string): string {
  return word
    .replace(/ee/g, 'i')
    .replace(/oo|ou/g, 'u')
    .replace(/ah$/, 'a')
    .replace(/ia$/, 'iya')
    .replace(/([a-z])\1+/g, '$1');
}

function stripArabicArticle(word: string): string {
  // A bare "ال" is the article cut off by a stray space ("ال موصل").
  if (word === 'ال') return '';
  return word.startsWith('ال') && word.length > 3 ? word.slice(2) : word;
}
