/**
 * Folds text for search in Arabic, Kurdish (Sorani) and English, so that a
 * query matches whichever spelling variant the data uses:
 * - case and compatibility forms (NFKC, lower case);
 * - combining marks: Latin accents and Arabic hamza above or below;
 * - Arabic diacritics and tatweel removed;
 * - alef forms أ إ آ ٱ → ا; ى and Farsi yeh ی → ي; keheh ک → ك;
 * - teh marbuta ة, Kurdish ە (U+06D5) and heh doachashmee ھ (U+06BE) → ه;
 * - punctuation to spaces, runs of spaces to one.
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .normalize('NFC')
    .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
    .replace(/[أإآٱ]/g, 'ا')
    .replace(/[ىی]/g, 'ي')
    .replace(/ک/g, 'ك')
    .replace(/[ةەھ]/g, 'ه')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}
