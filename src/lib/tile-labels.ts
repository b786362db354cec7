/**
 * Short labels for the tile maps, unique within each map. No published set fits: the GSO codes,
 * vehicle-plate numbers and ISO 3166-2:VN codes are unique but not readable. So, from the names:
 * - the initials of the name's words, Vietnamese letters kept (Bắc Ninh → BN, Đồng Tháp → ĐT,
 *   Thừa Thiên Huế → TTH); "Bà Rịa - Vũng Tàu" is BR-VT and TP. Hồ Chí Minh HCM, as written in
 *   Vietnam; a one-word name of up to four letters stands whole (Huế);
 * - where initials collide, the unit with the lowest GSO code keeps them and each other one adds
 *   the next letter of its last word (Hà Nội HN, Hà Nam HNa; Quảng Ninh QN, Quảng Nam QNa,
 *   Quảng Ngãi QNg; Đà Nẵng ĐN, Đắk Nông ĐNô, Đồng Nai ĐNa).
 * The full name is always in the tile's accessible name and shown on hover and focus.
 */
const words = (name: string) =>
  name
    .replace(/^(Thành phố|TP\.) /, '')
    .split(/[\s-]+/)
    .filter(Boolean);

function initials(name: string): string {
  if (/^Bà Rịa/.test(name)) return 'BR-VT';
  if (/Hồ Chí Minh$/.test(name)) return 'HCM';
  const w = words(name);
  if (w.length === 1 && w[0]!.length <= 4) return w[0]!;
  return w.map((x) => x[0]!.toUpperCase()).join('');
}

/** Labels keyed by slug, for places given in any order; `code` decides who keeps the initials. */
export function tileLabels(places: readonly { slug: string; code: string; name: string }[]): Map<string, string> {
  const out = new Map<string, string>();
  const taken = new Set<string>();
  for (const p of [...places].sort((a, b) => a.code.localeCompare(b.code))) {
    let label = initials(p.name);
    const last = words(p.name).at(-1)!;
    for (let i = 1; taken.has(label) && i < last.length; i++)
      label = `${initials(p.name)}${last.slice(1, i + 1).toLowerCase()}`;
    if (taken.has(label)) throw new Error(`tile-labels: no unique label for ${p.name}`);
    taken.add(label);
    out.set(p.slug, label);
  }
  return out;
}
