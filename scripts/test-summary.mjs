// Prints one closing line for the whole test run from the unit and end-to-end reports.
import { existsSync, readFileSync } from 'node:fs';

function readJson(path) {
  if (!existsSync(path)) throw new Error(`No test report at ${path}: did the tests run?`);
  return JSON.parse(readFileSync(path, 'utf8'));
}

const unit = readJson('test-reports/vitest.json');
const e2e = readJson('test-reports/playwright.json');

const passed = unit.numPassedTests + e2e.stats.expected + (e2e.stats.flaky ?? 0);
const failed = unit.numFailedTests + e2e.stats.unexpected;
const skipped = unit.numPendingTests + unit.numTodoTests + e2e.stats.skipped;

console.log(
  `Unit and data tests: ${unit.numPassedTests} passed; end-to-end: ${e2e.stats.expected} passed.`,
);
console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`);
if (failed > 0 || passed === 0) process.exitCode = 1;
