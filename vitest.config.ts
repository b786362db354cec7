import { defineConfig } from 'vitest/config';

// Two projects: `unit` needs nothing but the repo; `site` reads the built dist/ and drives
// Chromium, so scripts/test.sh builds first. Tests pin TZ=UTC (scripts/env.sh).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      { test: { name: 'site', include: ['tests/site/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 120_000, fileParallelism: false } },
    ],
  },
});
