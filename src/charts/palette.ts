/**
 * One palette for the whole site: fed to Plot here and to CSS as custom properties
 * (src/styles/global.css reads the same values through Layout). Colour-blind-safe hues after
 * Okabe & Ito, darkened so each reaches 3:1 against both the light and the dark background;
 * colour is never the only channel (bars are labelled, tables carry every value).
 */
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
export const NEUTRAL = '#5b6770';
export const ACCENT = '#0072B2';
