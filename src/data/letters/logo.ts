import PDFDocument from 'pdfkit';
import { inflateSync } from 'node:zlib';
import type { LetterLogo, LogoFormat } from '../../core/letters';
import { LettersError } from './letters-error';

/** Large enough for any school crest; keeps the plan file and each PDF small. */
export const MAX_LOGO_BYTES = 2 * 1024 * 1024;

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG_SIGNATURE = [0xff, 0xd8, 0xff];

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export function logoFormatOf(bytes: Uint8Array): LogoFormat | null {
  if (startsWith(bytes, PNG_SIGNATURE)) return 'png';
  if (startsWith(bytes, JPEG_SIGNATURE)) return 'jpeg';
  return null;
}

/**
 * A logo checked the way the letters will use it: a PNG or JPEG image that the PDF writer can
 * read, so a damaged file is refused when it is chosen, not half way through printing letters.
 */
export function readLogo(bytes: Uint8Array, source: string): LetterLogo {
  const format = logoFormatOf(bytes);
  if (format === null) {
    throw new LettersError('invalid-logo', `${source} is not a PNG or JPEG image.`);
  }
  if (bytes.length > MAX_LOGO_BYTES) {
    throw new LettersError(
      'invalid-logo',
      `${source} is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the logo may be at most 2 MB.`,
    );
  }
  try {
    const opener = new PDFDocument({ autoFirstPage: false }) as unknown as ImageOpener;
    opener.openImage(Buffer.from(bytes));
    // The PDF writer inflates a PNG's pixels in the background, where a failure cannot be
    // reported; inflating them here first catches a damaged file.
    if (format === 'png') inflateSync(pngImageData(bytes));
  } catch {
    throw new LettersError(
      'invalid-logo',
      `${source} looks like a ${format.toUpperCase()} image but cannot be read; it may be damaged.`,
    );
  }
  return { format, bytes };
}

/** pdfkit reads an image's header without embedding it; its typings do not list the method. */
interface ImageOpener {
  openImage(source: Buffer): unknown;
}

/** The compressed pixel data of a PNG: its IDAT chunks, joined. */
function pngImageData(bytes: Uint8Array): Buffer {
  const png = Buffer.from(bytes);
  const parts: Buffer[] = [];
  for (let offset = PNG_SIGNATURE.length; offset + 8 <= png.length;) {
    const length = png.readUInt32BE(offset);
    const type = png.toString('latin1', offset + 4, offset + 8);
    if (type === 'IDAT') parts.push(png.subarray(offset + 8, offset + 8 + length));
    if (type === 'IEND') break;
    offset += 12 + length;
  }
  if (parts.length === 0) throw new Error('no image data');
  return Buffer.concat(parts);
}
