import { describe, expect, it } from 'vitest';
import { pdfText } from '../../../src/data/letters/pdf-text';

describe('pdfText', () => {
  it('keeps every character the standard PDF font has', () => {
    expect(pdfText("Zoë O'Brien-Núñez – “Art & Design” £5")).toBe(
      "Zoë O'Brien-Núñez – “Art & Design” £5",
    );
  });

  it('writes other letters as their plain form instead of printing them wrongly', () => {
    expect(pdfText('Wei Şahin')).toBe('Wei Sahin');
    expect(pdfText('Łukasz Żółwiński')).toBe('Lukasz Zólwinski');
    expect(pdfText('Nguyễn Đức')).toBe('Nguyen Duc');
    expect(pdfText('Ayşe Yılmaz')).toBe('Ayse Yilmaz');
  });

  it('shows a character with no plain form as a question mark', () => {
    expect(pdfText('Li 李')).toBe('Li ?');
  });
});
