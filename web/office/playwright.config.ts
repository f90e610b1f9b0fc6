// Browser tests of the office console against the REAL careround-server (started by the tests'
// own fixture, tests/server.ts), in Debian's chromium: nothing here downloads a browser.
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests',
  workers: 1,
  timeout: 60_000,
  reporter: [['list']],
  outputDir: process.env.CAREROUND_PLAYWRIGHT_OUTPUT ?? 'test-results',
  use: {
    ignoreHTTPSErrors: true, // the server's self-signed development certificate
    viewport: { width: 1366, height: 768 },
    locale: 'en-GB',
    timezoneId: 'Europe/London',
    launchOptions: {
      executablePath: process.env.CAREROUND_CHROMIUM ?? '/usr/bin/chromium',
      // As root in CI, and on a machine whose only network is loopback.
      args: [
        '--lang=en-GB', // the date picker's day/month order
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
});
