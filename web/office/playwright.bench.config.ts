// bench_office (README "Benchmarks"): the live board at the size of a large provider's day, in
// Debian's chromium against the real server. Prints figures; never fails on timing.
import { defineConfig } from '@playwright/test';
import base from './playwright.config';

export default defineConfig({
  ...base,
  testDir: 'bench',
  testMatch: '*.bench.ts',
  timeout: 900_000,
});
