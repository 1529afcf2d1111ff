/** Small helpers for the plain-English sentences that pathway rules and checks produce. */

/** "French", "French or German", "French, German or Latin" (no Oxford comma, as schools write). */
export function listInWords(words: readonly string[], conjunction: 'and' | 'or'): string {
  if (words.length === 0) return '';
  if (words.length === 1) return words[0] ?? '';
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1] ?? ''}`;
}

/** "1 option", "3 options"; `plural` for irregular nouns ("1 category", "2 categories"). */
export function countOf(count: number, singular: string, plural = `${singular}s`): string {
  return `${count} ${count === 1 ? singular : plural}`;
}

/** "an Other qualification", "a GCSE": the indefinite article by the word's first letter. */
export function withArticle(word: string): string {
  return /^[aeiou]/i.test(word) ? `an ${word}` : `a ${word}`;
}

/** Spelled-out small numbers read better in rules a parent reads ("at least two sciences"). */
const NUMBER_WORDS = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];

export function numberWord(count: number): string {
  return NUMBER_WORDS[count] ?? String(count);
}
