import { describe, expect, it } from 'vitest';
import { breadcrumbs, download, jsonLdText } from '../../src/lib/jsonld.ts';
import { otherLanguagePath } from '../../src/lib/routes.ts';

describe('JSON-LD text', () => {
  it('escapes < so a title cannot close the script element, and parses back to the same value', () => {
    const data = { name: 'a </script><script>alert(1)</script> & <b>' };
    const text = jsonLdText(data);
    expect(text).not.toContain('<');
    expect(JSON.parse(text)).toEqual(data);
  });
  it('makes breadcrumb and download URLs absolute on the given site', () => {
    const b = breadcrumbs('https://data.example.net', [
      ['/', 'Home'],
      ['/tinh/', 'Tỉnh'],
    ]);
    expect(b.itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://data.example.net/' },
      { '@type': 'ListItem', position: 2, name: 'Tỉnh', item: 'https://data.example.net/tinh/' },
    ]);
    expect(download('figures.csv', 'https://data.example.net')).toMatchObject({
      contentUrl: 'https://data.example.net/data/figures.csv',
      encodingFormat: 'text/csv',
    });
    expect(() => download('figures.xlsx', 'https://x.org')).toThrow(/figures\.xlsx/);
  });
});

describe('otherLanguagePath', () => {
  it('maps fixed, parameterised and sub-path routes both ways', () => {
    const pairs: [string, string][] = [
      ['/', '/en/'],
      ['/ket-qua-2013-2022/', '/en/results-2013-2022/'],
      ['/vung/phia-bac-2022-2023/', '/en/regions/north-2022-2023/'],
      ['/vung/dbscl/', '/en/regions/dbscl/'],
      ['/tinh/ha-noi/', '/en/provinces/ha-noi/'],
      ['/bieu-do/x/share/', '/en/charts/x/share/'],
      ['/nguon/kc-2018/', '/en/sources/kc-2018/'],
      ['/nguon/kc-2018/van-ban/', '/en/sources/kc-2018/text/'],
      ['/trinh-chieu/', '/en/present/'],
    ];
    for (const [vi, en] of pairs) {
      expect(otherLanguagePath(vi), vi).toBe(en);
      expect(otherLanguagePath(en), en).toBe(vi);
    }
    expect(otherLanguagePath('/nowhere/')).toBeUndefined();
    expect(otherLanguagePath('/tinh/')).toBe('/en/provinces/');
  });
});
