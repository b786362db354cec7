/** Debian's Chromium driven by playwright-core (no downloaded browser): see scripts/dist-tools.ts. */
export { chromePath, launch } from '../../scripts/dist-tools.ts';
