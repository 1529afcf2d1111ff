import { defineConfig } from '@playwright/test';

// Debian's Chromium: Playwright's own browser download is not used by this project.
const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

export default defineConfig({
  outputDir: 'test-results',
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  // One plan file per test; parallel workers are safe, but the machine is small.
  workers: process.env.CI ? 1 : 2,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: 'test-reports/playwright.json' }]],
  projects: [
    {
      // The built renderer in Chromium, with the real services behind window.planner.
      name: 'renderer',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        headless: true,
        viewport: { width: 1366, height: 768 },
        launchOptions: {
          executablePath: chromiumPath,
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
          ],
        },
      },
    },
    {
      // The packaged shell through Playwright's Electron driver, where a binary is installed.
      name: 'electron',
      testDir: 'tests/electron',
    },
  ],
});
