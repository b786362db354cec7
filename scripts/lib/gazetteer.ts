/**
 * The gazetteer: every way the reports (and readers) write a place, resolved to one code.
 * Names are compared folded (no tones, no vowel marks, `đ` → `d`, case and punctuation
 * ignored), so "Đồng Nai", "Dong Nai", "Pong Nai" (OCR) and "tỉnh Đồng Nai" meet; old and new
 * tone placement ("Hoà"/"Hòa") fold to the same key. OCR forms that change letters are listed
 * as aliases in data/reference/, never guessed.
 */
import { fold } from '../../src/lib/fold.ts';
import type { Province, Region } from '../../src/lib/schema.ts';
import type { GEO_KINDS } from '../../src/lib/schema.ts';

export type GeoKind = (typeof GEO_KINDS)[number];
export interface GeoEntry {
  code: string;
  kind: GeoKind;
}
export interface Organisation {
  slug: string;
  name_vi: string;
  name_en: string;
  aliases: string[];
}

const PREFIXES = ['tinh ', 'thanh pho ', 'tp ', 'vung ', 'ving '];

/** Names for the whole country and the northern group, in the forms the reports use. */
export const COUNTRY_NAMES = ['cả nước', 'toàn quốc', 'Việt Nam', 'trên cả nước', 'ca nuoc', 'toan quoc'];
export const NORTH_28_NAMES = [
  '28 tỉnh, thành phố khu vực phía Bắc',
  'các tỉnh, thành phố khu vực phía Bắc',
  'khu vực phía Bắc',
  'khu vuc phia Bic', // OCR form in kcqg-2014-2020
  '28 tỉnh phía Bắc',
];

export class Gazetteer {
  private readonly byKey = new Map<string, GeoEntry>();

  constructor(provinces: Province[], regions: Region[], organisations: Organisation[]) {
    for (const n of COUNTRY_NAMES) this.add(n, { code: 'VN', kind: 'country' });
    for (const n of NORTH_28_NAMES) this.add(n, { code: 'north-28', kind: 'region-group' });
    for (const r of regions) {
      for (const n of [r.name_vi, r.name_en, r.short_vi, r.code, ...r.aliases])
        this.add(n, { code: r.code, kind: 'region' });
    }
    for (const p of provinces) {
      for (const n of [p.name_vi, p.name_short_vi, p.name_en, p.slug, ...p.aliases])
        this.add(n, { code: p.slug, kind: 'province' });
    }
    for (const o of organisations) {
      for (const n of [o.name_vi, o.name_en, o.slug, ...o.aliases]) this.add(n, { code: o.slug, kind: 'organisation' });
    }
  }

  private add(name: string, entry: GeoEntry): void {
    const key = fold(name);
    const existing = this.byKey.get(key);
    if (existing && (existing.code !== entry.code || existing.kind !== entry.kind)) {
      throw new Error(`gazetteer: "${name}" (${key}) names both ${existing.code} and ${entry.code}`);
    }
    this.byKey.set(key, entry);
  }

  /** Resolve a place as written; undefined when unknown (the caller reports it). */
  resolve(asWritten: string): GeoEntry | undefined {
    const key = fold(asWritten);
    const direct = this.byKey.get(key);
    if (direct) return direct;
    for (const p of PREFIXES) {
      if (key.startsWith(p)) {
        const hit = this.byKey.get(key.slice(p.length));
        if (hit) return hit;
      }
    }
    return undefined;
  }
}
