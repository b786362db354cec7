/**
 * The arithmetic and the comparisons the reports invite, checked in code, by category (issue 9):
 * parts and wholes, stated averages/shares/rates recomputed, "per year" and "N years" against the
 * period, the same quantity in two places (value, period and scope compared), claims about all,
 * lists of named provinces, stated rankings. Every check becomes a data note whatever its outcome;
 * disagreements are shown as they are, never resolved by changing a figure.
 *
 * Precision: a figure written "6%" is only known to ±0,5; "20,91%" to ±0,005; a count of persons
 * is exact. Computations carry intervals, so a sum of rounded parts or a ratio of rounded levels
 * is as uncertain as its inputs. A check agrees when the stated figure's interval meets the
 * computed one; a stated figure that is the computed one cut (not rounded) at its last digit also
 * agrees, with `truncated` set.
 *
 * Explanations quote numbers only as {fig:ID} placeholders (rendered by the site and by
 * docs/data-notes.md): where a computed number matters, it is a derived figure (derive.ts). The
 * only digits typed in an explanation are inside “…”: the report's own words, quoted.
 */
import type { DataNote, Figure } from '../../src/lib/schema.ts';
import { STAFF_KEY_2020, type StaffKey2022 } from '../../src/lib/staff-pairs.ts';
import { FigureIndex, TRA_VINH_ACTIVITIES } from './derive.ts';
import { type Reference, regionKeys } from './reference.ts';

type Category = DataNote['category'];
type Result = DataNote['result'];
interface Iv {
  lo: number;
  hi: number;
  v: number;
}
interface Text {
  vi: string;
  en: string;
}

const fmt = (x: number, d = 4) => String(Math.round(x * 10 ** d) / 10 ** d);

/** Digits after the decimal mark in a figure as written ("20,91" → 2, "88.38" → 2, "1.308" → 0). */
export function decimalsWritten(asWritten: string): number {
  const s = asWritten.replace(/\s*%$/, '').replace(/\.\s+/g, '.');
  const comma = s.indexOf(',');
  if (comma >= 0) return s.length - comma - 1;
  const dot = /^\d+\.(\d{1,2})$/.exec(s);
  return dot ? dot[1]!.length : 0;
}

export class Precision {
  private readonly ref: Reference;
  constructor(ref: Reference) {
    this.ref = ref;
  }
  /**
   * Half a unit of the last digit written, in the figure's base unit. A count written without
   * "khoảng" is exact (1.308 persons is 1.308, not ±0,5); so is a derived row.
   */
  halfUnit(f: Figure): number {
    if (f.derived || !f.as_written) return 0;
    const kind = this.ref.metrics.find((m) => m.metric === f.metric)?.kind;
    if (kind === 'count' && f.qualifier === '') return 0;
    const exp = this.ref.units.lookup(f.unit_as_written)?.exp ?? 0;
    return 0.5 * 10 ** (exp - decimalsWritten(f.as_written));
  }
  /** The values a figure can stand for: "hơn 31" is 31 up to 32, "dưới 6" is 5 up to 6. */
  iv(f: Figure): Iv {
    const h = this.halfUnit(f) || 0.5;
    if (f.qualifier === 'over') return { lo: f.value, hi: f.value + 2 * h, v: f.value };
    if (f.qualifier === 'under') return { lo: f.value - 2 * h, hi: f.value, v: f.value };
    const e = this.halfUnit(f);
    return { lo: f.value - e, hi: f.value + e, v: f.value };
  }
}

const add = (a: Iv, b: Iv): Iv => ({ lo: a.lo + b.lo, hi: a.hi + b.hi, v: a.v + b.v });
const sub = (a: Iv, b: Iv): Iv => ({ lo: a.lo - b.hi, hi: a.hi - b.lo, v: a.v - b.v });
const div = (a: Iv, b: Iv): Iv => {
  const q = [a.lo / b.lo, a.lo / b.hi, a.hi / b.lo, a.hi / b.hi];
  return { lo: Math.min(...q), hi: Math.max(...q), v: a.v / b.v };
};
const scale = (a: Iv, k: number): Iv =>
  k >= 0 ? { lo: a.lo * k, hi: a.hi * k, v: a.v * k } : { lo: a.hi * k, hi: a.lo * k, v: a.v * k };
const exact = (x: number): Iv => ({ lo: x, hi: x, v: x });
const sum = (xs: Iv[]): Iv => xs.reduce(add, exact(0));

const GENERIC: Record<Result, Text> = {
  agrees: {
    vi: 'Các số liệu khớp nhau trong phạm vi làm tròn của báo cáo.',
    en: 'The figures agree within the report’s own rounding.',
  },
  differs: {
    vi: 'Các số liệu không khớp nhau, kể cả khi tính đến làm tròn. Chúng tôi giữ nguyên từng số liệu như báo cáo ghi.',
    en: 'The figures disagree even allowing for rounding. We keep each figure as the report states it.',
  },
  'cannot-be-checked': {
    vi: 'Báo cáo không nêu số liệu để đối chiếu.',
    en: 'The reports give nothing to check this against.',
  },
};
/** For two reports' figures set side by side over time: whether a change can be computed at all. */
const CHANGE_GENERIC: Record<Result, Text> = {
  agrees: {
    vi: 'Hai báo cáo đo cùng một đại lượng, cùng phạm vi, cùng loại giai đoạn: so sánh được, và phần chênh được tính là số liệu suy ra.',
    en: 'The two reports measure the same quantity, with the same scope and the same kind of period: they compare, and the difference is computed as a derived figure.',
  },
  differs: {
    vi: 'Hai báo cáo đo hai đại lượng khác nhau dưới cùng một tên: không tính mức thay đổi.',
    en: 'The two reports measure different quantities under one name: no change is computed.',
  },
  'cannot-be-checked': {
    vi: 'Cách đo của hai báo cáo khác nhau nên không tính được mức thay đổi từng phần.',
    en: 'The two reports measure differently, so no change can be computed part by part.',
  },
};
const TRUNCATED: Text = {
  vi: 'Số báo cáo ghi là kết quả tính toán bị cắt bớt chữ số chứ không làm tròn; chúng tôi coi là khớp.',
  en: 'The stated figure is the computed one cut off, not rounded, at its last digit; we count that as agreement.',
};

interface Spec {
  id: string;
  category: Category;
  title: Text;
  ids: string[];
  computation: string;
  /** Explanation beyond the generic sentence, by result (or one for all results). */
  explain?: Partial<Record<Result, Text>> | Text;
}

