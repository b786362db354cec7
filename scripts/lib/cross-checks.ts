/**
 * The arithmetic the reports invite, checked in code. Every check becomes a row of
 * data-notes.csv whatever its outcome: agreeing checks show the figures hold together, and
 * disagreements are shown as they are, never resolved by changing a figure.
 * Tolerances follow the precision the report writes: a share written as "6%" is only known to
 * ±0.5 points, one written "20,91%" to ±0.005.
 */
import type { DataNote, Figure } from '../../src/lib/schema.ts';
import { FigureIndex } from './derive.ts';
import type { Reference } from './reference.ts';

const fmt = (x: number, d = 2) => (Math.round(x * 10 ** d) / 10 ** d).toString();
const bn = (x: number) => fmt(x / 1e9, 3) + ' bn';

interface CheckSpec {
  id: string;
  kind: DataNote['kind'];
  title_vi: string;
  title_en: string;
  ids: string[];
  expected: number | null;
  stated: number | null;
  tolerance: number;
  computation: string;
  /** Explanations when they need more than the generic sentence. */
  explain?: { vi: string; en: string };
}

function toNote(c: CheckSpec): DataNote {
  const both = c.expected !== null && c.stated !== null;
  const difference = both ? c.stated! - c.expected! : null;
  const result: DataNote['result'] = !both ? 'not-stated' : Math.abs(difference!) <= c.tolerance + 1e-9 ? 'agrees' : 'differs';
  const generic = {
    agrees: { vi: 'Các số liệu khớp nhau trong phạm vi làm tròn của báo cáo.', en: 'The figures agree within the report’s rounding.' },
    differs: { vi: 'Các số liệu không khớp nhau ngoài phạm vi làm tròn. Chúng tôi giữ nguyên số liệu như báo cáo ghi.', en: 'The figures disagree beyond the report’s rounding. We keep each figure as the report states it.' },
    'not-stated': { vi: 'Báo cáo không nêu số liệu để đối chiếu.', en: 'The report gives no figure to check this against.' },
  }[result];
  return {
    id: c.id, kind: c.kind, result, title_vi: c.title_vi, title_en: c.title_en, computation: c.computation,
    ids: c.ids, expected: c.expected, stated: c.stated, difference: difference === null ? null : Number(fmt(difference, 6)),
    tolerance: c.tolerance, explanation_vi: c.explain ? `${generic.vi} ${c.explain.vi}` : generic.vi,
    explanation_en: c.explain ? `${generic.en} ${c.explain.en}` : generic.en,
  };
}

