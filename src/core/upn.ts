/**
 * Unique pupil numbers as the DfE allocates them: a check letter, then 12 digits (the 3-digit
 * local authority code, the 4-digit establishment number, the 2-digit year of allocation and a
 * 3-digit serial number).
 */

/** The 23 check letters in order of the remainder they stand for: no I, O or S. */
const CHECK_LETTERS = 'ABCDEFGHJKLMNPQRTUVWXYZ';

/** The check letter for the 12 digits that follow it: digit n (2-13) weighs n, modulo 23. */
export function upnCheckLetter(digits: string): string {
  if (!/^\d{12}$/.test(digits)) {
    throw new RangeError(`A UPN has 12 digits after its check letter, not "${digits}".`);
  }
  let sum = 0;
  for (let i = 0; i < 12; i += 1) sum += Number(digits[i]) * (i + 2);
  return CHECK_LETTERS.charAt(sum % 23);
}

/** True for a permanent UPN whose check letter matches its digits. */
export function isValidUpn(upn: string): boolean {
  const match = /^([A-Z])(\d{12})$/.exec(upn);
  return match !== null && upnCheckLetter(match[2] as string) === match[1];
}
