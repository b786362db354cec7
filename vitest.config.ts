import { defineConfig } from 'vitest/config';
import { getViteConfig } from 'astro/config';

// Three projects: `unit` needs nothing but the repo; `components` renders Astro components with
// Astro's container API (so it runs under Astro's Vite config); `site` reads the built dist/ and
// drives Chromium, so scripts/test.sh builds first. Tests pin TZ=UTC (scripts/env.sh).
export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      getViteConfig({
        test: { name: 'components', include: ['tests/components/**/*.test.ts'], environment: 'node' },
      }) as never,
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          environment: 'node',
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
