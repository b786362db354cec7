/**
 * Every colour of the site, in one place: Plot's colour ranges, the tile map, the standalone SVG
 * downloads, the QR codes, and (through paletteCss, which Layout inlines) every CSS custom
 * property the stylesheet uses. Colour-blind-safe hues after Okabe & Ito, darkened so each
 * reaches 3:1 against both the light and the dark background; colour is never the only channel
 * (bars are labelled, tables carry every value).
 */

/** The page's colours, light and dark (CSS: --bg, --fg, --muted, --line, --soft, --link, --focus). */
export const THEME = {
  light: {
    bg: '#ffffff',
    fg: '#1a1d21',
    muted: '#4f5861',
    line: '#d5dadf',
    soft: '#f3f5f7',
    link: '#005a8f',
    focus: '#b35a00',
    // The report reader's highlighted line and figure (:target).
    'target-line': '#fff4c2',
    'target-edge': '#8a5a00',
    'target-mark': '#ffd23f',
    'target-mark-fg': '#1a1d21',
  },
  dark: {
    bg: '#121417',
    fg: '#e9ecef',
    muted: '#b3bcc5',
    line: '#3a4149',
    soft: '#1d2126',
    link: '#8cc8f2',
    focus: '#ffb65c',
    'target-line': '#3b3212',
    'target-edge': '#ffcf5c',
    'target-mark': '#ffd23f',
    'target-mark-fg': '#121417',
  },
} as const;

export const PROGRAMME_COLOURS = { KCQG: '#0072B2', KCDP: '#C44E00', ALL: '#5b6770' } as const;
export const REGION_COLOURS: Record<string, string> = {
  DBSH: '#0072B2',
  TDMNPB: '#00805f',
  BTB_DHMT: '#a06800',
  TN: '#a8457e',
  DNB: '#C44E00',
  DBSCL: '#4a6fd1',
  UNASSIGNED: '#7a7a7a',
};
export const NEUTRAL = PROGRAMME_COLOURS.ALL;
/** Targets against results: below the target (orange) or at or above it (blue); an earlier result (grey). */
export const TARGET_COLOURS = { short: '#C44E00', met: '#0072B2', target: '#0072B2', result: '#5b6770' } as const;
/** A blue ramp for ordered categories (staffing bands, collaborator networks). */
export const RAMP = { strong: '#08306b', medium: '#2b6cb0', light: '#c6dbef' } as const;
/** "The reports say nothing": the light theme's rule colour, quiet on purpose. */
export const SILENCE = THEME.light.line;
/** Print, QR codes and standalone downloads: ink on paper, whatever the reader's theme. */
export const PAPER = '#ffffff';
export const INK = '#000000';
/** Text on a dark-filled tile or bar. */
export const ON_DARK = '#ffffff';
/** The site's mark: preview cards, the app icon's background and theme colour (as public/favicon.svg). */
export const BRAND = '#0072B2';
/** Slide borders in the printed hand-out. */
export const PRINT_RULE = '#999999';

const vars = (o: Record<string, string>) =>
  Object.entries(o)
    .map(([k, v]) => `--${k}:${v}`)
    .join(';');

/** The CSS custom properties, light by default, dark by preference or by an embed's ?dark=. */
export function paletteCss(): string {
  const fixed = vars({
    kcqg: PROGRAMME_COLOURS.KCQG,
    kcdp: PROGRAMME_COLOURS.KCDP,
    paper: PAPER,
    ink: INK,
    'print-rule': PRINT_RULE,
    // Under tooltips and pop-ups, in both themes.
    shadow: 'rgb(0 0 0 / 0.25)',
  });
  return [
    `:root{${vars(THEME.light)};${fixed}}`,
    `@media (prefers-color-scheme: dark){:root{${vars(THEME.dark)}}}`,
    `html[data-theme="dark"]{color-scheme:dark;${vars(THEME.dark)}}`,
    `html[data-theme="light"]{color-scheme:light;${vars(THEME.light)}}`,
  ].join('\n');
}
