/**
 * The PDF's standard Helvetica covers the Windows-1252 characters only. A letter must never
 * print a pupil's name as boxes or wrong letters, so anything else is written as its nearest
 * plain letter (Łukasz as Lukasz, Şahin as Sahin) rather than left to the PDF reader.
 */

/** Characters Windows-1252 has above Latin-1's printable range (0x80-0x9F). */
const WINDOWS_1252_EXTRAS = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/** Letters whose plain form is not found by removing accents. */
const PLAIN_LETTERS: Record<string, string> = {
  Ł: 'L',
  ł: 'l',
  Đ: 'D',
  đ: 'd',
  Ħ: 'H',
  ħ: 'h',
  ı: 'i',
  ŋ: 'n',
  '\u2212': '-',
  '\u2010': '-',
  '\u2011': '-',
  '\u00a0': ' ',
};

function printable(char: string): boolean {
  const code = char.codePointAt(0) ?? 0;
  if (char === '\n') return true;
  if (code < 0x20 || code === 0x7f) return false;
  if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) return true;
  return WINDOWS_1252_EXTRAS.has(char);
}

function plainFormOf(char: string): string {
  const mapped = PLAIN_LETTERS[char];
  if (mapped !== undefined) return mapped;
  // Precomposed Latin-1 forms (é, ü) survive; others lose only their accents.
  const composed = char.normalize('NFC');
  if ([...composed].every(printable)) return composed;
  const stripped = char.normalize('NFD').replace(/\p{M}/gu, '');
  return [...stripped].every(printable) && stripped !== '' ? stripped : '?';
}

export function pdfText(text: string): string {
  let result = '';
  for (const char of text.normalize('NFC')) result += printable(char) ? char : plainFormOf(char);
  return result;
}
