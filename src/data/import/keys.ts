/**
 * Comparison keys for text typed by people: column headings, course names, pupils' names.
 * Case, accents and punctuation never decide whether two spellings mean the same thing.
 */

// Letters that Unicode does not decompose into a base letter and an accent.
const LETTER_FOLDS: Record<string, string> = {
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ı: 'i',
};

export function foldAccents(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþı]/g, (letter) => LETTER_FOLDS[letter] ?? letter);
}

/** "KS2 Scaled Score (Avg)" → "ks2scaledscoreavg"; "Art & Design" → "artanddesign". */
export function compactKey(text: string): string {
  return foldAccents(text)
    .replace(/&/g, 'and')
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/** "O'Brien-Smith, Chloé" → ["obrien", "smith", "chloe"]: apostrophes vanish, other marks split. */
export function nameTokens(text: string): string[] {
  return foldAccents(text)
    .replace(/['’‘`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((token) => token.length > 0);
}

/** Upper-case key for codes, UPNs and block names, as the plan file compares them. */
export function codeKey(text: string): string {
  return text.trim().toUpperCase();
}