export function runCrossChecks(figures: readonly Figure[], ref: Reference): DataNote[] {
  const ix = new FigureIndex(figures);
  const v = (id: string) => ix.get(id).value;
  const checks: CheckSpec[] = [];
  const K = 'kcqg-2014-2020';
  const N = 'nd45-2013-2022';

  /** parts add up to a stated whole */
  const sum = (id: string, vi: string, en: string, parts: string[], whole: string, tolerance = 0) => {
    const expected = parts.reduce((s, p) => s + v(p), 0);
    checks.push({ id, kind: 'sum', title_vi: vi, title_en: en, ids: [...parts, whole], expected, stated: v(whole), tolerance,
      computation: `${parts.map((p) => `${p} (${v(p)})`).join(' + ')} = ${expected}; stated ${whole} = ${v(whole)}` });
  };
  /** a stated percentage against part / whole × 100 */
  const share = (id: string, vi: string, en: string, part: string, whole: string, stated: string, tolerance: number) => {
    const expected = (v(part) / v(whole)) * 100;
    checks.push({ id, kind: 'share', title_vi: vi, title_en: en, ids: [part, whole, stated], expected: Number(fmt(expected, 4)), stated: v(stated), tolerance,
      computation: `${part} / ${whole} × 100 = ${v(part)} / ${v(whole)} × 100 = ${fmt(expected, 4)}%; stated ${fmt(v(stated), 4)}%` });
  };
  /** a stated average against total / count */
  const average = (id: string, vi: string, en: string, total: string, count: number | string, stated: string, tolerance: number, explain?: CheckSpec['explain']) => {
    const n = typeof count === 'number' ? count : v(count);
    const expected = v(total) / n;
    checks.push({ id, kind: 'average', title_vi: vi, title_en: en, ids: [total, ...(typeof count === 'string' ? [count] : []), stated],
      expected: Number(fmt(expected, 4)), stated: v(stated), tolerance, explain,
      computation: `${total} / ${typeof count === 'string' ? count : `${n} (count)`} = ${v(total)} / ${n} = ${fmt(expected, 4)}; stated ${v(stated)}` });
  };
  const same = (id: string, vi: string, en: string, a: string, b: string, explain?: CheckSpec['explain']) => {
    checks.push({ id, kind: 'same-figure', title_vi: vi, title_en: en, ids: [a, b], expected: v(a), stated: v(b), tolerance: 0, explain,
      computation: `${a} = ${v(a)}; ${b} = ${v(b)}` });
  };

  // --- The national programme 2014–2020 (kcqg) ---------------------------------------------
  sum('kcqg.funding.split', 'KCQG + KCĐP = tổng kinh phí 2014–2020', 'KCQG + KCĐP = total funding 2014–2020',
    [`${K}.funding.kcqg`, `${K}.funding.kcdp`], `${K}.funding.total-plan`, 0.01e9);
  share('kcqg.funding.kcqg-share', 'Tỷ trọng KCQG trong tổng kinh phí', 'KCQG share of total funding',
    `${K}.funding.kcqg`, `${K}.funding.total-plan`, `${K}.funding.kcqg.share`, 0.005);
  share('kcqg.funding.kcdp-share', 'Tỷ trọng KCĐP trong tổng kinh phí', 'KCĐP share of total funding',
    `${K}.funding.kcdp`, `${K}.funding.total-plan`, `${K}.funding.kcdp.share`, 0.005);
  average('kcqg.funding.kcqg-per-year', 'Kinh phí KCQG bình quân mỗi năm', 'Average KCQG funding per year',
    `${K}.funding.kcqg`, 7, `${K}.mgmt.mof.kcqg-annual-average`, 0.005e9);
  average('kcqg.funding.per-province', 'Kinh phí bình quân mỗi tỉnh', 'Average funding per province',
    `${K}.funding.total-plan`, 63, `${K}.funding.avg-per-province`, 0.005e9);

  const regions: [string, string, string][] = [
    ['red-river', 'DBSH', 'Đồng bằng sông Hồng'], ['northern-midlands', 'TDMNPB', 'Trung du và miền núi phía Bắc'],
    ['north-central-coast', 'BTB_DHMT', 'Bắc Trung Bộ và duyên hải miền Trung'], ['central-highlands', 'TN', 'Tây Nguyên'],
    ['southeast', 'DNB', 'Đông Nam Bộ'], ['mekong-delta', 'DBSCL', 'Đồng bằng sông Cửu Long'],
  ];
  for (const [slug, code, name] of regions) {
    const shareId = `${K}.region.${slug}.share`;
    const decimals = (ix.get(shareId).as_written.split(/[.,]/)[1] ?? '').length;
    share(`kcqg.region.${slug}.share`, `Tỷ trọng kinh phí vùng ${name}`, `Funding share of region ${code}`,
      `${K}.region.${slug}.amount`, `${K}.funding.total-plan`, shareId, 0.5 * 10 ** -decimals);
    const n = ref.provinces.filter((p) => p.region_6 === code).length;
    checks.push({ id: `kcqg.region.${slug}.provinces`, kind: 'sum', title_vi: `Số tỉnh của vùng ${name}`, title_en: `Provinces in region ${code}`,
      ids: [`${K}.region.${slug}.provinces`], expected: n, stated: v(`${K}.region.${slug}.provinces`), tolerance: 0,
      computation: `provinces with region_6 = ${code} in data/reference/provinces.csv: ${n}; the report lists ${v(`${K}.region.${slug}.provinces`)}` });
    const avgId = `${K}.region.${slug}.avg-per-province`;
    if (ix.has(avgId)) {
      average(`kcqg.region.${slug}.average`, `Kinh phí bình quân mỗi tỉnh, vùng ${name}`, `Average per province, ${code}`,
        `${K}.region.${slug}.amount`, `${K}.region.${slug}.provinces`, avgId, 0.005e9);
    }
  }
  const regionSum = regions.reduce((s, [slug]) => s + v(`${K}.region.${slug}.amount`), 0);
  const total = v(`${K}.funding.total-plan`);
  checks.push({
    id: 'kcqg.region.coverage', kind: 'coverage',
    title_vi: 'Sáu vùng chỉ chiếm 84% tổng kinh phí', title_en: 'The six regions cover 84% of total funding',
    ids: [...regions.map(([s]) => `${K}.region.${s}.amount`), `${K}.funding.total-plan`, `derived.${K}.region.unassigned.amount`],
    expected: null, stated: null, tolerance: 0,
    computation: `sum of six regions = ${bn(regionSum)} đồng = ${fmt((regionSum / total) * 100)}% of ${bn(total)}; remainder ${bn(total - regionSum)} đồng`,
    explain: {
      vi: `Tổng kinh phí của sáu vùng là ${fmt((regionSum / total) * 100)}% tổng số. Báo cáo không nói phần còn lại (${fmt((total - regionSum) / 1e9)} tỷ đồng) được dùng ở đâu; chúng tôi hiển thị nó là “không phân bổ theo vùng” và không đoán.`,
      en: `The six regions add up to ${fmt((regionSum / total) * 100)}% of the total. The report does not say where the remaining VND ${fmt((total - regionSum) / 1e9)} billion went; we show it as “not assigned to a region” and do not guess.`,
    },
  });
  {
    const lowest = regions.map(([slug, code]) => ({ slug, code, avg: v(`${K}.region.${slug}.amount`) / ref.provinces.filter((p) => p.region_6 === code).length }))
      .sort((a, b) => a.avg - b.avg)[0]!;
    checks.push({
      id: 'kcqg.region.lowest-average', kind: 'average', title_vi: 'Vùng có kinh phí bình quân mỗi tỉnh thấp nhất',
      title_en: 'Region with the lowest average per province', ids: [`${K}.region.northern-midlands.avg-per-province`, `${K}.region.mekong-delta.amount`],
      expected: Number(fmt(lowest.avg / 1e9, 4)) * 1e9, stated: v(`${K}.region.northern-midlands.avg-per-province`), tolerance: 0.005e9,
      computation: `lowest amount / provinces among the six regions: ${lowest.code} ${bn(lowest.avg)}; the report names TDMNPB at ${bn(v(`${K}.region.northern-midlands.avg-per-province`))}`,
      explain: {
        vi: 'Báo cáo gọi Trung du và miền núi phía Bắc là vùng có kinh phí bình quân thấp nhất (17,62 tỷ đồng/tỉnh), nhưng theo chính số liệu của báo cáo, Đồng bằng sông Cửu Long thấp hơn (220,11 tỷ đồng cho 13 tỉnh).',
        en: 'The report calls the Northern Midlands the region with the lowest average (VND 17.62 billion per province), but by its own figures the Mekong Delta is lower (VND 220.11 billion for 13 provinces).',
      },
    });
  }

  sum('kcqg.staff.contract', 'Biên chế + hợp đồng = tổng cán bộ (2020)', 'Permanent + contract = all staff (2020)',
    [`${K}.staff.permanent`, `${K}.staff.contract`], `${K}.staff.total`);
  sum('kcqg.staff.education', 'Cán bộ theo trình độ = tổng cán bộ (2020)', 'Staff by education = all staff (2020)',
    [`${K}.staff.postgraduate`, `${K}.staff.graduate`, `${K}.staff.vocational`], `${K}.staff.total`);
  for (const p of ['permanent', 'contract', 'postgraduate', 'graduate', 'vocational', 'field']) {
    share(`kcqg.staff.${p}.share`, `Tỷ lệ cán bộ (${p}), 2020`, `Staff share (${p}), 2020`, `${K}.staff.${p}`, `${K}.staff.total`, `${K}.staff.${p}.share`, 0.005);
  }
  average('kcqg.staff.per-centre', 'Cán bộ bình quân mỗi Trung tâm (2020)', 'Staff per centre (2020)', `${K}.staff.total`, `${K}.org.provinces.total`, `${K}.staff.per-centre`, 0.005);
  average('kcqg.staff.field-per-centre', 'Cán bộ trực tiếp bình quân mỗi Trung tâm (2020)', 'Field staff per centre (2020)', `${K}.staff.field`, `${K}.org.provinces.total`, `${K}.staff.field.per-centre`, 0.5);
  sum('kcqg.centres.bands', 'Số Trung tâm theo quy mô cán bộ = 63 (2020)', 'Centres by staffing band = 63 (2020)',
    ['staff-30plus', 'staff-20-30', 'staff-10-19', 'staff-under-10'].map((b) => `${K}.centres.${b}.count`), `${K}.org.provinces.total`);
  sum('kcqg.centres.names', 'Số Trung tâm theo tên gọi = 63 (2020)', 'Centres by name = 63 (2020)',
    ['name-kc-tvptcn.count', 'name-kc-only.count', 'name-other.count'].map((b) => `${K}.centres.${b}`), `${K}.org.provinces.total`);
  checks.push({
    id: 'kcqg.org.lost-digit', kind: 'reading', title_vi: 'Một chữ số bị mất khi nhận dạng: “§/63”', title_en: 'A digit lost in OCR: “§/63”',
    ids: [`${K}.org.kcdp-programme-approved.provinces`, `${K}.org.annual-plan-only.share`], expected: null, stated: null, tolerance: 0,
    computation: `63 − ${v(`${K}.org.kcdp-programme-approved.provinces`)} = ${63 - v(`${K}.org.kcdp-programme-approved.provinces`)}; ${v(`${K}.org.annual-plan-only.share`)}% × 63 = ${fmt((v(`${K}.org.annual-plan-only.share`) / 100) * 63)}`,
    explain: {
      vi: 'Bản OCR ghi “§/63”. Số tỉnh còn lại và tỷ lệ 9,52% đều phù hợp với 6, nhưng chúng tôi không công bố một chữ số không đọc được; hàng này nằm trong danh sách loại trừ.',
      en: 'The OCR text reads “§/63”. The remaining provinces and the stated 9.52% both fit 6, but we do not publish a digit we cannot read; the row is in the exclusions list.',
    },
  });
  {
    const rates = [2015, 2016, 2017, 2018, 2019, 2020].map((y) => v(`${K}.assess.budget-growth.${y}`));
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    const cagr = (rates.reduce((p, r) => p * (1 + r / 100), 1) ** (1 / rates.length) - 1) * 100;
    checks.push({
      id: 'kcqg.funding.growth-average', kind: 'average', title_vi: 'Tốc độ tăng kinh phí bình quân 2015–2020', title_en: 'Average yearly funding growth 2015–2020',
      ids: [2015, 2016, 2017, 2018, 2019, 2020].map((y) => `${K}.assess.budget-growth.${y}`).concat(`${K}.assess.budget-growth.average`),
      expected: Number(fmt(mean, 4)), stated: v(`${K}.assess.budget-growth.average`), tolerance: 0.005,
      computation: `arithmetic mean of the six yearly rates = ${fmt(mean, 4)}%; compound (geometric) mean = ${fmt(cagr, 4)}%; stated ${v(`${K}.assess.budget-growth.average`)}%`,
      explain: {
        vi: `Trung bình cộng của sáu tốc độ tăng là ${fmt(mean)}%, trung bình nhân là ${fmt(cagr)}%; báo cáo ghi 9,59%, không khớp với cách tính nào.`,
        en: `The arithmetic mean of the six yearly rates is ${fmt(mean)}%, the compound mean ${fmt(cagr)}%; the report's 9.59% matches neither.`,
      },
    });
  }

  // --- The ten-year review (nd45) -----------------------------------------------------------
  sum('nd45.staff.contract', 'Viên chức + hợp đồng = tổng cán bộ (2022)', 'Civil servants + contract = all staff (2022)',
    [`${N}.staff.civil_servants`, `${N}.staff.contract`], `${N}.staff.total`);
  sum('nd45.staff.education', 'Cán bộ theo trình độ = tổng cán bộ (2022)', 'Staff by education = all staff (2022)',
    [`${N}.staff.postgraduate`, `${N}.staff.university`, `${N}.staff.vocational`], `${N}.staff.total`);
  for (const p of ['civil_servants', 'contract', 'postgraduate', 'university', 'vocational', 'field']) {
    share(`nd45.staff.${p}.share`, `Tỷ lệ cán bộ (${p}), 2022`, `Staff share (${p}), 2022`, `${N}.staff.${p}`, `${N}.staff.total`, `${N}.staff.${p}.share`, 0.5);
  }
  average('nd45.staff.per-centre', 'Cán bộ bình quân mỗi Trung tâm (2022)', 'Staff per centre (2022)', `${N}.staff.total`, `${N}.org.provinces_with_centre`, `${N}.staff.avg_per_centre`, 0.5);
  average('nd45.staff.field-per-centre', 'Cán bộ trực tiếp bình quân mỗi Trung tâm (2022)', 'Field staff per centre (2022)', `${N}.staff.field`, `${N}.org.provinces_with_centre`, `${N}.staff.field.avg_per_centre`, 0.5, {
    vi: '535 / 63 = 8,49, làm tròn là 8, trong khi báo cáo ghi 9 người/Trung tâm.',
    en: '535 / 63 = 8.49, which rounds to 8, while the report says 9 per centre.',
  });
  sum('nd45.centres.bands', 'Số Trung tâm theo quy mô cán bộ = 63 (2022)', 'Centres by staffing band = 63 (2022)',
    ['band_over40', 'band_30_40', 'band_10_29', 'band_under10'].map((b) => `${N}.staff.${b}.centres`), `${N}.org.provinces_with_centre`);
  sum('nd45.centres.names', 'Số Trung tâm theo tên gọi = 63 (2022)', 'Centres by name = 63 (2022)',
    ['name_kc_tvptcn', 'name_kc_only', 'name_kc_xttm', 'name_other'].map((b) => `${N}.org.${b}.centres`), `${N}.org.provinces_with_centre`);
  sum('nd45.centres.autonomy', 'Tự chủ một phần + chưa tự chủ = 63', 'Partly self-financing + not yet = 63',
    [`${N}.org.autonomy_partial.centres`, `${N}.org.autonomy_none.centres`], `${N}.org.provinces_with_centre`);
  {
    // The review states the local total and its share, so the whole is only known within the
    // rounding of "59%": 1.493 / 0.595 … 1.493 / 0.585.
    const local = v(`${N}.funding.local.total`);
    const localShare = v(`${N}.funding.local.share`);
    const implied = local / (localShare / 100);
    for (const a of ['training', 'management', 'demo', 'products', 'consulting']) {
      const amount = v(`${N}.${a}.funding`);
      const expected = (amount / implied) * 100;
      const stated = v(`${N}.${a}.funding.share`);
      const tol = 0.5 + expected * (0.5 / localShare);
      checks.push({
        id: `nd45.activity.${a}.share`, kind: 'share', title_vi: `Tỷ trọng kinh phí hoạt động (${a}) trong 10 năm`, title_en: `Ten-year funding share of activity (${a})`,
        ids: [`${N}.${a}.funding`, `${N}.${a}.funding.share`, `${N}.funding.local.total`, `${N}.funding.local.share`],
        expected: Number(fmt(expected, 4)), stated, tolerance: Number(fmt(tol, 3)),
        computation: `total implied by ${N}.funding.local.total / ${N}.funding.local.share = ${bn(local)} / ${localShare}% = ${bn(implied)}; ${bn(amount)} / ${bn(implied)} × 100 = ${fmt(expected, 2)}%; stated ${stated}%`,
      });
    }
    const nationalPerYear = v(`${N}.funding.national.avg_per_year`);
    const expectedShare = (local / (local + nationalPerYear * 10)) * 100;
    checks.push({
      id: 'nd45.funding.local-vs-national', kind: 'share', title_vi: 'KCĐP 59% so với KCQG khoảng 104 tỷ đồng/năm', title_en: 'KCĐP 59% against KCQG of about VND 104 billion a year',
      ids: [`${N}.funding.local.total`, `${N}.funding.national.avg_per_year`, `${N}.funding.local.share`], expected: Number(fmt(expectedShare, 4)), stated: localShare, tolerance: 0.5,
      computation: `${bn(local)} / (${bn(local)} + 10 × ${bn(nationalPerYear)}) × 100 = ${fmt(expectedShare)}%; stated ${localShare}%`,
    });
    const sumShares = ['training', 'management', 'demo', 'products', 'consulting'].reduce((s, a) => s + v(`${N}.${a}.funding.share`), 0);
    checks.push({
      id: 'nd45.activity.coverage', kind: 'coverage', title_vi: 'Các hoạt động trong bản trích chiếm khoảng 80% kinh phí', title_en: 'The activities in the excerpt cover about 80% of funding',
      ids: ['training', 'management', 'demo', 'products', 'consulting'].map((a) => `${N}.${a}.funding.share`), expected: null, stated: null, tolerance: 0,
      computation: `sum of stated shares = ${sumShares}%`,
      explain: {
        vi: `Tỷ trọng của năm hoạt động có trong bản trích cộng lại là ${sumShares}%. Bản trích dừng ở mục 6 (thông tin), trước khi nêu kinh phí các hoạt động còn lại, nên chúng tôi không biết phần còn lại được chia thế nào.`,
        en: `The five activities in the excerpt add up to ${sumShares}%. The excerpt stops in item 6 (information), before the remaining activities' funding, so we cannot say how the rest was split.`,
      },
    });
  }

  // --- The same figure in two reports ---------------------------------------------------------
  same('same.kcdp-twice', 'Kinh phí KCĐP 2014–2020 nêu ở hai mục', 'KCĐP funding 2014–2020 stated in two sections', `${K}.funding.kcdp`, `${K}.mgmt.kcdp-funding.amount`);
  same('same.bulletin', 'Bản tin Khuyến công: 1.200 cuốn mỗi tháng', 'Khuyến công bulletin: 1,200 copies a month', `${N}.info.bulletin_copies`, `${K}.info.bulletin-copies`);
  same('same.inspections', 'Kiểm tra khoảng 20 tỉnh mỗi năm', 'About 20 provinces inspected a year', `${N}.mgmt.inspections.provinces_per_year`, `${K}.mgmt.inspection.provinces-per-year`);
  same('same.centre1-staff', 'Cán bộ Trung tâm KC&TVPTCN 1', 'Staff of Centre No. 1', `${N}.staff.tt1.total`, `${K}.staff.centre1.total`);
  same('same.foreign-booths', 'Gian hàng tại hội chợ nước ngoài', 'Booths at fairs abroad', `${N}.fairs.abroad.booths`, `${K}.products.foreign-fair-booths`);
  same('same.foreign-fairs', 'Số hội chợ nước ngoài', 'Fairs abroad', `${N}.fairs.abroad`, `${K}.products.foreign-fairs`);
  same('same.north-showroom', 'Phòng trưng bày khu vực phía Bắc', 'Northern showroom', `${N}.showroom.north`, `${K}.products.showroom-north`);
  for (const [a, b, vi, en] of [
    [`${K}.products.regional-products`, `${N}.products.regional`, 'Sản phẩm CNNT tiêu biểu cấp khu vực', 'Regional outstanding products'],
    [`${K}.products.national-products`, `${N}.products.national`, 'Sản phẩm CNNT tiêu biểu cấp quốc gia', 'National outstanding products'],
    [`${K}.info.websites`, `${N}.info.websites`, 'Website hỗ trợ cơ sở có sản phẩm tiêu biểu', 'Websites for certified producers'],
    [`${K}.demo.models`, `${N}.demo.models`, 'Mô hình trình diễn kỹ thuật', 'Demonstration models'],
    [`${K}.products.regional-contests`, `${N}.products.votes.regional`, 'Số lần bình chọn sản phẩm CNNT tiêu biểu cấp khu vực', 'Regional selections of outstanding rural products'],
    [`${K}.products.national-contests`, `${N}.products.votes.national`, 'Số lần bình chọn sản phẩm CNNT tiêu biểu cấp quốc gia', 'National selections of outstanding rural products'],
  ] as const) {
    checks.push({
      id: `nested.${b.split('.').slice(1).join('.')}`, kind: 'same-figure', title_vi: `${vi}: 2014–2020 nằm trong 2013–2022`, title_en: `${en}: 2014–2020 within 2013–2022`,
      // expected/stated encode the containment test: agrees when the shorter period's count is
      // at most the longer one's, differs otherwise.
      ids: [a, b], expected: Math.min(v(a), v(b)), stated: v(a), tolerance: 0,
      computation: `${a} (2014–2020) = ${v(a)}; ${b} (2013–2022) = ${v(b)}; ${v(a) <= v(b) ? 'the shorter period is the smaller, as it must be' : 'the shorter period is LARGER, which cannot be'}`,
      explain: v(a) <= v(b)
        ? { vi: 'Hai báo cáo có giai đoạn khác nhau; số của giai đoạn ngắn hơn nhỏ hơn, phù hợp.', en: 'The reports cover different periods; the shorter period has the smaller count, as it should.' }
        : { vi: 'Số của giai đoạn ngắn hơn lại lớn hơn: hai báo cáo không nhất quán.', en: 'The shorter period has the larger count: the reports are inconsistent.' },
    });
  }

  // --- The northern provinces (north-2023) -----------------------------------------------------
  const NO = 'north-2023';
  sum('north.2022.split', 'KCQG + KCĐP = tổng, 2022', 'KCQG + KCĐP = total, 2022', [`${NO}.funding.2022.kcqg`, `${NO}.funding.2022.kcdp`], `${NO}.funding.2022.total`, 0.05e9);
  sum('north.2023.plan-split', 'KCQG + KCĐP = tổng, kế hoạch 2023', 'KCQG + KCĐP = total, 2023 plan', [`${NO}.funding.2023.plan.kcqg`, `${NO}.funding.2023.plan.kcdp`], `${NO}.funding.2023.plan.total`, 0.05e9);
  sum('north.2023h1.split', 'KCQG + KCĐP = tổng, 6 tháng đầu 2023', 'KCQG + KCĐP = total, first half 2023', [`${NO}.funding.2023h1.kcqg`, `${NO}.funding.2023h1.kcdp`], `${NO}.funding.2023h1.total`, 0.05e9);
  sum('north.2022.models', 'Mô hình trình diễn: KCQG + KCĐP = tổng', 'Demonstration models: KCQG + KCĐP = total', [`${NO}.models.2022.kcqg`, `${NO}.models.2022.kcdp`], `${NO}.models.2022.total`);
  sum('north.2022.machinery', 'Hỗ trợ máy móc: KCQG + KCĐP = tổng', 'Machinery support: KCQG + KCĐP = total', [`${NO}.machinery.2022.kcqg`, `${NO}.machinery.2022.kcdp`], `${NO}.machinery.2022.total`);
  share('north.2023h1.total-rate', 'Tiến độ 6 tháng so với kế hoạch năm (tổng)', 'First-half progress against the year plan (total)', `${NO}.funding.2023h1.total`, `${NO}.funding.2023.plan.total`, `${NO}.funding.2023h1.total.vs-plan`, 0.06);
  share('north.2023h1.kcqg-rate', 'Tiến độ 6 tháng so với kế hoạch năm (KCQG)', 'First-half progress against the year plan (KCQG)', `${NO}.funding.2023h1.kcqg`, `${NO}.funding.2023.plan.kcqg`, `${NO}.funding.2023h1.kcqg.vs-plan`, 0.06);
  share('north.2023h1.kcdp-rate', 'Tiến độ 6 tháng so với kế hoạch năm (KCĐP)', 'First-half progress against the year plan (KCĐP)', `${NO}.funding.2023h1.kcdp`, `${NO}.funding.2023.plan.kcdp`, `${NO}.funding.2023h1.kcdp.vs-plan`, 0.06);
  {
    const plan2022 = v(`derived.${NO}.funding.2022.total.plan`);
    const change = ((v(`${NO}.funding.2023.plan.total`) - plan2022) / plan2022) * 100;
    checks.push({
      id: 'north.2023.plan-change', kind: 'share', title_vi: 'Kế hoạch 2023 thấp hơn kế hoạch 2022', title_en: '2023 plan below the 2022 plan',
      ids: [`${NO}.funding.2023.plan.total`, `derived.${NO}.funding.2022.total.plan`, `${NO}.funding.2023.plan.total.change-vs-2022-plan`],
      expected: Number(fmt(-change, 4)), stated: v(`${NO}.funding.2023.plan.total.change-vs-2022-plan`), tolerance: 0.05,
      computation: `2022 plan implied by 170,4 / 95,2% = ${bn(plan2022)}; (177,2 − that) / that = ${fmt(change, 3)}%; stated “1,07% lower”`,
      explain: { vi: 'Kế hoạch năm 2022 không được nêu trực tiếp; chúng tôi suy ra từ kết quả và tỷ lệ đạt, nên sai lệch nhỏ có thể do làm tròn tỷ lệ.', en: 'The 2022 plan is not stated; we infer it from the result and its rate of achievement, so a small gap may come from the rate’s rounding.' },
    });
  }

  // --- Trà Vinh ------------------------------------------------------------------------------
  const T = 'tra-vinh-2016-2020';
  sum('travinh.national-split', 'Phần KCQG = máy móc (KCQG) + hội chợ (KCQG)', 'National money = machinery (KCQG) + fair (KCQG)',
    [`${T}.machinery.kcqg.funding`, `${T}.fair.kcqg.funding`], `${T}.funding.kcqg`);
  sum('travinh.machinery-split', 'Máy móc: KCQG + KCĐP = tổng', 'Machinery: KCQG + KCĐP = total', [`${T}.machinery.kcqg.funding`, `${T}.machinery.kcdp.funding`], `${T}.machinery.funding`);
  sum('travinh.machinery-projects', 'Đề án máy móc: KCQG + KCĐP = tổng', 'Machinery projects: KCQG + KCĐP = total', [`${T}.machinery.kcqg.projects`, `${T}.machinery.kcdp.projects`], `${T}.machinery.projects`);
  sum('travinh.activities', 'Tổng kinh phí các hoạt động = tổng kinh phí 2016–2020', 'Activities add up to the 2016–2020 total',
    ['training.funding', 'management.funding', 'study-tour.funding', 'machinery.funding', 'fair.kcqg.funding', 'fair.kcdp.funding', 'award.funding', 'conference.funding', 'media.funding', 'cleaner-production.funding', 'consulting.funding'].map((a) => `${T}.${a}`),
    `${T}.funding.total`);

  return checks.map(toNote);
}
