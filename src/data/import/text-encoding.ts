import iconv from 'iconv-lite';
import type { TextEncodingName } from './table';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; problem: 'binary' | 'bad-utf8' };

/**
 * Decodes a text export. Byte-order marks decide first; otherwise strict UTF-8, and when the
 * bytes are not valid UTF-8 the file is taken to be Windows-1252 (what Excel and most MIS
 * reports on Windows write).
 */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    const text = strictUtf8(bytes.subarray(3));
    return text === null
      ? { ok: false, problem: 'bad-utf8' }
      : { ok: true, text, encoding: 'UTF-8 with BOM' };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return utf16(bytes.subarray(2), 'UTF-16LE');
  if (startsWith(bytes, [0xfe, 0xff])) return utf16(bytes.subarray(2), 'UTF-16BE');
  if (bytes.includes(0)) {
    const guess = bomlessUtf16(bytes);
    return guess ? utf16(bytes, guess) : { ok: false, problem: 'binary' };
  }
  const text = strictUtf8(bytes);
  if (text !== null) return { ok: true, text, encoding: 'UTF-8' };
  return { ok: true, text: iconv.decode(bytes, 'win1252'), encoding: 'Windows-1252' };
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function utf16(bytes: Uint8Array, encoding: 'UTF-16LE' | 'UTF-16BE'): DecodeResult {
  const text = iconv.decode(bytes, encoding === 'UTF-16LE' ? 'utf16le' : 'utf16be');
  // A NUL character in the decoded text means the bytes were not really text.
  if (text.includes('\0')) return { ok: false, problem: 'binary' };
  return { ok: true, text, encoding };
}

/**
 * Some tools write UTF-16 without a byte-order mark. Plain text in it has a zero in every other
 * byte (the high byte of Latin characters); anything else with zero bytes is binary.
 */
function bomlessUtf16(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let index = 0; index < bytes.length; index += 2) {
    if (bytes[index] === 0) evenZeros += 1;
    if (bytes[index + 1] === 0) oddZeros += 1;
  }
  const pairs = bytes.length / 2;
  if (oddZeros > pairs * 0.9 && evenZeros === 0) return 'UTF-16LE';
  if (evenZeros > pairs * 0.9 && oddZeros === 0) return 'UTF-16BE';
  return null;
}

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}
