import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { ErrorLog } from '../../scripts/lib/errors.ts';
import { loadReference } from '../../scripts/lib/reference.ts';
import { fold } from '../../src/lib/fold.ts';
import { ROOT } from '../helpers/fixture.ts';

const log = new ErrorLog();
const ref = loadReference(ROOT, log);

describe('gazetteer', () => {
  it('loads the reference tables without errors', () => {
    expect(log.errors).toEqual([]);
    expect(ref.provinces).toHaveLength(63);
    expect(ref.regions).toHaveLength(6);
  });

  it('resolves every province name, short name, English name, slug and alias to its slug', () => {
    // 63 provinces, each known by several names: a loop over nothing would pass, so count first.
    expect(ref.provinces).toHaveLength(63);
    expect(new Set(ref.provinces.map((p) => p.slug)).size).toBe(63);
    let names = 0;
    for (const p of ref.provinces) {
      for (const name of [p.name_vi, p.name_short_vi, p.name_en, p.slug, ...p.aliases]) {
        expect(ref.gazetteer.resolve(name), `${name} → ${p.slug}`).toEqual({ code: p.slug, kind: 'province' });
        names++;
      }
    }
    expect(names).toBeGreaterThanOrEqual(63 * 4);
  });

  it('resolves nothing that is not a place', () => {
    for (const name of ['', 'Hà', 'Nội', 'Đồng', 'Việt Nam Xanh', 'Tỉnh', 'dong nai x', 'Hà Nội Hà Nội']) {
      expect(ref.gazetteer.resolve(name), JSON.stringify(name)).toBeUndefined();
    }
  });

  it('resolves every region name and alias (OCR forms included) to its code', () => {
    expect(ref.regions.map((r) => r.code).sort()).toEqual(['BTB_DHMT', 'DBSCL', 'DBSH', 'DNB', 'TDMNPB', 'TN']);
    for (const r of ref.regions) {
      for (const name of [r.name_vi, r.name_en, r.code, ...r.aliases]) {
        expect(ref.gazetteer.resolve(name), name).toEqual({ code: r.code, kind: 'region' });
      }
    }
  });

  it.each([
    ['Pong Nai', 'dong-nai'],
    ['Pik Lak', 'dak-lak'],
    ['Tp. HCM', 'ho-chi-minh'],
    ['TP. Hồ Chí Minh', 'ho-chi-minh'],
    ['dong nai', 'dong-nai'],
    ['DONG NAI', 'dong-nai'],
    ['tỉnh Đồng Nai', 'dong-nai'],
    ['Thanh Hoá', 'thanh-hoa'],
    ['Thanh Hóa', 'thanh-hoa'],
    ['Hoà Bình', 'hoa-binh'],
    ['Khánh Hoà', 'khanh-hoa'],
    ['Thừa Thiên - Huế', 'thua-thien-hue'],
    ['Bà Rịa – Vũng Tàu', 'ba-ria-vung-tau'],
    ['thành phố Cần Thơ', 'can-tho'],
    ['Tp. H6 Chi Minh', 'ho-chi-minh'],
  ])('reads %s as %s', (written, slug) => {
    expect(ref.gazetteer.resolve(written)?.code).toBe(slug);
  });

  it('reads the country and the northern group', () => {
    expect(ref.gazetteer.resolve('cả nước')).toEqual({ code: 'VN', kind: 'country' });
    expect(ref.gazetteer.resolve('28 tỉnh, thành phố khu vực phía Bắc')).toEqual({
      code: 'north-28',
      kind: 'region-group',
    });
    expect(ref.gazetteer.resolve('Ving Pong Nam B')).toEqual({ code: 'DNB', kind: 'region' });
  });

  it('does not guess unknown places', () => {
    for (const s of ['Hà Tây', 'Atlantis', 'Dong', 'Nai', '']) expect(ref.gazetteer.resolve(s), s).toBeUndefined();
  });

  it('gives the same answer whatever diacritics and case a reader types', () => {
    const names = ref.provinces.flatMap((p) => [p.name_vi].map((n) => [n, p.slug] as const));
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.boolean(), fc.boolean(), ([name, slug], strip, upper) => {
        let typed = strip ? fold(name) : name;
        if (upper) typed = typed.toUpperCase();
        expect(ref.gazetteer.resolve(typed)?.code).toBe(slug);
      }),
    );
  });

  it('has no alias that folds to two places', () => {
    const seen = new Map<string, string>();
    for (const p of ref.provinces) {
      for (const n of [p.name_vi, p.name_en, ...p.aliases]) {
        const k = fold(n);
        if (seen.has(k)) expect(seen.get(k), n).toBe(p.slug);
        seen.set(k, p.slug);
      }
    }
  });
});
