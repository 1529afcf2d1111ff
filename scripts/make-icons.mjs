#!/usr/bin/env node
// Renders resources/icon.svg into the icons the installers need, without any download:
// icon.png (1024 x 1024, Linux and the source electron-builder falls back on), icon.ico
// (Windows: 16 to 256 pixels) and icon.icns (macOS: 16 to 1024 pixels). Each size is drawn
// from the vector by Chromium, so small icons stay sharp. Run after changing icon.svg:
//   node scripts/make-icons.mjs
import { chromium } from '@playwright/test';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const resources = join(dirname(fileURLToPath(import.meta.url)), '..', 'resources');
const svg = readFileSync(join(resources, 'icon.svg'), 'utf8');

const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
// Apple's PNG icon types: each is a size in pixels (the @2x types repeat a size for Retina).
const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

async function renderSizes(sizes) {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    const page = await browser.newPage();
    const pngs = new Map();
    for (const size of sizes) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('<svg ', `<svg width="${size}" height="${size}" `);
      await page.setContent(
        `<html><body style="margin:0;background:transparent">${sized}</body></html>`,
      );
      pngs.set(size, await page.locator('svg').screenshot({ omitBackground: true }));
    }
    return pngs;
  } finally {
    await browser.close();
  }
}

/** ICO with PNG-compressed images (Windows Vista and later read these). */
function ico(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2);
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  let offset = 6 + 16 * images.length;
  for (const [size, png] of images) {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt8(0, 2); // no palette
    entry.writeUInt8(0, 3);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    entries.push(entry);
    offset += png.length;
  }
  return Buffer.concat([header, ...entries, ...images.map(([, png]) => png)]);
}

/** ICNS: a header, then one chunk per icon type, each its four-letter type, length and PNG. */
function icns(chunks) {
  const bodies = chunks.map(([type, png]) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + bodies.reduce((sum, body) => sum + body.length, 0), 4);
  return Buffer.concat([head, ...bodies]);
}

const sizes = [...new Set([...ICO_SIZES, ...ICNS_TYPES.map(([, size]) => size)])];
const pngs = await renderSizes(sizes);
const png = (size) => pngs.get(size);
writeFileSync(join(resources, 'icon.png'), png(1024));
writeFileSync(join(resources, 'icon.ico'), ico(ICO_SIZES.map((size) => [size, png(size)])));
writeFileSync(
  join(resources, 'icon.icns'),
  icns(ICNS_TYPES.map(([type, size]) => [type, png(size)])),
);
console.log('Wrote resources/icon.png, resources/icon.ico and resources/icon.icns');
