/** Interface strings in both languages. Content (narratives, labels) lives with the data. */
import type { Lang } from './format.ts';

export const SITE = {
  vi: { name: 'Khuyến công qua những con số', tagline: 'Mười năm khuyến công ở Việt Nam, từ các báo cáo chính thức' },
  en: { name: 'Khuyến công in numbers', tagline: 'Ten years of Vietnam’s industrial extension programme, from the official reports' },
} as const;

export const T = {
  vi: {
    skip: 'Bỏ qua, đến nội dung chính', menu: 'Mục lục', home: 'Trang chủ', results: 'Kết quả 2013–2022', programme: 'Chương trình 2014–2020',
    regions: 'Vùng', provinces: 'Tỉnh, thành phố', sources: 'Nguồn', data: 'Dữ liệu', notes: 'Ghi chú dữ liệu', glossary: 'Thuật ngữ',
    methodology: 'Phương pháp', search: 'Tìm kiếm', present: 'Trình chiếu', otherLang: 'English', otherLangName: 'Tiếng Anh',
    source: 'Nguồn', sourceLine: 'Nguồn', table: 'Bảng số liệu', showTable: 'Xem bảng số liệu', derived: 'tính toán', derivedLong: 'Số liệu do chúng tôi tính từ số liệu của báo cáo',
    nothing: 'Các báo cáo không nêu số liệu nào riêng về tỉnh này.', figures: 'Số liệu', facts: 'Thông tin về Trung tâm',
    region: 'Vùng', merged: 'Sau sắp xếp năm 2025 thuộc', value: 'Giá trị', period: 'Giai đoạn', programme_: 'Chương trình',
    status: 'Tình trạng', label: 'Chỉ tiêu', locator: 'Vị trí trong báo cáo', line: 'dòng', chart: 'Biểu đồ', amount: 'Số tiền', share: 'Tỷ trọng',
    footer: 'Số liệu lấy từ năm báo cáo của Bộ Công Thương và Sở Công Thương Trà Vinh. Dữ liệu phát hành theo giấy phép CC BY 4.0.',
    searchPlaceholder: 'Ví dụ: dong nai, dao tao nghe', searchLabel: 'Tìm trong trang', download: 'Tải về', backToTop: 'Lên đầu trang',
    allProvinces: 'Tất cả 63 tỉnh, thành phố', readMore: 'Xem thêm', keyFigures: 'Những con số chính', breadcrumb: 'Vị trí',
    searchLoading: 'Đang tìm…', searchNone: 'Không tìm thấy kết quả.', searchCount: '{n} kết quả', searchRetry: 'Thử lại',
    searchError: 'Không tải được chỉ mục tìm kiếm (có thể do mất kết nối). Hãy thử lại, hoặc chọn tỉnh trong danh sách dưới đây.',
  },
  en: {
    skip: 'Skip to main content', menu: 'Contents', home: 'Home', results: 'Results 2013–2022', programme: 'Programme 2014–2020',
    regions: 'Regions', provinces: 'Provinces', sources: 'Sources', data: 'Data', notes: 'Data notes', glossary: 'Glossary',
    methodology: 'Methodology', search: 'Search', present: 'Present', otherLang: 'Tiếng Việt', otherLangName: 'Vietnamese',
    source: 'Source', sourceLine: 'Source', table: 'Data table', showTable: 'Show the data table', derived: 'derived', derivedLong: 'Computed by us from the report’s figures',
    nothing: 'The reports give no figures of their own about this province.', figures: 'Figures', facts: 'About the centre',
    region: 'Region', merged: 'Since the 2025 reorganisation, part of', value: 'Value', period: 'Period', programme_: 'Programme',
    status: 'Status', label: 'Measure', locator: 'Where in the report', line: 'line', chart: 'Chart', amount: 'Amount', share: 'Share',
    footer: 'Figures from five reports of the Ministry of Industry and Trade and Trà Vinh’s Department of Industry and Trade. Data released under CC BY 4.0.',
    searchPlaceholder: 'e.g. dong nai, vocational training', searchLabel: 'Search the site', download: 'Download', backToTop: 'Back to top',
    allProvinces: 'All 63 provinces', readMore: 'Read more', keyFigures: 'Key figures', breadcrumb: 'Breadcrumb',
    searchLoading: 'Searching…', searchNone: 'No results.', searchCount: '{n} results', searchRetry: 'Try again',
    searchError: 'The search index could not be loaded (the connection may be down). Try again, or pick a province from the list below.',
  },
} as const satisfies Record<Lang, Record<string, string>>;

export const PROGRAMME_LABEL = {
  vi: { KCQG: 'Khuyến công quốc gia (KCQG)', KCDP: 'Khuyến công địa phương (KCĐP)', ALL: 'Tổng' },
  en: { KCQG: 'National programme (KCQG)', KCDP: 'Local programmes (KCĐP)', ALL: 'Total' },
} as const;
export const STATUS_LABEL = {
  vi: { actual: 'thực hiện', plan: 'kế hoạch', target: 'mục tiêu', estimate: 'ước tính' },
  en: { actual: 'actual', plan: 'plan', target: 'target', estimate: 'estimate' },
} as const;