export function runCrossChecks(
  figures: readonly Figure[],
  ref: Reference,
  figuresFacts: readonly { source: string; fact: string; value: string; geo: string }[] = [],
): DataNote[] {
  const ix = new FigureIndex(figures);
  const P = new Precision(ref);
  const f = (id: string) => ix.get(id);
  const v = (id: string) => ix.get(id).value;
  const iv = (id: string) => P.iv(ix.get(id));
  const notes: DataNote[] = [];
  const K = 'kcqg-2014-2020';
  const N = 'nd45-2013-2022';
  const NO = 'north-2023';
  const T = 'tra-vinh-2016-2020';

  const explanation = (s: Spec, result: Result, truncated: boolean): Text => {
    const e =
      s.explain && ('vi' in s.explain ? (s.explain as Text) : (s.explain as Partial<Record<Result, Text>>)[result]);
    const generic = s.category === 'change-over-time' ? CHANGE_GENERIC[result] : GENERIC[result];
    const parts = [generic, ...(truncated ? [TRUNCATED] : []), ...(e ? [e] : [])];
    return { vi: parts.map((p) => p.vi).join(' '), en: parts.map((p) => p.en).join(' ') };
  };
  const push = (
    s: Spec,
    result: Result,
    expected: number | null,
    stated: number | null,
    tolerance: number,
    truncated = false,
  ) => {
    const ex = explanation(s, result, truncated);
    notes.push({
      id: s.id,
      category: s.category,
      result,
      title_vi: s.title.vi,
      title_en: s.title.en,
      computation: s.computation,
      ids: s.ids,
      expected: expected === null ? null : Number(fmt(expected, 6)),
      stated,
      difference: expected === null || stated === null ? null : Number(fmt(stated - expected, 6)),
      tolerance: Number(fmt(tolerance, 9)),
      truncated,
      explanation_vi: ex.vi,
      explanation_en: ex.en,
    });
  };

  /** Compare a stated figure with a computed interval: agrees when they meet (or on truncation). */
  const compare = (s: Spec, expected: Iv, statedId: string) => {
    const st = f(statedId);
    const si = P.iv(st);
    const tolerance = P.halfUnit(st) + (expected.hi - expected.lo) / 2;
    let result: Result;
    let truncated = false;
    if (st.qualifier === 'over') result = expected.hi > st.value ? 'agrees' : 'differs';
    else if (st.qualifier === 'under') result = expected.lo < st.value ? 'agrees' : 'differs';
    else if (si.lo <= expected.hi + 1e-9 && expected.lo <= si.hi + 1e-9) result = 'agrees';
    else {
      const exp = ref.units.lookup(st.unit_as_written)?.exp ?? 0;
      const d = decimalsWritten(st.as_written);
      const unit = 10 ** (exp - d);
      const cut = Math.trunc(expected.v / unit + 1e-9) * unit;
      truncated = !st.derived && Math.abs(cut - st.value) < unit * 1e-6;
      result = truncated ? 'agrees' : 'differs';
    }
    push(s, result, expected.v, st.value, tolerance, truncated);
  };

  // ---------------------------------------------------------------- parts and wholes
  const partsWhole = (id: string, title: Text, parts: string[], whole: string, explain?: Spec['explain']) => {
    const e = sum(parts.map(iv));
    compare(
      {
        id,
        category: 'parts-and-whole',
        title,
        ids: [...parts, whole],
        explain,
        computation: `${parts.map((p) => `${p} (${v(p)})`).join(' + ')} = ${fmt(e.v)}; stated ${whole} = ${v(whole)}`,
      },
      e,
      whole,
    );
  };
  const sharesTo100 = (id: string, title: Text, shares: string[]) => {
    const e = sum(shares.map(iv));
    const tol = (e.hi - e.lo) / 2;
    const result: Result = e.lo <= 100 + 1e-9 && e.hi >= 100 - 1e-9 ? 'agrees' : 'differs';
    push(
      {
        id,
        category: 'parts-and-whole',
        title,
        ids: shares,
        computation: `${shares.map((s) => `${s} (${v(s)})`).join(' + ')} = ${fmt(e.v)}%; the whole is 100%`,
      },
      result,
      100,
      Number(fmt(e.v, 6)),
      tol,
    );
  };

  partsWhole(
    'kcqg.funding.split',
    { vi: 'KCQG + KCĐP = tổng kinh phí 2014–2020', en: 'KCQG + KCĐP = total funding 2014–2020' },
    [`${K}.funding.kcqg`, `${K}.funding.kcdp`],
    `${K}.funding.total-plan`,
  );
  sharesTo100(
    'kcqg.funding.split-shares',
    { vi: 'Tỷ trọng KCQG + KCĐP = 100%', en: 'KCQG and KCĐP shares add to 100%' },
    [`${K}.funding.kcqg.share`, `${K}.funding.kcdp.share`],
  );
  // [key in the figure ids, code, name vi, name en], from data/reference/regions.csv.
  const REG = regionKeys(figures, ref.regions, K).map(
    ({ key, region }) => [key, region.code, region.name_vi, region.name_en] as const,
  );
  partsWhole(
    'kcqg.region.coverage',
    {
      vi: 'Sáu vùng cộng lại không bằng tổng kinh phí 2014–2020',
      en: 'The six regions do not add up to the 2014–2020 total',
    },
    REG.map(([s]) => `${K}.region.${s}.amount`),
    `${K}.funding.total-plan`,
    {
      differs: {
        vi: `Báo cáo chia tổng {fig:${K}.funding.total-plan} cho sáu vùng, nhưng sáu vùng chỉ cộng lại được {fig:derived.${K}.region.sum.amount}, tức {fig:derived.${K}.region.sum.share} tổng số: báo cáo mâu thuẫn với chính tổng của nó. Báo cáo không nói phần còn lại {fig:derived.${K}.region.unassigned.amount} ở đâu; chúng tôi hiển thị phần đó là “không phân bổ theo vùng” và không đoán.`,
        en: `The report divides its total of {fig:${K}.funding.total-plan} among six regions, but the six add up to only {fig:derived.${K}.region.sum.amount}, {fig:derived.${K}.region.sum.share} of it: the report contradicts its own total. It does not say where the remaining {fig:derived.${K}.region.unassigned.amount} went; we show it as “not assigned to a region” and do not guess.`,
      },
    },
  );
  sharesTo100(
    'kcqg.region.coverage-shares',
    { vi: 'Tỷ trọng sáu vùng cộng lại không thành 100%', en: 'The six regional shares do not add up to 100%' },
    REG.map(([s]) => `${K}.region.${s}.share`),
  );
  {
    const ids = REG.map(([s]) => `${K}.region.${s}.provinces`);
    const n = ids.reduce((a, id) => a + v(id), 0);
    push(
      {
        id: 'kcqg.region.provinces-total',
        category: 'parts-and-whole',
        title: { vi: 'Số tỉnh của sáu vùng = 63', en: 'The six regions’ provinces add up to 63' },
        ids: [...ids, `${K}.org.provinces.total`],
        computation: `${ids.map((id) => v(id)).join(' + ')} = ${n}; stated ${K}.org.provinces.total = ${v(`${K}.org.provinces.total`)}`,
      },
      n === v(`${K}.org.provinces.total`) ? 'agrees' : 'differs',
      n,
      v(`${K}.org.provinces.total`),
      0,
    );
  }
  partsWhole(
    'kcqg.staff.contract',
    { vi: 'Biên chế + hợp đồng = tổng cán bộ (2020)', en: 'Permanent + contract = all staff (2020)' },
    [`${K}.staff.permanent`, `${K}.staff.contract`],
    `${K}.staff.total`,
  );
  partsWhole(
    'kcqg.staff.education',
    { vi: 'Cán bộ theo trình độ = tổng cán bộ (2020)', en: 'Staff by education = all staff (2020)' },
    [`${K}.staff.postgraduate`, `${K}.staff.graduate`, `${K}.staff.vocational`],
    `${K}.staff.total`,
  );
  sharesTo100(
    'kcqg.staff.contract-shares',
    { vi: 'Tỷ lệ biên chế + hợp đồng = 100% (2020)', en: 'Permanent and contract shares add to 100% (2020)' },
    [`${K}.staff.permanent.share`, `${K}.staff.contract.share`],
  );
  sharesTo100(
    'kcqg.staff.education-shares',
    { vi: 'Tỷ lệ theo trình độ = 100% (2020)', en: 'Education shares add to 100% (2020)' },
    [`${K}.staff.postgraduate.share`, `${K}.staff.graduate.share`, `${K}.staff.vocational.share`],
  );
  partsWhole(
    'kcqg.centres.bands',
    { vi: 'Số Trung tâm theo quy mô cán bộ = 63 (2020)', en: 'Centres by staffing band = 63 (2020)' },
    ['staff-30plus', 'staff-20-30', 'staff-10-19', 'staff-under-10'].map((b) => `${K}.centres.${b}.count`),
    `${K}.org.provinces.total`,
  );
  partsWhole(
    'kcqg.centres.names',
    { vi: 'Số Trung tâm theo tên gọi = 63 (2020)', en: 'Centres by name = 63 (2020)' },
    ['name-kc-tvptcn.count', 'name-kc-only.count', 'name-other.count'].map((b) => `${K}.centres.${b}`),
    `${K}.org.provinces.total`,
  );
  sharesTo100(
    'kcqg.org.programme-shares',
    {
      vi: 'Tỷ lệ tỉnh có Chương trình KCĐP + chỉ có kế hoạch hằng năm = 100%',
      en: 'Provinces with a local programme + annual plans only = 100%',
    },
    [`${K}.org.kcdp-programme-approved.share`, `${K}.org.annual-plan-only.share`],
  );
  partsWhole(
    'kcqg.clusters.projects',
    {
      vi: 'Đề án quy hoạch + đề án hạ tầng = số cụm công nghiệp',
      en: 'Planning + infrastructure projects = clusters supported',
    },
    [`${K}.links.cluster-plan-projects`, `${K}.links.cluster-infra-projects`],
    `${K}.links.clusters`,
  );

  partsWhole(
    'nd45.staff.contract',
    { vi: 'Viên chức + hợp đồng = tổng cán bộ (2022)', en: 'Public employees + contract = all staff (2022)' },
    [`${N}.staff.civil_servants`, `${N}.staff.contract`],
    `${N}.staff.total`,
  );
  partsWhole(
    'nd45.staff.education',
    { vi: 'Cán bộ theo trình độ = tổng cán bộ (2022)', en: 'Staff by education = all staff (2022)' },
    [`${N}.staff.postgraduate`, `${N}.staff.university`, `${N}.staff.vocational`],
    `${N}.staff.total`,
  );
  sharesTo100(
    'nd45.staff.contract-shares',
    { vi: 'Tỷ lệ viên chức + hợp đồng = 100% (2022)', en: 'Public-employee and contract shares add to 100% (2022)' },
    [`${N}.staff.civil_servants.share`, `${N}.staff.contract.share`],
  );
  sharesTo100(
    'nd45.staff.education-shares',
    { vi: 'Tỷ lệ theo trình độ = 100% (2022)', en: 'Education shares add to 100% (2022)' },
    [`${N}.staff.postgraduate.share`, `${N}.staff.university.share`, `${N}.staff.vocational.share`],
  );
  partsWhole(
    'nd45.centres.bands',
    { vi: 'Số Trung tâm theo quy mô cán bộ = 63 (2022)', en: 'Centres by staffing band = 63 (2022)' },
    ['band_over40', 'band_30_40', 'band_10_29', 'band_under10'].map((b) => `${N}.staff.${b}.centres`),
    `${N}.org.provinces_with_centre`,
  );
  partsWhole(
    'nd45.centres.names',
    { vi: 'Số Trung tâm theo tên gọi = 63 (2022)', en: 'Centres by name = 63 (2022)' },
    ['name_kc_tvptcn', 'name_kc_only', 'name_kc_xttm', 'name_other'].map((b) => `${N}.org.${b}.centres`),
    `${N}.org.provinces_with_centre`,
  );
  partsWhole(
    'nd45.centres.autonomy',
    { vi: 'Tự chủ một phần + chưa tự chủ = 63', en: 'Partly self-financing + not yet = 63' },
    [`${N}.org.autonomy_partial.centres`, `${N}.org.autonomy_none.centres`],
    `${N}.org.provinces_with_centre`,
  );
  sharesTo100(
    'nd45.survey.quality-shares',
    {
      vi: 'Khảo sát Bình Phước: chất lượng tăng + không đổi = 100%',
      en: 'Bình Phước survey: quality up + unchanged = 100%',
    },
    [`${N}.case.binh_phuoc.survey.quality_up`, `${N}.case.binh_phuoc.survey.quality_same`],
  );
  {
    const ids = ['training', 'management', 'demo', 'products', 'consulting'].map((a) => `${N}.${a}.funding.share`);
    const s = ids.reduce((a, id) => a + v(id), 0);
    push(
      {
        id: 'nd45.activity.coverage',
        category: 'parts-and-whole',
        title: {
          vi: 'Các hoạt động trong bản trích chưa đủ tổng kinh phí',
          en: 'The activities in the excerpt do not cover all funding',
        },
        ids,
        computation: `sum of the stated shares = ${s}%`,
        explain: {
          vi: 'Tỷ trọng của năm hoạt động có trong bản trích cộng lại chưa đến toàn bộ. Bản trích dừng ở mục thông tin, trước khi nêu kinh phí các hoạt động còn lại, nên không thể biết phần còn lại được chia thế nào.',
          en: 'The five activities in the excerpt do not add up to the whole. The excerpt stops in the information section, before the remaining activities’ funding, so how the rest was split cannot be known.',
        },
      },
      'cannot-be-checked',
      null,
      null,
      0,
    );
  }

  partsWhole(
    'north.2022.split',
    { vi: 'KCQG + KCĐP = tổng, 2022', en: 'KCQG + KCĐP = total, 2022' },
    [`${NO}.funding.2022.kcqg`, `${NO}.funding.2022.kcdp`],
    `${NO}.funding.2022.total`,
  );
  partsWhole(
    'north.2023.plan-split',
    { vi: 'KCQG + KCĐP = tổng, kế hoạch 2023', en: 'KCQG + KCĐP = total, 2023 plan' },
    [`${NO}.funding.2023.plan.kcqg`, `${NO}.funding.2023.plan.kcdp`],
    `${NO}.funding.2023.plan.total`,
  );
  partsWhole(
    'north.2023h1.split',
    { vi: 'KCQG + KCĐP = tổng, 6 tháng đầu 2023', en: 'KCQG + KCĐP = total, first half 2023' },
    [`${NO}.funding.2023h1.kcqg`, `${NO}.funding.2023h1.kcdp`],
    `${NO}.funding.2023h1.total`,
  );
  partsWhole(
    'north.2022.models',
    { vi: 'Mô hình trình diễn: KCQG + KCĐP = tổng, 2022', en: 'Demonstration models: KCQG + KCĐP = total, 2022' },
    [`${NO}.models.2022.kcqg`, `${NO}.models.2022.kcdp`],
    `${NO}.models.2022.total`,
  );
  partsWhole(
    'north.2022.machinery',
    { vi: 'Hỗ trợ máy móc: KCQG + KCĐP = tổng, 2022', en: 'Machinery support: KCQG + KCĐP = total, 2022' },
    [`${NO}.machinery.2022.kcqg`, `${NO}.machinery.2022.kcdp`],
    `${NO}.machinery.2022.total`,
  );
  partsWhole(
    'north.2022.cleaner-production',
    {
      vi: 'Đánh giá sản xuất sạch hơn: phần KCĐP = tổng, 2022',
      en: 'Cleaner-production assessments: the KCĐP part = total, 2022',
    },
    [`${NO}.cleaner-production.2022.kcdp`],
    `${NO}.cleaner-production.2022.total`,
  );
  {
    // The implied 2022 plans of the two programmes should add up to the implied total plan.
    const parts = ['kcqg', 'kcdp'].map((p) =>
      div(iv(`${NO}.funding.2022.${p}`), scale(iv(`${NO}.funding.2022.${p}.vs-plan`), 1 / 100)),
    );
    const whole = div(iv(`${NO}.funding.2022.total`), scale(iv(`${NO}.funding.2022.total.vs-plan`), 1 / 100));
    const e = sum(parts);
    const meets = e.lo <= whole.hi && whole.lo <= e.hi;
    push(
      {
        id: 'north.2022.implied-plans',
        category: 'parts-and-whole',
        title: { vi: 'Kế hoạch 2022 suy ra: KCQG + KCĐP = tổng', en: 'Implied 2022 plans: KCQG + KCĐP = total' },
        ids: ['total', 'kcqg', 'kcdp'].flatMap((p) => [
          `${NO}.funding.2022.${p}`,
          `${NO}.funding.2022.${p}.vs-plan`,
          `derived.${NO}.funding.2022.${p}.plan`,
        ]),
        computation: `kcqg plan ${fmt(parts[0]!.v / 1e9, 3)} + kcdp plan ${fmt(parts[1]!.v / 1e9, 3)} = ${fmt(e.v / 1e9, 3)} bn; total plan ${fmt(whole.v / 1e9, 3)} bn (each = amount / rate)`,
        explain: {
          vi: 'Bài viết không nêu kế hoạch của năm được báo cáo; chúng tôi suy ra từ số thực hiện và tỷ lệ đạt kế hoạch của từng nguồn.',
          en: 'The article does not state the plans for the year it reports; we infer each from the amount spent and its rate of achievement.',
        },
      },
      meets ? 'agrees' : 'differs',
      e.v,
      whole.v,
      (e.hi - e.lo + whole.hi - whole.lo) / 2,
    );
  }

  partsWhole(
    'travinh.national-split',
    { vi: 'Phần KCQG = máy móc (KCQG) + hội chợ (KCQG)', en: 'National money = machinery (KCQG) + fair (KCQG)' },
    [`${T}.machinery.kcqg.funding`, `${T}.fair.kcqg.funding`],
    `${T}.funding.kcqg`,
  );
  partsWhole(
    'travinh.machinery-split',
    { vi: 'Máy móc: KCQG + KCĐP = tổng', en: 'Machinery: KCQG + KCĐP = total' },
    [`${T}.machinery.kcqg.funding`, `${T}.machinery.kcdp.funding`],
    `${T}.machinery.funding`,
  );
  partsWhole(
    'travinh.machinery-projects',
    { vi: 'Đề án máy móc: KCQG + KCĐP = tổng', en: 'Machinery projects: KCQG + KCĐP = total' },
    [`${T}.machinery.kcqg.projects`, `${T}.machinery.kcdp.projects`],
    `${T}.machinery.projects`,
  );
  partsWhole(
    'travinh.activities',
    {
      vi: 'Kinh phí các hoạt động cộng lại chưa bằng tổng 2016–2020',
      en: 'The activities do not add up to the 2016–2020 total',
    },
    TRA_VINH_ACTIVITIES.map((a) => `${T}.${a}`),
    `${T}.funding.total`,
    {
      differs: {
        vi: `Các hoạt động báo cáo liệt kê cộng lại được {fig:derived.${T}.funding.activities-sum}, ít hơn tổng {fig:${T}.funding.total} một khoản {fig:derived.${T}.funding.activities-gap}. Báo cáo không nói khoản này dùng vào việc gì.`,
        en: `The activities the report lists add up to {fig:derived.${T}.funding.activities-sum}, short of its total of {fig:${T}.funding.total} by {fig:derived.${T}.funding.activities-gap}. The report does not say what that money paid for.`,
      },
    },
  );

  // ---------------------------------------------------------------- recomputed from levels
  const share = (id: string, title: Text, part: string, whole: string, stated: string, explain?: Spec['explain']) => {
    const e = scale(div(iv(part), iv(whole)), 100);
    compare(
      {
        id,
        category: 'recomputed',
        title,
        ids: [part, whole, stated],
        explain,
        computation: `${part} / ${whole} × 100 = ${v(part)} / ${v(whole)} × 100 = ${fmt(e.v)}%; stated ${stated} = ${v(stated)}%`,
      },
      e,
      stated,
    );
  };
  const average = (
    id: string,
    title: Text,
    total: string,
    count: string | number,
    stated: string,
    explain?: Spec['explain'],
  ) => {
    const c = typeof count === 'number' ? exact(count) : iv(count);
    const e = div(iv(total), c);
    compare(
      {
        id,
        category: 'recomputed',
        title,
        ids: [total, ...(typeof count === 'string' ? [count] : []), stated],
        explain,
        computation: `${total} / ${typeof count === 'string' ? count : `${count}`} = ${v(total)} / ${c.v} = ${fmt(e.v)}; stated ${stated} = ${v(stated)}`,
      },
      e,
      stated,
    );
  };

  share(
    'kcqg.funding.kcqg-share',
    { vi: 'Tỷ trọng KCQG trong tổng kinh phí', en: 'KCQG share of total funding' },
    `${K}.funding.kcqg`,
    `${K}.funding.total-plan`,
    `${K}.funding.kcqg.share`,
  );
  share(
    'kcqg.funding.kcdp-share',
    { vi: 'Tỷ trọng KCĐP trong tổng kinh phí', en: 'KCĐP share of total funding' },
    `${K}.funding.kcdp`,
    `${K}.funding.total-plan`,
    `${K}.funding.kcdp.share`,
  );
  share(
    'kcqg.funding.kcdp-share-again',
    {
      vi: 'Tỷ trọng KCĐP nêu lần thứ hai (mục Sở Công Thương)',
      en: 'KCĐP share stated a second time (provincial departments section)',
    },
    `${K}.mgmt.kcdp-funding.amount`,
    `${K}.funding.total-plan`,
    `${K}.mgmt.kcdp-funding.share`,
  );
  average(
    'kcqg.funding.per-province',
    { vi: 'Kinh phí bình quân mỗi tỉnh, cả nước', en: 'Average funding per province, national' },
    `${K}.funding.total-plan`,
    `${K}.org.provinces.total`,
    `${K}.funding.avg-per-province`,
    {
      vi: `Mức bình quân cả nước báo cáo nêu chia cả phần không phân bổ cho vùng nào; nếu chỉ tính tiền đã phân bổ cho sáu vùng, mức bình quân là {fig:derived.${K}.region.all.avg-per-province}.`,
      en: `The national average the report states divides the whole total, including the part assigned to no region; over the money assigned to the six regions alone the average is {fig:derived.${K}.region.all.avg-per-province}.`,
    },
  );
  for (const [slug, , vi, en] of REG) {
    const shareId = `${K}.region.${slug}.share`;
    share(
      `kcqg.region.${slug}.share`,
      { vi: `Tỷ trọng kinh phí vùng ${vi}`, en: `Funding share of the ${en}` },
      `${K}.region.${slug}.amount`,
      `${K}.funding.total-plan`,
      shareId,
    );
    const avgId = `${K}.region.${slug}.avg-per-province`;
    if (ix.has(avgId))
      average(
        `kcqg.region.${slug}.average`,
        { vi: `Kinh phí bình quân mỗi tỉnh, vùng ${vi}`, en: `Average per province, ${en}` },
        `${K}.region.${slug}.amount`,
        `${K}.region.${slug}.provinces`,
        avgId,
      );
  }
  share(
    'kcqg.org.kcdp-programme-share',
    { vi: 'Tỷ lệ tỉnh đã phê duyệt Chương trình KCĐP', en: 'Share of provinces with an approved local programme' },
    `${K}.org.kcdp-programme-approved.provinces`,
    `${K}.org.provinces.total`,
    `${K}.org.kcdp-programme-approved.share`,
  );
  for (const p of ['permanent', 'contract', 'postgraduate', 'graduate', 'vocational', 'field']) {
    share(
      `kcqg.staff.${p}.share`,
      { vi: `Tỷ lệ cán bộ (${p}), 2020`, en: `Staff share (${p}), 2020` },
      `${K}.staff.${p}`,
      `${K}.staff.total`,
      `${K}.staff.${p}.share`,
    );
  }
  average(
    'kcqg.staff.per-centre',
    { vi: 'Cán bộ bình quân mỗi Trung tâm (2020)', en: 'Staff per centre (2020)' },
    `${K}.staff.total`,
    `${K}.org.provinces.total`,
    `${K}.staff.per-centre`,
  );
  average(
    'kcqg.staff.field-per-centre',
    { vi: 'Cán bộ trực tiếp bình quân mỗi Trung tâm (2020)', en: 'Field staff per centre (2020)' },
    `${K}.staff.field`,
    `${K}.org.provinces.total`,
    `${K}.staff.field.per-centre`,
  );
  {
    const rates = [2015, 2016, 2017, 2018, 2019, 2020].map((y) => `${K}.assess.budget-growth.${y}`);
    const e = scale(sum(rates.map(iv)), 1 / 6);
    compare(
      {
        id: 'kcqg.funding.growth-average',
        category: 'recomputed',
        title: { vi: 'Tốc độ tăng kinh phí bình quân 2015–2020', en: 'Average yearly funding growth 2015–2020' },
        ids: [
          ...rates,
          `${K}.assess.budget-growth.average`,
          `derived.${K}.assess.budget-growth.mean`,
          `derived.${K}.assess.budget-growth.compound`,
        ],
        computation: `arithmetic mean of the six rates = ${fmt(e.v)}% (±${fmt((e.hi - e.lo) / 2)} from the rates' rounding); compound mean = ${v(`derived.${K}.assess.budget-growth.compound`)}%; stated ${v(`${K}.assess.budget-growth.average`)}%`,
        explain: {
          agrees: {
            vi: `Trung bình cộng của sáu tốc độ là {fig:derived.${K}.assess.budget-growth.mean}, trung bình nhân là {fig:derived.${K}.assess.budget-growth.compound}. Hai tốc độ được ghi không có phần thập phân nên trung bình cộng chỉ biết gần đúng; mức {fig:${K}.assess.budget-growth.average} báo cáo nêu nằm trong khoảng đó.`,
            en: `The arithmetic mean of the six rates is {fig:derived.${K}.assess.budget-growth.mean}, the compound mean {fig:derived.${K}.assess.budget-growth.compound}. Two of the rates are written without decimals, so the mean is only known roughly; the stated {fig:${K}.assess.budget-growth.average} lies within that range.`,
          },
          differs: {
            vi: `Trung bình cộng của sáu tốc độ là {fig:derived.${K}.assess.budget-growth.mean}, trung bình nhân là {fig:derived.${K}.assess.budget-growth.compound}; mức {fig:${K}.assess.budget-growth.average} báo cáo nêu không khớp với cách tính nào.`,
            en: `The arithmetic mean of the six rates is {fig:derived.${K}.assess.budget-growth.mean}, the compound mean {fig:derived.${K}.assess.budget-growth.compound}; the stated {fig:${K}.assess.budget-growth.average} matches neither.`,
          },
        },
      },
      e,
      `${K}.assess.budget-growth.average`,
    );
  }
  {
    const e = div(iv(`${K}.funding.counterpart`), iv(`${K}.funding.total-plan`));
    compare(
      {
        id: 'kcqg.funding.leverage',
        category: 'recomputed',
        title: { vi: 'Vốn đối ứng trên mỗi đồng ngân sách', en: 'Counterpart money per đồng of budget' },
        ids: [
          `${K}.funding.counterpart`,
          `${K}.funding.total-plan`,
          `${K}.funding.leverage`,
          `derived.${K}.funding.leverage`,
        ],
        computation: `${K}.funding.counterpart / ${K}.funding.total-plan = ${fmt(e.v)}; stated about ${v(`${K}.funding.leverage`)}`,
        explain: {
          vi: `Vốn đối ứng chia cho tổng kinh phí khuyến công (trung ương và địa phương) là {fig:derived.${K}.funding.leverage}.`,
          en: `Counterpart money divided by all khuyến công funding (central and local) is {fig:derived.${K}.funding.leverage}.`,
        },
      },
      e,
      `${K}.funding.leverage`,
    );
  }
  {
    const rows: [string, string][] = [
      ['kcqg.training.target', `${K}.training.workers.achievement`],
      ['kcqg.mgmt-training.target', `${K}.mgmt-training.trainees.achievement`],
      ['kcqg.demo.target', `${K}.demo.models.excess-over-target`],
      ['kcqg.machinery.target', `${K}.demo.tech-transfer-facilities.excess-over-target`],
      ['kcqg.fairs.target', `${K}.products.fair-participations.excess-over-target`],
      ['kcqg.funding.vs-1288', `${K}.funding.kcqg.vs-1288-plan`],
    ];
    push(
      {
        id: 'kcqg.targets',
        category: 'recomputed',
        title: { vi: 'Tỷ lệ so với mục tiêu của Quyết định 1288', en: 'Rates against the targets of Decision 1288' },
        ids: rows.map(([, id]) => id),
        computation: 'the period targets of Decision 1288/QĐ-TTg are not in the report text',
        explain: {
          vi: 'Báo cáo nêu tỷ lệ đạt hoặc vượt mục tiêu giai đoạn nhưng không nêu chính các mục tiêu, nên không thể tính lại.',
          en: 'The report states rates against the period targets but not the targets themselves, so the rates cannot be recomputed.',
        },
      },
      'cannot-be-checked',
      null,
      null,
      0,
    );
  }
  push(
    {
      id: 'kcqg.staff.growth',
      category: 'recomputed',
      title: { vi: 'Tăng bình quân số cán bộ 2014–2020', en: 'Average growth of centre staff 2014–2020' },
      ids: [`${K}.staff.growth`],
      computation: 'no staff count for 2014 is given',
      explain: {
        vi: 'Báo cáo không nêu số cán bộ năm đầu giai đoạn.',
        en: 'The report gives no staff count for the start of the period.',
      },
    },
    'cannot-be-checked',
    null,
    null,
    0,
  );
  push(
    {
      id: 'kcqg.kcdp.growth',
      category: 'recomputed',
      title: { vi: 'Tăng bình quân kinh phí KCĐP', en: 'Average growth of local funding' },
      ids: [`${K}.mgmt.kcdp-funding.growth`],
      computation: 'no yearly local amounts are given',
      explain: {
        vi: 'Báo cáo không nêu kinh phí địa phương từng năm.',
        en: 'The report gives no yearly local amounts.',
      },
    },
    'cannot-be-checked',
    null,
    null,
    0,
  );

  for (const p of ['civil_servants', 'contract', 'postgraduate', 'university', 'vocational', 'field']) {
    share(
      `nd45.staff.${p}.share`,
      { vi: `Tỷ lệ cán bộ (${p}), 2022`, en: `Staff share (${p}), 2022` },
      `${N}.staff.${p}`,
      `${N}.staff.total`,
      `${N}.staff.${p}.share`,
    );
  }
  average(
    'nd45.staff.per-centre',
    { vi: 'Cán bộ bình quân mỗi Trung tâm (2022)', en: 'Staff per centre (2022)' },
    `${N}.staff.total`,
    `${N}.org.provinces_with_centre`,
    `${N}.staff.avg_per_centre`,
  );
  average(
    'nd45.staff.field-per-centre',
    { vi: 'Cán bộ trực tiếp bình quân mỗi Trung tâm (2022)', en: 'Field staff per centre (2022)' },
    `${N}.staff.field`,
    `${N}.org.provinces_with_centre`,
    `${N}.staff.field.avg_per_centre`,
    {
      differs: {
        vi: `Chia số cán bộ trực tiếp cho số Trung tâm được {fig:derived.${N}.staff.field.avg_per_centre}, làm tròn không ra mức {fig:${N}.staff.field.avg_per_centre} báo cáo ghi.`,
        en: `Field staff divided by centres gives {fig:derived.${N}.staff.field.avg_per_centre}, which does not round to the stated {fig:${N}.staff.field.avg_per_centre}.`,
      },
    },
  );
  for (const a of ['training', 'management', 'demo', 'products', 'consulting']) {
    // The whole is only known through the local amount and its share ("59%").
    const whole = div(iv(`${N}.funding.local.total`), scale(iv(`${N}.funding.local.share`), 1 / 100));
    const e = scale(div(iv(`${N}.${a}.funding`), whole), 100);
    compare(
      {
        id: `nd45.activity.${a}.share`,
        category: 'recomputed',
        title: {
          vi: `Tỷ trọng kinh phí hoạt động (${a}) trong 10 năm`,
          en: `Ten-year funding share of activity (${a})`,
        },
        ids: [
          `${N}.${a}.funding`,
          `${N}.${a}.funding.share`,
          `${N}.funding.local.total`,
          `${N}.funding.local.share`,
          `derived.${N}.funding.total`,
        ],
        computation: `total implied by local / share = ${fmt(whole.v / 1e9, 1)} bn (${fmt(whole.lo / 1e9, 1)}–${fmt(whole.hi / 1e9, 1)}); ${v(`${N}.${a}.funding`) / 1e9} bn / that × 100 = ${fmt(e.v, 2)}%; stated ${v(`${N}.${a}.funding.share`)}%`,
      },
      e,
      `${N}.${a}.funding.share`,
    );
  }
  {
    // Each share of the 40 surveyed facilities must be a whole number of facilities.
    const ids = [
      'expanded',
      'revenue_up',
      'labour_up',
      'labour_quality',
      'quality_up',
      'quality_same',
      'tax_up',
      'willing_contribute',
    ].map((k) => `${N}.case.binh_phuoc.survey.${k}`);
    const n = v(`${N}.case.binh_phuoc.survey.facilities`);
    const odd = ids.filter((id) => Math.abs((v(id) / 100) * n - Math.round((v(id) / 100) * n)) > 1e-9);
    push(
      {
        id: 'nd45.survey.whole-facilities',
        category: 'recomputed',
        title: {
          vi: 'Khảo sát Bình Phước: mỗi tỷ lệ là một số nguyên cơ sở',
          en: 'Bình Phước survey: each share is a whole number of facilities',
        },
        ids: [`${N}.case.binh_phuoc.survey.facilities`, ...ids],
        computation: ids.map((id) => `${v(id)}% × ${n} = ${fmt((v(id) / 100) * n, 2)}`).join('; '),
      },
      odd.length ? 'differs' : 'agrees',
      0,
      odd.length,
      0,
    );
  }
  for (const p of ['total', 'kcqg', 'kcdp'] as const) {
    share(
      `north.2023h1.${p}-rate`,
      {
        vi: `Tiến độ 6 tháng so với kế hoạch năm (${p.toUpperCase()})`,
        en: `First-half progress against the year plan (${p.toUpperCase()})`,
      },
      `${NO}.funding.2023h1.${p}`,
      `${NO}.funding.2023.plan.${p}`,
      `${NO}.funding.2023h1.${p}.vs-plan`,
    );
  }
  {
    const plan2022 = div(iv(`${NO}.funding.2022.total`), scale(iv(`${NO}.funding.2022.total.vs-plan`), 1 / 100));
    const e = scale(div(sub(iv(`${NO}.funding.2023.plan.total`), plan2022), plan2022), 100);
    compare(
      {
        id: 'north.2023.plan-change',
        category: 'recomputed',
        title: { vi: 'Kế hoạch 2023 thấp hơn kế hoạch 2022', en: '2023 plan below the 2022 plan' },
        ids: [
          `${NO}.funding.2023.plan.total`,
          `derived.${NO}.funding.2022.total.plan`,
          `${NO}.funding.2023.plan.total.change-vs-2022-plan`,
          `derived.${NO}.funding.2023.plan.change-vs-2022-plan`,
        ],
        computation: `2022 plan implied by ${NO}.funding.2022.total / ${NO}.funding.2022.total.vs-plan = ${fmt(plan2022.v / 1e9, 3)} bn; (2023 plan − that) / that × 100 = ${fmt(e.v, 3)}% (${fmt(e.lo, 2)} to ${fmt(e.hi, 2)}); stated ${v(`${NO}.funding.2023.plan.total.change-vs-2022-plan`)}% (“thấp hơn”, a fall)`,
        explain: {
          vi: `Kế hoạch năm trước không được nêu; suy ra từ số thực hiện và tỷ lệ đạt thì kế hoạch năm sau thay đổi {fig:derived.${NO}.funding.2023.plan.change-vs-2022-plan} so với năm trước, cùng chiều giảm như báo cáo viết.`,
          en: `The previous year’s plan is not stated; inferred from the amount spent and its rate, the next year’s plan changed by {fig:derived.${NO}.funding.2023.plan.change-vs-2022-plan}, a fall, as the report says.`,
        },
      },
      e,
      `${NO}.funding.2023.plan.total.change-vs-2022-plan`,
    );
  }
  push(
    {
      id: 'north.2023h1.vs-2022h1',
      category: 'recomputed',
      title: {
        vi: 'Kinh phí 6 tháng 2023 so với cùng kỳ',
        en: 'First-half 2023 spending against the same period of 2022',
      },
      ids: [`${NO}.funding.2023h1.total.change-vs-2022h1`],
      computation: 'the first-half 2022 amount is not given',
      explain: {
        vi: 'Bài viết không nêu kinh phí sáu tháng đầu năm trước, cũng không rõ tỷ lệ là mức tăng hay là tỷ lệ so với cùng kỳ.',
        en: 'The article gives no first-half amount for the previous year, nor whether the rate is a rise or a ratio to that period.',
      },
    },
    'cannot-be-checked',
    null,
    null,
    0,
  );
  push(
    {
      id: 'north.consulting.vs-plan',
      category: 'recomputed',
      title: { vi: 'Doanh thu tư vấn 6 tháng so với kế hoạch', en: 'First-half consulting revenue against the plan' },
      ids: [`${NO}.consulting.2023h1.revenue.vs-plan`],
      computation: 'the 2023 revenue plan is not given',
      explain: {
        vi: 'Bài viết không nêu kế hoạch doanh thu năm.',
        en: 'The article gives no revenue plan for the year.',
      },
    },
    'cannot-be-checked',
    null,
    null,
    0,
  );

  // ---------------------------------------------------------------- per year / N years
  average(
    'kcqg.funding.kcqg-per-year',
    {
      vi: 'Kinh phí KCQG bình quân mỗi năm: bảy năm 2014–2020',
      en: 'Average KCQG funding per year: seven years 2014–2020',
    },
    `${K}.funding.kcqg`,
    7,
    `${K}.mgmt.mof.kcqg-annual-average`,
  );
  notes[notes.length - 1]!.category = 'period-length';
  {
    const st = f(`${K}.context.budget.annual-average`);
    const seven = v(`derived.${K}.funding.total-plan.per-year-7`);
    push(
      {
        id: 'kcqg.funding.per-year-six-years',
        category: 'period-length',
        title: {
          vi: '“Hơn 250 tỷ đồng/năm trong 6 năm qua” so với giai đoạn 2014–2020',
          en: '“Over VND 250 billion a year in the past 6 years” against 2014–2020',
        },
        ids: [
          st.id,
          `${K}.funding.total-plan`,
          `derived.${K}.funding.total-plan.per-year-7`,
          `derived.${K}.funding.total-plan.per-year-6`,
        ],
        computation: `${K}.funding.total-plan / 7 = ${fmt(seven / 1e9, 2)} bn (not over ${st.value / 1e9}); / 6 = ${fmt(v(`derived.${K}.funding.total-plan.per-year-6`) / 1e9, 2)} bn`,
        explain: {
          vi: `Báo cáo nói ngân sách khuyến công “khoảng hơn” {fig:${st.id}} mỗi năm “trong 6 năm qua”. Tổng {fig:${K}.funding.total-plan} của cả giai đoạn báo cáo (bảy năm) chia đều chỉ được {fig:derived.${K}.funding.total-plan.per-year-7} mỗi năm; chia cho sáu năm thì được {fig:derived.${K}.funding.total-plan.per-year-6}. Câu “hơn” chỉ đúng nếu giai đoạn là sáu năm.`,
          en: `The report says the khuyến công budget was “roughly over” {fig:${st.id}} a year “in the past 6 years”. The total of {fig:${K}.funding.total-plan} for the report’s whole period (seven years) spread evenly gives only {fig:derived.${K}.funding.total-plan.per-year-7} a year; over six years it gives {fig:derived.${K}.funding.total-plan.per-year-6}. “Over” holds only if the period is six years.`,
        },
      },
      seven > st.value ? 'agrees' : 'differs',
      seven,
      st.value,
      0,
    );
  }
  push(
    {
      id: 'kcqg.kcdp.six-years',
      category: 'period-length',
      title: {
        vi: 'Kinh phí KCĐP “trong 6 năm qua” và “giai đoạn 2014–2020”',
        en: 'Local funding “in the past 6 years” and “2014–2020”',
      },
      ids: [`${K}.mgmt.kcdp-funding.amount`, `${K}.funding.kcdp`],
      computation: `${K}.mgmt.kcdp-funding.amount (line ${f(`${K}.mgmt.kcdp-funding.amount`).line}, “trong 6 năm qua”) = ${K}.funding.kcdp (line ${f(`${K}.funding.kcdp`).line}, “giai đoạn 2014 - 2020”) = ${v(`${K}.funding.kcdp`)}; 2014–2020 is 7 calendar years`,
      explain: {
        vi: `Cùng một khoản {fig:${K}.funding.kcdp} được báo cáo gọi là của “6 năm qua” ở một chỗ và của cả giai đoạn báo cáo, bảy năm, ở chỗ khác. Chương trình được phê duyệt tháng Tám năm đầu giai đoạn, có thể vì vậy mà báo cáo đếm sáu năm.`,
        en: `The same amount, {fig:${K}.funding.kcdp}, is called the “past 6 years” in one place and the report’s whole period, seven years, in another. The programme was approved in August of the first year, which may be why the report counts six years.`,
      },
    },
    'differs',
    7,
    6,
    0,
  );
  {
    const local = iv(`${N}.funding.local.total`);
    const whole = div(local, scale(iv(`${N}.funding.local.share`), 1 / 100));
    const perYear = scale(sub(whole, local), 1 / 10);
    compare(
      {
        id: 'nd45.funding.national-per-year',
        category: 'period-length',
        title: {
          vi: 'KCQG khoảng 104 tỷ đồng/năm trong 10 năm, so với phần còn lại của tổng',
          en: 'KCQG of about VND 104 billion a year over ten years, against the rest of the total',
        },
        ids: [
          `${N}.funding.local.total`,
          `${N}.funding.local.share`,
          `derived.${N}.funding.total`,
          `${N}.funding.national.avg_per_year`,
        ],
        computation: `(implied total − local) / 10 = (${fmt(whole.v / 1e9, 1)} − ${local.v / 1e9}) / 10 = ${fmt(perYear.v / 1e9, 2)} bn a year (${fmt(perYear.lo / 1e9, 1)}–${fmt(perYear.hi / 1e9, 1)}); stated about ${v(`${N}.funding.national.avg_per_year`) / 1e9}`,
        explain: {
          vi: `Tổng mười năm suy ra từ phần địa phương và tỷ trọng của nó là {fig:derived.${N}.funding.total}; phần còn lại chia cho mười năm khớp với mức bình quân trung ương báo cáo nêu.`,
          en: `The ten-year total implied by the local amount and its share is {fig:derived.${N}.funding.total}; the rest, spread over ten years, fits the stated central average.`,
        },
      },
      perYear,
      `${N}.funding.national.avg_per_year`,
    );
  }
  push(
    {
      id: 'nd45.funding.ten-years',
      category: 'period-length',
      title: {
        vi: 'Kinh phí KCĐP “trong 10 năm qua” và giai đoạn 2013–2022',
        en: 'Local funding “in the past 10 years” and 2013–2022',
      },
      ids: [`${N}.funding.local.total`],
      computation: `${N}.funding.local.total: “trong 10 năm qua”, period ${f(`${N}.funding.local.total`).period_start}–${f(`${N}.funding.local.total`).period_end} = 10 calendar years`,
      explain: { vi: 'Mười năm khớp với giai đoạn của báo cáo.', en: 'Ten years matches the report’s period.' },
    },
    'agrees',
    10,
    10,
    0,
  );

  // ---------------------------------------------------------------- the same quantity twice
  /** Periods and scope compared: equal periods need equal values; nested ones need the longer to be no smaller. */
  const same = (
    id: string,
    title: Text,
    a: string,
    b: string,
    kind: 'total' | 'rate' | 'stock' = 'total',
    explain?: Text,
  ) => {
    const fa = f(a);
    const fb = f(b);
    const label = (x: Figure) =>
      `${x.id}: ${x.value} (${x.period_start}–${x.period_end}, ${x.programme}, ${x.geo}, ${x.status}${x.period_label ? `, ${x.period_label}` : ''})`;
    const samePeriod =
      fa.period_start === fb.period_start && fa.period_end === fb.period_end && fa.period_label === fb.period_label;
    const aInB =
      fb.period_start <= fa.period_start &&
      fa.period_end <= fb.period_end &&
      (fb.programme === 'ALL' || fb.programme === fa.programme);
    const bInA =
      fa.period_start <= fb.period_start &&
      fb.period_end <= fa.period_end &&
      (fa.programme === 'ALL' || fa.programme === fb.programme);
    const sameScope = fa.geo === fb.geo && fa.programme === fb.programme;
    const ivA = P.iv(fa);
    const ivB = P.iv(fb);
    const meets = ivA.lo <= ivB.hi + 1e-9 && ivB.lo <= ivA.hi + 1e-9;
    let result: Result;
    let words: Text;
    let computation = '';
    if (kind !== 'total' || (samePeriod && sameScope)) {
      // A yearly rate, a per-month run, or the same period and scope: the values must agree.
      result = meets ? 'agrees' : 'differs';
      computation = `${label(fa)}; ${label(fb)}; ${samePeriod ? 'same period' : kind === 'stock' ? 'different dates' : 'a rate, comparable across periods'}`;
      if (kind === 'stock' && !samePeriod) {
        result = 'cannot-be-checked';
        words = {
          vi: 'Hai số đếm ở hai thời điểm khác nhau; số có thể thay đổi giữa hai thời điểm, nên việc chúng bằng hay khác nhau không xác nhận cũng không bác bỏ điều gì.',
          en: 'The two counts are at different dates; the number can change in between, so their agreeing or not neither confirms nor contradicts anything.',
        };
      } else {
        words = samePeriod
          ? { vi: 'Cùng giai đoạn và phạm vi.', en: 'Same period and scope.' }
          : {
              vi: 'Đây là mức bình quân hoặc định kỳ nên so sánh được dù giai đoạn khác nhau.',
              en: 'A yearly or monthly figure, so it compares across periods.',
            };
      }
    } else if (aInB || bInA) {
      const [short, long] = aInB ? [fa, fb] : [fb, fa];
      const ok = P.iv(short).lo <= P.iv(long).hi + 1e-9;
      result = ok ? 'agrees' : 'differs';
      computation = `${label(short)} lies within ${label(long)}; ${ok ? 'the longer or wider one is not smaller, as it must be' : 'the longer or wider one is SMALLER, which cannot be'}`;
      const equal = short.value === long.value;
      words = !ok
        ? {
            vi: 'Giai đoạn hoặc phạm vi ngắn hơn lại có số lớn hơn: hai chỗ không thể cùng đúng.',
            en: 'The shorter period or narrower scope has the larger number: both cannot be true.',
          }
        : equal
          ? {
              vi: 'Cùng một số cho hai giai đoạn khác nhau: chỉ cùng đúng nếu không có gì thêm trong phần chênh lệch giữa hai giai đoạn; có thể một trong hai nhãn giai đoạn sai.',
              en: 'The same number for two different periods: both are true only if nothing was added in the difference between them; one of the period labels may be wrong.',
            }
          : {
              vi: 'Giai đoạn ngắn hơn có số nhỏ hơn, phù hợp.',
              en: 'The shorter period has the smaller number, as it should.',
            };
    } else {
      result = 'cannot-be-checked';
      computation = `${label(fa)}; ${label(fb)}; neither period and scope contains the other`;
      words = {
        vi: 'Giai đoạn hoặc phạm vi của hai số không lồng vào nhau, nên không so sánh được.',
        en: 'Neither figure’s period or scope contains the other’s, so they cannot be compared.',
      };
    }
    if (fa.status !== fb.status) {
      // Like with like: a plan and an actual are different quantities even with one label.
      computation += `; statuses differ (${fa.status} / ${fb.status})`;
      words = {
        vi: `${words.vi} Lưu ý: một số là kế hoạch, số kia là thực hiện.`,
        en: `${words.en} Note: one is a plan, the other an actual.`,
      };
    }
    push(
      {
        id,
        category: 'same-quantity',
        title,
        ids: [a, b],
        computation,
        explain: explain ? { vi: `${words.vi} ${explain.vi}`, en: `${words.en} ${explain.en}` } : words,
      },
      result,
      fb.value,
      fa.value,
      P.halfUnit(fa) + P.halfUnit(fb),
    );
  };
  same(
    'same.kcdp-twice',
    { vi: 'Kinh phí KCĐP 2014–2020 nêu ở hai mục', en: 'KCĐP funding 2014–2020 stated in two sections' },
    `${K}.funding.kcdp`,
    `${K}.mgmt.kcdp-funding.amount`,
  );
  same(
    'same.counterpart-twice',
    { vi: 'Vốn đối ứng 2014–2020 nêu ở hai mục', en: 'Counterpart money 2014–2020 stated in two sections' },
    `${K}.funding.counterpart`,
    `${K}.assess.investment-mobilised`,
    'total',
    {
      vi: 'Một chỗ ghi “gần”, chỗ kia ghi con số tròn.',
      en: 'One place says “nearly”, the other gives the round number.',
    },
  );
  same(
    'same.bulletin',
    { vi: 'Bản tin Khuyến công mỗi tháng', en: 'Khuyến công bulletin copies a month' },
    `${N}.info.bulletin_copies`,
    `${K}.info.bulletin-copies`,
    'rate',
  );
  same(
    'same.inspections',
    { vi: 'Số tỉnh được kiểm tra mỗi năm', en: 'Provinces inspected a year' },
    `${N}.mgmt.inspections.provinces_per_year`,
    `${K}.mgmt.inspection.provinces-per-year`,
    'rate',
  );
  same(
    'same.centre1-staff',
    { vi: 'Cán bộ Trung tâm KC&TVPTCN 1', en: 'Staff of Centre No. 1' },
    `${K}.staff.centre1.total`,
    `${N}.staff.tt1.total`,
    'stock',
  );
  same(
    'same.staff-total',
    { vi: 'Tổng số cán bộ các Trung tâm tỉnh', en: 'All staff of the provincial centres' },
    `${K}.staff.total`,
    `${N}.staff.total`,
    'stock',
  );
  same(
    'same.foreign-booths',
    { vi: 'Gian hàng tại hội chợ nước ngoài', en: 'Booths at fairs abroad' },
    `${N}.fairs.abroad.booths`,
    `${K}.products.foreign-fair-booths`,
  );
  same(
    'same.foreign-fairs',
    { vi: 'Số hội chợ nước ngoài được hỗ trợ tham gia', en: 'Fairs abroad attended' },
    `${N}.fairs.abroad`,
    `${K}.products.foreign-fairs`,
  );
  same(
    'same.north-showroom',
    { vi: 'Phòng trưng bày khu vực phía Bắc', en: 'Northern showroom' },
    `${N}.showroom.north`,
    `${K}.products.showroom-north`,
  );
  same(
    'same.local-budget-all',
    { vi: 'Tỷ lệ tỉnh bố trí ngân sách địa phương', en: 'Share of provinces funding khuyến công locally' },
    `${K}.mgmt.local-budget.provinces-share`,
    `${N}.funding.local.provinces_share`,
    'stock',
  );
  for (const [a, b, vi, en] of [
    [
      `${K}.products.regional-products`,
      `${N}.products.regional`,
      'Sản phẩm CNNT tiêu biểu cấp khu vực',
      'Regional outstanding products',
    ],
    [
      `${K}.products.national-products`,
      `${N}.products.national`,
      'Sản phẩm CNNT tiêu biểu cấp quốc gia',
      'National outstanding products',
    ],
    [
      `${K}.info.websites`,
      `${N}.info.websites`,
      'Website hỗ trợ cơ sở có sản phẩm tiêu biểu',
      'Websites for certified producers',
    ],
    [`${K}.demo.models`, `${N}.demo.models`, 'Mô hình trình diễn kỹ thuật', 'Demonstration models'],
    [
      `${K}.demo.tech-transfer-facilities`,
      `${N}.machinery.facilities`,
      'Lượt cơ sở được hỗ trợ ứng dụng máy móc',
      'Facilities supported with machinery',
    ],
    [`${K}.products.consulting-facilities`, `${N}.consulting.facilities`, 'Cơ sở được tư vấn', 'Facilities advised'],
    [
      `${K}.mgmt-training.trainees`,
      `${N}.management.trainees`,
      'Học viên đào tạo năng lực quản lý',
      'Management trainees',
    ],
    [`${K}.training.workers`, `${N}.training.workers`, 'Lao động được đào tạo nghề', 'Workers trained'],
    [
      `${K}.products.fair-participations`,
      `${N}.fairs.domestic.participations`,
      'Lượt cơ sở tham gia hội chợ',
      'Fair participations',
    ],
    [
      `${K}.products.regional-contests`,
      `${N}.products.votes.regional`,
      'Số lần bình chọn sản phẩm cấp khu vực',
      'Regional product selections',
    ],
    [
      `${K}.products.national-contests`,
      `${N}.products.votes.national`,
      'Số lần bình chọn sản phẩm cấp quốc gia',
      'National product selections',
    ],
  ] as const) {
    const explain = a.endsWith('fair-participations')
      ? {
          vi: 'Báo cáo chương trình quốc gia đếm cả hội chợ trong và ngoài nước, báo cáo mười năm chỉ đếm hội chợ trong nước.',
          en: 'The national programme report counts domestic and foreign fairs, the ten-year review domestic fairs only.',
        }
      : undefined;
    same(
      `nested.${b.split('.').slice(1).join('.')}`,
      { vi: `${vi}: 2014–2020 và 2013–2022`, en: `${en}: 2014–2020 and 2013–2022` },
      a,
      b,
      'total',
      explain,
    );
  }
  same(
    'nested.funding.kcdp',
    { vi: 'Kinh phí KCĐP: 2014–2020 và 2013–2022', en: 'Local funding: 2014–2020 and 2013–2022' },
    `${K}.funding.kcdp`,
    `${N}.funding.local.total`,
  );
  same(
    'nested.funding.kcqg',
    { vi: 'Kinh phí KCQG: 2014–2020 và 10 năm suy ra', en: 'National funding: 2014–2020 and the implied ten years' },
    `${K}.funding.kcqg`,
    `derived.${N}.funding.kcqg`,
  );
  same(
    'same.collaborators.districts',
    { vi: 'Số huyện có cộng tác viên khuyến công', en: 'Districts with khuyến công collaborators' },
    `${K}.collab.districts`,
    `${N}.collab.district.districts`,
    'stock',
  );
  same(
    'same.collaborators.communes',
    { vi: 'Số xã có cộng tác viên khuyến công', en: 'Communes with khuyến công collaborators' },
    `${K}.collab.communes`,
    `${N}.collab.commune.communes`,
    'stock',
  );
  push(
    {
      id: 'nested.fairs.regional',
      category: 'same-quantity',
      title: { vi: 'Hội chợ cấp khu vực: 2014–2020 và 2013–2022', en: 'Regional fairs: 2014–2020 and 2013–2022' },
      ids: [`${K}.products.regional-fairs`, `${N}.fairs.regional`],
      computation: `${K}.products.regional-fairs is written “2}” (a digit lost in the scan) and excluded`,
      explain: {
        vi: 'Bản quét của báo cáo chương trình quốc gia làm mất một chữ số nên không có số để so.',
        en: 'The scan of the national programme report lost a digit, so there is no number to compare.',
      },
    },
    'cannot-be-checked',
    null,
    null,
    0,
  );

  // ---------------------------------------------------------------- claims about all
  push(
    {
      id: 'kcqg.all-provinces-fund',
      category: 'all-claim',
      title: {
        vi: '“100% các tỉnh đều bố trí kinh phí” và “vẫn có địa phương chưa bố trí”',
        en: '“All provinces allocate funds” and “some still allocate none”',
      },
      ids: [`${K}.mgmt.local-budget.provinces-share`],
      computation: `${K}.mgmt.local-budget.provinces-share = ${v(`${K}.mgmt.local-budget.provinces-share`)}% (line ${f(`${K}.mgmt.local-budget.provinces-share`).line}); line 796: “Đến nay, vẫn có địa phương chưa bố trí ngân sách cho hoạt động khuyến công”`,
      explain: {
        vi: `Báo cáo viết {fig:${K}.mgmt.local-budget.provinces-share} các tỉnh, thành phố đều bố trí kinh phí từ ngân sách địa phương cho khuyến công, nhưng ở phần hạn chế lại viết “đến nay, vẫn có địa phương chưa bố trí ngân sách cho hoạt động khuyến công”. Hai câu không thể cùng đúng.`,
        en: `The report says {fig:${K}.mgmt.local-budget.provinces-share} of provinces allocate local budget to khuyến công, but its section on shortcomings says “to date, some localities still allocate no budget to khuyến công”. Both cannot be true.`,
      },
    },
    'differs',
    null,
    null,
    0,
  );

  // ---------------------------------------------------------------- lists of named provinces
  const namedCount = (id: string, title: Text, source: string, fact: string, value: string, count: string) => {
    const named = figuresFacts.filter((x) => x.source === source && x.fact === fact && x.value === value);
    const n = named.length;
    const st = v(count);
    const listed = named.map((x) => x.geo).join(', ');
    push(
      {
        id,
        category: 'named-lists',
        title,
        ids: [count],
        computation: `${n} provinces named (${listed}); stated ${count} = ${st}`,
        explain:
          n === st
            ? { vi: 'Số tỉnh được nêu tên bằng số báo cáo ghi.', en: 'The provinces named match the stated count.' }
            : n < st
              ? {
                  vi: 'Báo cáo chỉ nêu tên một phần; danh sách không đầy đủ.',
                  en: 'The report names only some of them; the list is incomplete.',
                }
              : {
                  vi: 'Báo cáo nêu tên nhiều tỉnh hơn con số nó ghi.',
                  en: 'The report names more provinces than it counts.',
                },
      },
      n === st ? 'agrees' : n < st ? 'cannot-be-checked' : 'differs',
      st,
      n,
      0,
    );
  };
  namedCount(
    'kcqg.named.over-30',
    {
      vi: 'Trung tâm có từ 30 cán bộ: số tỉnh nêu tên (2020)',
      en: 'Centres with 30 or more staff: provinces named (2020)',
    },
    K,
    'staffing_band',
    'over-30',
    `${K}.centres.staff-30plus.count`,
  );
  namedCount(
    'nd45.named.over-40',
    {
      vi: 'Trung tâm trên 40 cán bộ: số tỉnh nêu tên (2022)',
      en: 'Centres with over 40 staff: provinces named (2022)',
    },
    N,
    'staffing_band',
    'over-40',
    `${N}.staff.band_over40.centres`,
  );
  namedCount(
    'nd45.named.30-40',
    { vi: 'Trung tâm 30–40 cán bộ: số tỉnh nêu tên (2022)', en: 'Centres with 30–40 staff: provinces named (2022)' },
    N,
    'staffing_band',
    '30-40',
    `${N}.staff.band_30_40.centres`,
  );
  namedCount(
    'nd45.named.under-10',
    { vi: 'Trung tâm dưới 10 lao động: số tỉnh nêu tên (2022)', en: 'Centres under 10 staff: provinces named (2022)' },
    N,
    'staffing_band',
    'under-10',
    `${N}.staff.band_under10.centres`,
  );
  namedCount(
    'kcqg.named.kc-only',
    {
      vi: 'Trung tâm chỉ mang tên Khuyến công: số tỉnh nêu tên (2020)',
      en: 'Centres named Khuyến công only: provinces named (2020)',
    },
    K,
    'centre_name_type',
    'khuyen-cong-only',
    `${K}.centres.name-kc-only.count`,
  );
  namedCount(
    'nd45.named.kc-only',
    {
      vi: 'Trung tâm chỉ mang tên Khuyến công: số tỉnh nêu tên (2022)',
      en: 'Centres named Khuyến công only: provinces named (2022)',
    },
    N,
    'centre_name_type',
    'khuyen-cong-only',
    `${N}.org.name_kc_only.centres`,
  );
  namedCount(
    'nd45.named.district-collaborators',
    {
      vi: 'Tỉnh có cộng tác viên cấp huyện: số tỉnh nêu tên',
      en: 'Provinces with district collaborators: provinces named',
    },
    N,
    'district_collaborators',
    'yes',
    `${N}.collab.district.provinces`,
  );
  namedCount(
    'nd45.named.commune-collaborators',
    {
      vi: 'Tỉnh có cộng tác viên cấp xã: số tỉnh nêu tên',
      en: 'Provinces with commune collaborators: provinces named',
    },
    N,
    'commune_collaborators',
    'yes',
    `${N}.collab.commune.provinces`,
  );
  namedCount(
    'kcqg.named.above-average',
    {
      vi: 'Tỉnh có kinh phí cao hơn bình quân: số tỉnh nêu tên',
      en: 'Provinces above the national average: provinces named',
    },
    K,
    'above_national_average',
    'yes',
    `${K}.province.above-average-count`,
  );
  {
    // The 30-plus list of 2020 against the 30-40 and over-40 lists of 2022.
    const set = (source: string, values: string[]) =>
      new Set(
        figuresFacts
          .filter((x) => x.source === source && x.fact === 'staffing_band' && values.includes(x.value))
          .map((x) => x.geo),
      );
    const a = set(K, ['over-30']);
    const b = set(N, ['over-40', '30-40']);
    const onlyA = [...a].filter((x) => !b.has(x));
    const onlyB = [...b].filter((x) => !a.has(x));
    push(
      {
        id: 'named.over-30.2020-2022',
        category: 'named-lists',
        title: {
          vi: 'Trung tâm từ 30 cán bộ trở lên: danh sách 2020 và 2022',
          en: 'Centres with 30 or more staff: the 2020 and 2022 lists',
        },
        ids: [`${K}.centres.staff-30plus.count`, `${N}.staff.band_over40.centres`, `${N}.staff.band_30_40.centres`],
        computation: `only in 2020: ${onlyA.join(', ') || '—'}; only in 2022: ${onlyB.join(', ') || '—'}; in both: ${[...a].filter((x) => b.has(x)).join(', ')}`,
        explain: {
          vi: 'Hai danh sách ở hai thời điểm khác nhau và khác nhau nhiều; cán bộ có thể thay đổi trong hai năm, nên đây không phải mâu thuẫn nhưng đáng lưu ý.',
          en: 'The two lists are two years apart and differ a lot; staffing can change in two years, so this is no contradiction, but worth knowing.',
        },
      },
      'cannot-be-checked',
      a.size,
      b.size,
      0,
    );
  }
  for (const [slug, code, vi, en] of REG) {
    const n = ref.provinces.filter((p) => p.region_6 === code).length;
    const st = v(`${K}.region.${slug}.provinces`);
    push(
      {
        id: `kcqg.region.${slug}.provinces`,
        category: 'named-lists',
        title: {
          vi: `Số tỉnh của vùng ${vi} so với danh sách tên`,
          en: `Provinces of the ${en} against the names listed`,
        },
        ids: [`${K}.region.${slug}.provinces`],
        computation: `provinces listed for ${code} (data/reference/provinces.csv region_6): ${n}; stated ${st}`,
      },
      n === st ? 'agrees' : 'differs',
      n,
      st,
      0,
    );
  }
  {
    const named = figuresFacts.filter((x) => x.source === NO && x.fact === 'local_budget_named');
    const outside = named.filter((x) => !ref.provinces.find((p) => p.slug === x.geo)?.north_28);
    push(
      {
        id: 'north.named.in-region',
        category: 'named-lists',
        title: {
          vi: 'Các tỉnh được nêu ví dụ đều thuộc 28 tỉnh phía Bắc',
          en: 'The provinces named as examples are among the 28 northern ones',
        },
        ids: [`${NO}.region.provinces`],
        computation: `${named.length} named; outside the 28: ${outside.map((x) => x.geo).join(', ') || 'none'}`,
      },
      outside.length ? 'differs' : 'agrees',
      0,
      outside.length,
      0,
    );
  }

  // ---------------------------------------------------------------- rankings
  {
    const avg = REG.map(([slug, code]) => ({
      slug,
      code,
      value: v(`${K}.region.${slug}.amount`) / v(`${K}.region.${slug}.provinces`),
    })).sort((a, b) => a.value - b.value);
    const lowest = avg[0]!;
    const highest = avg[avg.length - 1]!;
    push(
      {
        id: 'kcqg.region.highest-average',
        category: 'ranking',
        title: {
          vi: 'Vùng có kinh phí bình quân mỗi tỉnh cao nhất',
          en: 'Region with the highest average per province',
        },
        ids: [`${K}.region.red-river.avg-per-province`, ...REG.map(([s]) => `${K}.region.${s}.amount`)],
        computation: `amount / provinces, highest: ${highest.code} ${fmt(highest.value / 1e9, 2)} bn; the report names DBSH`,
      },
      highest.slug === 'red-river' ? 'agrees' : 'differs',
      0,
      0,
      0,
    );
    push(
      {
        id: 'kcqg.region.lowest-average',
        category: 'ranking',
        title: {
          vi: 'Vùng có kinh phí bình quân mỗi tỉnh thấp nhất',
          en: 'Region with the lowest average per province',
        },
        ids: [
          `${K}.region.northern-midlands.avg-per-province`,
          `derived.${K}.region.mekong-delta.avg-per-province`,
          ...REG.map(([s]) => `${K}.region.${s}.amount`),
        ],
        computation: `amount / provinces, lowest: ${lowest.code} ${fmt(lowest.value / 1e9, 2)} bn; the report names TDMNPB at ${v(`${K}.region.northern-midlands.avg-per-province`) / 1e9} bn`,
        explain: {
          differs: {
            vi: `Báo cáo gọi Trung du và miền núi phía Bắc là vùng có kinh phí bình quân thấp nhất ({fig:${K}.region.northern-midlands.avg-per-province}), nhưng theo chính số liệu của báo cáo, Đồng bằng sông Cửu Long thấp hơn ({fig:derived.${K}.region.mekong-delta.avg-per-province}).`,
            en: `The report calls the Northern Midlands the region with the lowest average ({fig:${K}.region.northern-midlands.avg-per-province}), but by its own figures the Mekong Delta is lower ({fig:derived.${K}.region.mekong-delta.avg-per-province}).`,
          },
        },
      },
      lowest.slug === 'northern-midlands' ? 'agrees' : 'differs',
      0,
      0,
      0,
    );
    const above = ['ha-noi', 'lam-dong', 'dong-nai', 'quang-nam'].map((p) => `${K}.province.${p}.amount`);
    const notAbove = above.filter((id) => v(id) <= v(`${K}.funding.avg-per-province`));
    push(
      {
        id: 'kcqg.province.above-average',
        category: 'ranking',
        title: { vi: 'Các tỉnh được nêu cao hơn bình quân cả nước', en: 'Provinces named above the national average' },
        ids: [...above, `${K}.funding.avg-per-province`],
        computation: `${above.map((id) => `${id} ${v(id) / 1e9}`).join(', ')} against ${v(`${K}.funding.avg-per-province`) / 1e9} bn`,
      },
      notAbove.length ? 'differs' : 'agrees',
      0,
      notAbove.length,
      0,
    );
    const canTho = `${K}.province.can-tho.amount`;
    push(
      {
        id: 'kcqg.province.under-threshold',
        category: 'ranking',
        title: { vi: 'Cần Thơ được nêu có kinh phí dưới ngưỡng', en: 'Can Tho named under the threshold' },
        ids: [canTho, `${K}.province.low-funding-threshold`],
        computation: `${canTho} = ${v(canTho) / 1e9} bn; threshold ${v(`${K}.province.low-funding-threshold`) / 1e9} bn`,
      },
      v(canTho) < v(`${K}.province.low-funding-threshold`) ? 'agrees' : 'differs',
      v(`${K}.province.low-funding-threshold`),
      v(canTho),
      0,
    );
  }
  push(
    {
      id: 'kcqg.org.lost-digit',
      category: 'reading',
      title: { vi: 'Một chữ số bị mất khi nhận dạng: “§/63”', en: 'A digit lost in OCR: “§/63”' },
      ids: [
        `${K}.org.kcdp-programme-approved.provinces`,
        `${K}.org.annual-plan-only.provinces`,
        `${K}.org.annual-plan-only.share`,
      ],
      computation: `63 − ${v(`${K}.org.kcdp-programme-approved.provinces`)} = ${63 - v(`${K}.org.kcdp-programme-approved.provinces`)}; ${v(`${K}.org.annual-plan-only.share`)}% × 63 = ${fmt((v(`${K}.org.annual-plan-only.share`) / 100) * 63, 2)}`,
      explain: {
        vi: `Bản nhận dạng chữ ghi “§/63”. Số tỉnh còn lại và tỷ lệ {fig:${K}.org.annual-plan-only.share} đều phù hợp với một chữ số, nhưng chúng tôi không công bố một chữ số không đọc được; hàng này nằm trong danh sách loại trừ.`,
        en: `The OCR text reads “§/63”. The remaining provinces and the stated {fig:${K}.org.annual-plan-only.share} both fit one digit, but we do not publish a digit we cannot read; the row is in the exclusions list.`,
      },
    },
    'cannot-be-checked',
    null,
    null,
    0,
  );

  // ======================================================================================
  // Change over time (issue 14): two reports measuring the same thing at two dates or over two
  // periods. Before a change is computed (derive.ts, 14c–14e), the pair is compared: metric,
  // place, programme, status, and what kind of period each is (a count at a date, a total over
  // a period, an average per year). A pair that differs gets no change, only this note.
  // ======================================================================================
  const likeForLike = (a: Figure, b: Figure) =>
    a.metric === b.metric && a.geo === b.geo && a.programme === b.programme && a.status === b.status;
  const describe = (x: Figure) =>
    `${x.id} = ${x.value} (${x.metric}, ${x.geo}, ${x.programme}, ${x.status}, ${x.period_start}–${x.period_end})`;
  const STAFF_LABELS: Record<StaffKey2022, [string, string]> = {
    total: ['tổng số cán bộ', 'all staff'],
    civil_servants: ['biên chế / viên chức', 'established posts / public employees'],
    contract: ['lao động hợp đồng', 'contract staff'],
    postgraduate: ['trình độ trên đại học', 'postgraduate staff'],
    university: ['trình độ đại học, cao đẳng', 'university or college staff'],
    vocational: ['trình độ trung, sơ cấp, công nhân kỹ thuật', 'vocational or technical staff'],
    field: ['cán bộ trực tiếp triển khai đến cơ sở', 'field staff'],
  };
  for (const [k2022, k2020] of Object.entries(STAFF_KEY_2020) as [StaffKey2022, string][]) {
    const [vi, en] = STAFF_LABELS[k2022];
    const a = f(`${K}.staff.${k2020}`);
    const b = f(`${N}.staff.${k2022}`);
    const d = `derived.${N}.staff.${k2022}.change-since-2020`;
    const stocks = a.period_start === a.period_end && b.period_start === b.period_end && a.period_end < b.period_end;
    const ok = likeForLike(a, b) && stocks;
    push(
      {
        id: `change.staff.${k2022}`,
        category: 'change-over-time',
        title: { vi: `Cán bộ các Trung tâm, ${vi}: 2020 và 2022`, en: `Centre staff, ${en}: 2020 and 2022` },
        ids: [a.id, b.id, d, `${d}.rate`],
        computation: `${describe(a)}; ${describe(b)}; counts at two dates${ok ? `; change ${b.value - a.value} (${fmt(((b.value - a.value) / a.value) * 100, 2)}%)` : '; not like for like'}`,
        explain: {
          vi: `Cả hai báo cáo đếm cán bộ đang làm việc tại các Trung tâm thuộc Sở Công Thương của mọi tỉnh, thành phố “tính đến nay”, theo báo cáo của các tỉnh, bằng cùng một câu chữ: {fig:${a.id}} trong báo cáo chương trình quốc gia và {fig:${b.id}} trong báo cáo mười năm, hai năm sau; thay đổi {fig:${d}} ({fig:${d}.rate}).${k2020 === 'permanent' ? ' Báo cáo trước gọi nhóm này là “biên chế”, báo cáo sau là “viên chức”; ở cả hai, đó là phần cán bộ không phải lao động hợp đồng, và hai nhóm cộng lại bằng tổng số.' : ''}`,
          en: `Both reports count the staff working at every province’s Department centre “to date”, from the provinces’ reports, in the same words: {fig:${a.id}} in the national programme report and {fig:${b.id}} in the ten-year review two years later, a change of {fig:${d}} ({fig:${d}.rate}).${k2020 === 'permanent' ? ' The earlier report calls this group “biên chế” (established posts), the later one “viên chức” (public employees); in both it is the staff not on contract, and the two groups add up to the total.' : ''}`,
        },
      },
      ok ? 'agrees' : 'differs',
      null,
      null,
      0,
    );
  }
  {
    const b2020 = ['staff-30plus', 'staff-20-30', 'staff-10-19', 'staff-under-10'].map((x) =>
      v(`${K}.centres.${x}.count`),
    );
    const b2022 = ['band_over40', 'band_30_40', 'band_10_29', 'band_under10'].map((x) => v(`${N}.staff.${x}.centres`));
    const merged2020 = [b2020[0]!, b2020[1]! + b2020[2]!, b2020[3]!];
    const merged2022 = [b2022[0]! + b2022[1]!, b2022[2]!, b2022[3]!];
    push(
      {
        id: 'change.staff-bands',
        category: 'change-over-time',
        title: {
          vi: 'Số Trung tâm theo quy mô cán bộ: 2020 và 2022',
          en: 'Centres by staffing band: 2020 and 2022',
        },
        ids: [
          ...['staff-30plus', 'staff-20-30', 'staff-10-19', 'staff-under-10'].map((x) => `${K}.centres.${x}.count`),
          ...['band_over40', 'band_30_40', 'band_10_29', 'band_under10'].map((x) => `${N}.staff.${x}.centres`),
        ],
        computation: `2020 bands ≥30 / 20–30 / 10–19 / <10 = ${b2020.join(' / ')}; 2022 bands >40 / 30–40 / 10–29 / <10 = ${b2022.join(' / ')}; merged to ≥30 / 10–29 / <10: 2020 ${merged2020.join(' / ')}, 2022 ${merged2022.join(' / ')}`,
        explain: {
          vi: `Hai báo cáo chia Trung tâm theo những nhóm quy mô khác nhau (báo cáo trước lấy mốc ba mươi, hai mươi và mười người; báo cáo sau lấy mốc bốn mươi, ba mươi và mười người), nên không tính được thay đổi từng nhóm. Gộp về các nhóm chung thì số Trung tâm ${merged2020.join(' ') === merged2022.join(' ') ? 'giống hệt nhau ở cả hai năm, dù tổng số cán bộ đã thay đổi: hoặc không Trung tâm nào vượt qua ranh giới nhóm, hoặc báo cáo sau dùng lại số của cách phân nhóm cũ' : 'khác nhau giữa hai năm'}.`,
          en: `The reports band the centres differently (the earlier at thirty, twenty and ten persons; the later at forty, thirty and ten), so no change can be computed band by band. Merged into the bands both allow, the counts ${merged2020.join(' ') === merged2022.join(' ') ? 'are identical in both years although total staff changed: either no centre crossed a band boundary, or the later report reused the earlier counts' : 'differ between the years'}.`,
        },
      },
      'cannot-be-checked',
      null,
      null,
      0,
    );
  }
  for (const [kK, kN, vi, en] of [
    ['regional-products', 'regional', 'cấp khu vực', 'regional'],
    ['national-products', 'national', 'cấp quốc gia', 'national'],
  ] as const) {
    const a = f(`${K}.products.${kK}`);
    const b = f(`${N}.products.${kN}`);
    const d = `derived.${N}.products.${kN}.beyond-2014-2020`;
    const nested = b.period_start <= a.period_start && a.period_end <= b.period_end;
    const ok = likeForLike(a, b) && nested && b.value >= a.value;
    push(
      {
        id: `change.products.${kN}`,
        category: 'change-over-time',
        title: {
          vi: `Sản phẩm tiêu biểu ${vi}: đến 2020 và đến 2022`,
          en: `Outstanding products, ${en}: to 2020 and to 2022`,
        },
        ids: [a.id, b.id, d, `${K}.products.regional-contests`, `${N}.products.votes.regional`],
        computation: `${describe(a)}; ${describe(b)}; totals over nested periods; difference ${b.value - a.value}`,
        explain: {
          vi: `Đây là tổng cộng dồn của hai giai đoạn lồng nhau, không phải số đếm tại hai thời điểm: {fig:${a.id}} trong giai đoạn của báo cáo chương trình quốc gia và {fig:${b.id}} trong mười năm của báo cáo tổng kết. Phần chênh {fig:${d}} là số sản phẩm của các năm chỉ giai đoạn dài hơn có (năm đầu và hai năm cuối của nó), nếu hai báo cáo đếm như nhau; đó không phải mức tăng trưởng. Số lần bình chọn cấp khu vực của hai báo cáo ({fig:${K}.products.regional-contests} trong giai đoạn ngắn hơn, {fig:${N}.products.votes.regional} trong giai đoạn dài hơn) cho thấy cách đếm các cuộc bình chọn khác nhau, nên phần chênh chỉ nên đọc là gần đúng.`,
          en: `These are totals over two nested periods, not counts at two dates: {fig:${a.id}} over the national programme report’s period and {fig:${b.id}} over the ten years of the review. The difference, {fig:${d}}, is the products of the years only the longer period covers (its first year and its last two), if both reports count alike; it is not growth. The two reports’ counts of regional selection rounds ({fig:${K}.products.regional-contests} in the shorter period, {fig:${N}.products.votes.regional} in the longer) show that they count the rounds differently, so read the difference as approximate.`,
        },
      },
      ok ? 'agrees' : 'differs',
      null,
      null,
      0,
    );
  }
  {
    const seven = f(`${K}.mgmt.mof.kcqg-annual-average`);
    const ten = f(`${N}.funding.national.avg_per_year`);
    const d = `derived.${N}.funding.national.avg_per_year.beyond-2014-2020`;
    const y7 = seven.period_end - seven.period_start + 1;
    const y10 = ten.period_end - ten.period_start + 1;
    const extra = scale(sub(scale(iv(ten.id), y10), scale(iv(seven.id), y7)), 1 / (y10 - y7));
    const ok = likeForLike(seven, ten) && ten.period_start <= seven.period_start && seven.period_end <= ten.period_end;
    push(
      {
        id: 'change.funding.kcqg-per-year',
        category: 'change-over-time',
        title: {
          vi: 'Kinh phí KCQG bình quân mỗi năm: 2014–2020 và 2013–2022',
          en: 'KCQG funding per year: 2014–2020 and 2013–2022',
        },
        ids: [seven.id, ten.id, d, `${N}.funding.national.2021.shortfall`],
        computation: `${describe(seven)}; ${describe(ten)}; averages over periods sharing ${y7} years; (${y10} × ${ten.value / 1e9} − ${y7} × ${seven.value / 1e9}) / ${y10 - y7} = ${fmt(extra.v / 1e9, 2)} bn a year (${fmt(extra.lo / 1e9, 2)}–${fmt(extra.hi / 1e9, 2)} if “khoảng 104” is 103,5–104,5)`,
        explain: {
          vi: `Hai mức bình quân mỗi năm của cùng khoản ngân sách trung ương ({fig:${seven.id}} trong giai đoạn của báo cáo chương trình quốc gia, {fig:${ten.id}} trong mười năm của báo cáo tổng kết) tính trên hai giai đoạn chung nhau bảy năm, nên chênh lệch giữa chúng không phải mức thay đổi từ giai đoạn này sang giai đoạn sau. Điều chúng cho biết là bình quân của ba năm chỉ giai đoạn dài hơn có (năm đầu và hai năm cuối của nó): {fig:${d}}, thấp hơn bình quân của bảy năm chung; về “riêng năm 2021”, báo cáo mười năm ghi mức ngân sách so với bình quân mười năm là {fig:${N}.funding.national.2021.shortfall}. Vì báo cáo ghi “khoảng 104 tỷ đồng/năm”, con số suy ra chỉ chính xác đến vài tỷ đồng.`,
          en: `Two yearly averages of the same central budget ({fig:${seven.id}} over the national programme report’s period, {fig:${ten.id}} over the review’s ten years) cover periods that share seven years, so the gap between them is not a change from one period to the next. What they tell is the average of the three years only the longer period has (its first year and its last two): {fig:${d}}, below the average of the seven shared years; for “riêng năm 2021” (that year alone) the review puts the budget against the ten-year average at {fig:${N}.funding.national.2021.shortfall}. Because the review writes “khoảng 104 tỷ đồng/năm” (about), the implied figure is good only to a few billion đồng.`,
        },
      },
      ok ? 'agrees' : 'differs',
      null,
      null,
      0,
    );
  }
  // ==================================================================== end of change over time

  return notes;
}
