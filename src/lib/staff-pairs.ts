/**
 * The centre headcounts that both the 2014–2020 programme report (end of 2020) and the ten-year
 * review (2022) give, as the key each report's figure ids use (`<report>.staff.<key>`), keyed
 * by the 2022 one. The 2020 report says "biên chế" (established posts) where the 2022 one says
 * "viên chức" (public employees): in both it is the staff not on contract. The derived changes
 * (scripts/lib/derive.ts), their data notes (cross-checks.ts) and the staff chart read this list.
 */
export const STAFF_KEY_2020 = {
  total: 'total',
  civil_servants: 'permanent',
  contract: 'contract',
  postgraduate: 'postgraduate',
  university: 'graduate',
  vocational: 'vocational',
  field: 'field',
} as const;
export type StaffKey2022 = keyof typeof STAFF_KEY_2020;
