import type { Narrative } from './types.ts';

/**
 * The site's prose, in our own words. Every number is a `{fig:<id>}` placeholder (rendered with
 * its qualifier and unit, so the text never repeats "khoảng", "hơn", "tỷ đồng" or "%" around it);
 * glossary terms are `{term:X}` the first time they appear in each narrative and language.
 */
export const narratives: Narrative[] = [
  // ───────────────────────────────────────────────────────────────────────── home
  {
    key: 'home',
    title: {
      vi: 'Khuyến công: tiền nhà nước cho công nghiệp nông thôn',
      en: 'Khuyến công: public money for rural industry',
    },
    summary: {
      vi: 'Khuyến công là gì, tiền đến từ đâu, mười năm qua làm được gì, và vì sao các con số cần được đọc kỹ.',
      en: 'What khuyến công is, where its money comes from, what a decade of it produced, and why the figures need a careful read.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Khuyến công là chính sách hỗ trợ của Nhà nước dành cho các xưởng, làng nghề và doanh nghiệp nhỏ ở nông thôn, gọi chung là cơ sở {term:CNNT}. Tiền khuyến công trả cho các lớp dạy nghề, cho máy móc hiện đại, cho mô hình trình diễn kỹ thuật và cho gian hàng của sản phẩm làng nghề ở hội chợ.',
        },
        {
          type: 'p',
          text: 'Tiền đến từ hai nguồn. Ngân sách trung ương chi cho chương trình {term:KCQG} do Bộ Công Thương điều hành; ngân sách tỉnh chi cho các chương trình {term:KCĐP}. Theo báo cáo tổng kết mười năm của Bộ (2013–2022), các tỉnh đã bỏ ra {fig:nd45-2013-2022.funding.local.total}, tức {fig:nd45-2013-2022.funding.local.share} tổng kinh phí khuyến công: tiền địa phương nhiều hơn tiền trung ương.',
        },
        {
          type: 'p',
          text: 'Phần lớn nhất, {fig:nd45-2013-2022.demo.funding.share}, dành cho máy móc và mô hình trình diễn. Đổi lại, báo cáo ghi nhận {fig:nd45-2013-2022.training.workers} lao động được đào tạo nghề, {fig:nd45-2013-2022.machinery.facilities} lượt cơ sở được hỗ trợ đưa máy móc tiên tiến vào sản xuất và {fig:nd45-2013-2022.products.national} sản phẩm được công nhận tiêu biểu cấp quốc gia.',
        },
        {
          type: 'p',
          text: 'Nhưng tiền không chia đều, và các báo cáo không phải lúc nào cũng khớp với chính mình. Giai đoạn 2014–2020, mỗi tỉnh Đồng bằng sông Hồng nhận bình quân {fig:kcqg-2014-2020.region.red-river.avg-per-province}, trong khi theo tính toán của chúng tôi, {fig:derived.kcqg-2014-2020.region.unassigned.amount} trong tổng kinh phí cả nước không được báo cáo xếp vào vùng nào. Mỗi con số trên trang này đều dẫn về báo cáo gốc; chỗ nào số liệu vênh nhau, chúng tôi nói rõ.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'Khuyến công, roughly “encouraging industry”, is the Vietnamese state’s support for small workshops, craft villages and small firms in the countryside, known collectively as {term:CNNT} businesses. The money pays for vocational classes, modern machinery, technical demonstration models and stands for craft-village products at trade fairs.',
        },
        {
          type: 'p',
          text: 'It comes from two purses. The central budget pays for the national programme, {term:KCQG}, run by the Ministry of Industry and Trade; provincial budgets pay for local programmes, {term:KCĐP}. According to the ministry’s ten-year review (2013–2022), the provinces put in {fig:nd45-2013-2022.funding.local.total}, or {fig:nd45-2013-2022.funding.local.share} of all khuyến công funding: local money outweighed central money.',
        },
        {
          type: 'p',
          text: 'The biggest slice, {fig:nd45-2013-2022.demo.funding.share}, went on machinery and demonstration models. In return the review counts {fig:nd45-2013-2022.training.workers} workers trained, {fig:nd45-2013-2022.machinery.facilities} facility-times helped to bring advanced machinery into production, and {fig:nd45-2013-2022.products.national} products recognised as outstanding at national level.',
        },
        {
          type: 'p',
          text: 'But the money is not spread evenly, and the reports do not always agree with themselves. In 2014–2020 a Red River Delta province received {fig:kcqg-2014-2020.region.red-river.avg-per-province} on average, while by our calculation {fig:derived.kcqg-2014-2020.region.unassigned.amount} of the national total is not placed in any region by the report. Every figure on this site links back to its report; where the numbers do not add up, we say so.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── results
  {
    key: 'results',
    title: {
      vi: 'Mười năm khuyến công (2013–2022): tiền đi đâu, làm được gì',
      en: 'Ten years of khuyến công (2013–2022): where the money went and what it bought',
    },
    summary: {
      vi: 'Báo cáo tổng kết mười năm của Bộ Công Thương, từng hoạt động một: kinh phí, kết quả, và phần của trung ương so với địa phương.',
      en: 'The ministry’s ten-year review, activity by activity: spending, results, and the split between central and local money.',
    },
    body: {
      vi: [
        { type: 'h2', text: 'Ai trả tiền' },
        {
          type: 'p',
          text: 'Năm 2022, Bộ Công Thương tổng kết mười năm thực hiện nghị định về khuyến công ban hành năm 2012. Theo báo cáo, trong giai đoạn 2013–2022 ngân sách các tỉnh dành cho {term:KCĐP} là {fig:nd45-2013-2022.funding.local.total}, chiếm {fig:nd45-2013-2022.funding.local.share} tổng kinh phí khuyến công. Đến nay {fig:nd45-2013-2022.funding.local.provinces_share} tỉnh, thành phố đều bố trí tiền địa phương cho việc này.',
        },
        {
          type: 'p',
          text: 'Ngân sách trung ương cho {term:KCQG} bình quân {fig:nd45-2013-2022.funding.national.avg_per_year} mỗi năm. Riêng năm 2021, khi ngân sách dồn cho phòng chống dịch Covid, phần của trung ương so với mức bình quân mười năm là {fig:nd45-2013-2022.funding.national.2021.shortfall}.',
        },
        {
          type: 'p',
          text: 'Báo cáo không nêu thẳng tổng kinh phí mười năm; chỉ có thể suy ra từ phần của địa phương và tỷ trọng của phần đó.',
        },
        { type: 'h2', text: 'Tiền đi đâu' },
        {
          type: 'list',
          items: [
            'Mô hình trình diễn kỹ thuật và máy móc tiên tiến: {fig:nd45-2013-2022.demo.funding} ({fig:nd45-2013-2022.demo.funding.share})',
            'Phát triển sản phẩm {term:CNNT} tiêu biểu, hội chợ, phòng trưng bày: {fig:nd45-2013-2022.products.funding} ({fig:nd45-2013-2022.products.funding.share})',
            'Đào tạo nghề: {fig:nd45-2013-2022.training.funding} ({fig:nd45-2013-2022.training.funding.share})',
            'Nâng cao năng lực quản lý: {fig:nd45-2013-2022.management.funding} ({fig:nd45-2013-2022.management.funding.share})',
            'Tư vấn cho cơ sở: {fig:nd45-2013-2022.consulting.funding} ({fig:nd45-2013-2022.consulting.funding.share})',
          ],
        },
        {
          type: 'callout',
          text: 'Ba chỗ cần đọc kỹ. Tỷ trọng của máy móc và mô hình được in với dấu phẩy thập phân mà không có chữ số theo sau, như thể bị rơi mất một chữ số; chúng tôi đọc là {fig:nd45-2013-2022.demo.funding.share}. Với tư vấn, báo cáo ghi tỷ trọng {fig:nd45-2013-2022.consulting.funding.share}, nhưng theo tính toán của chúng tôi, {fig:nd45-2013-2022.consulting.funding} chiếm phần nhỏ hơn thế trong tổng kinh phí suy ra: hai con số không khớp nhau. Và năm hoạt động trên cộng lại chưa phải toàn bộ số tiền, vì bản báo cáo dừng lại trước khi nêu kinh phí của các hoạt động còn lại.',
        },
        { type: 'h2', text: 'Làm được gì' },
        {
          type: 'p',
          text: 'Các lớp dạy nghề, truyền nghề, phần lớn ngắn hạn và mở ngay tại xưởng, đã đào tạo {fig:nd45-2013-2022.training.workers} lao động; {fig:nd45-2013-2022.training.employment_rate} có việc làm sau khóa học. Các lớp quản lý, từ quản trị doanh nghiệp đến các công cụ nâng cao năng suất, có {fig:nd45-2013-2022.management.trainees} học viên.',
        },
        {
          type: 'p',
          text: 'Chương trình hỗ trợ xây dựng {fig:nd45-2013-2022.demo.models} mô hình trình diễn kỹ thuật và giúp {fig:nd45-2013-2022.machinery.facilities} lượt cơ sở nhận chuyển giao công nghệ, đưa máy móc tiên tiến vào sản xuất. Theo báo cáo, doanh thu của các cơ sở sau khi nhận tiền KCQG tăng bình quân {fig:nd45-2013-2022.demo.revenue_increase} so với trước.',
        },
        {
          type: 'p',
          text: 'Bộ cùng các tỉnh tổ chức {fig:nd45-2013-2022.fairs.regional} hội chợ hàng CNNT tiêu biểu cấp khu vực và {fig:nd45-2013-2022.fairs.national} hội chợ cấp quốc gia; các địa phương tự tổ chức thêm {fig:nd45-2013-2022.fairs.local} hội chợ cấp tỉnh, huyện. Qua các kỳ bình chọn, {fig:nd45-2013-2022.products.regional} sản phẩm được công nhận tiêu biểu cấp khu vực và {fig:nd45-2013-2022.products.national} sản phẩm cấp quốc gia.',
        },
        {
          type: 'p',
          text: 'Chuyên gia đã tư vấn cho {fig:nd45-2013-2022.consulting.facilities} cơ sở về quản trị, bao bì, thành lập doanh nghiệp và bán hàng trên mạng. Mỗi tháng, Bộ in {fig:nd45-2013-2022.info.bulletin_copies} cuốn Bản tin Khuyến công.',
        },
        { type: 'h2', text: 'Hai ví dụ địa phương' },
        {
          type: 'p',
          text: 'Ở Bình Phước, tỉnh khảo sát {fig:nd45-2013-2022.case.binh_phuoc.survey.facilities} cơ sở chế biến hạt điều được hỗ trợ trong năm 2020–2021: {fig:nd45-2013-2022.case.binh_phuoc.survey.expanded} đã mở rộng sản xuất và {fig:nd45-2013-2022.case.binh_phuoc.survey.quality_up} cho biết chất lượng sản phẩm tốt lên. Ở Phú Thọ, một mô hình chế biến hồng trà thu hút {fig:nd45-2013-2022.case.phu_tho.workers} lao động và đạt doanh thu {fig:nd45-2013-2022.case.phu_tho.revenue} khi nhà máy chạy ổn định. Đây là số liệu do địa phương tự báo cáo.',
        },
      ],
      en: [
        { type: 'h2', text: 'Who paid' },
        {
          type: 'p',
          text: 'In 2022 the Ministry of Industry and Trade reviewed ten years of the 2012 decree on khuyến công. It reports that in 2013–2022 provincial budgets gave {fig:nd45-2013-2022.funding.local.total} to local programmes ({term:KCĐP}), {fig:nd45-2013-2022.funding.local.share} of all khuyến công funding. Today {fig:nd45-2013-2022.funding.local.provinces_share} of provinces and cities set aside money of their own for it.',
        },
        {
          type: 'p',
          text: 'The central budget gave the national programme ({term:KCQG}) {fig:nd45-2013-2022.funding.national.avg_per_year} a year on average. In 2021, when money was diverted to fighting Covid, the central share stood at {fig:nd45-2013-2022.funding.national.2021.shortfall} against the ten-year average.',
        },
        {
          type: 'p',
          text: 'The review never states the ten-year total outright; it can only be inferred from the local amount and its share.',
        },
        { type: 'h2', text: 'Where the money went' },
        {
          type: 'list',
          items: [
            'Demonstration models and advanced machinery: {fig:nd45-2013-2022.demo.funding} ({fig:nd45-2013-2022.demo.funding.share})',
            'Outstanding {term:CNNT} products, fairs and showrooms: {fig:nd45-2013-2022.products.funding} ({fig:nd45-2013-2022.products.funding.share})',
            'Vocational training: {fig:nd45-2013-2022.training.funding} ({fig:nd45-2013-2022.training.funding.share})',
            'Management skills: {fig:nd45-2013-2022.management.funding} ({fig:nd45-2013-2022.management.funding.share})',
            'Consulting for businesses: {fig:nd45-2013-2022.consulting.funding} ({fig:nd45-2013-2022.consulting.funding.share})',
          ],
        },
        {
          type: 'callout',
          text: 'Three things to read carefully. The share for machinery and models is printed with a decimal comma and no digit after it, as if one had dropped out; we read it as {fig:nd45-2013-2022.demo.funding.share}. For consulting the review gives a share of {fig:nd45-2013-2022.consulting.funding.share}, but by our calculation {fig:nd45-2013-2022.consulting.funding} is a smaller part of the inferred total than that: the two figures do not agree. And the five activities above do not make up the whole budget, because the excerpt stops before it gives the money for the remaining activities.',
        },
        { type: 'h2', text: 'What it produced' },
        {
          type: 'p',
          text: 'Vocational classes, mostly short and held on the workshop floor, trained {fig:nd45-2013-2022.training.workers} workers; {fig:nd45-2013-2022.training.employment_rate} had a job afterwards. Management courses, from running a business to productivity tools, had {fig:nd45-2013-2022.management.trainees} trainees.',
        },
        {
          type: 'p',
          text: 'The programme helped build {fig:nd45-2013-2022.demo.models} technical demonstration models and helped businesses take on new technology and advanced machinery {fig:nd45-2013-2022.machinery.facilities} times. The review says revenue at businesses that received KCQG support rose by {fig:nd45-2013-2022.demo.revenue_increase} on average compared with before.',
        },
        {
          type: 'p',
          text: 'The ministry and the provinces held {fig:nd45-2013-2022.fairs.regional} regional and {fig:nd45-2013-2022.fairs.national} national fairs of outstanding CNNT products; localities added {fig:nd45-2013-2022.fairs.local} provincial and district fairs of their own. Selection rounds recognised {fig:nd45-2013-2022.products.regional} products as outstanding at regional level and {fig:nd45-2013-2022.products.national} at national level.',
        },
        {
          type: 'p',
          text: 'Consultants advised {fig:nd45-2013-2022.consulting.facilities} businesses on management, packaging, registering a company and selling online. Each month the ministry printed {fig:nd45-2013-2022.info.bulletin_copies} copies of its Khuyến công bulletin.',
        },
        { type: 'h2', text: 'Two local examples' },
        {
          type: 'p',
          text: 'In Bình Phước the province surveyed {fig:nd45-2013-2022.case.binh_phuoc.survey.facilities} cashew processors supported in 2020–2021: {fig:nd45-2013-2022.case.binh_phuoc.survey.expanded} had expanded production and {fig:nd45-2013-2022.case.binh_phuoc.survey.quality_up} said their product quality had improved. In Phú Thọ a demonstration model for black-tea processing employed {fig:nd45-2013-2022.case.phu_tho.workers} workers and reached revenue of {fig:nd45-2013-2022.case.phu_tho.revenue} once the plant ran steadily. These figures are reported by the provinces themselves.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── programme
  {
    key: 'programme',
    title: {
      vi: 'Chương trình khuyến công quốc gia 2014–2020',
      en: 'The national khuyến công programme, 2014–2020',
    },
    summary: {
      vi: 'Kinh phí của chương trình, mức tăng qua từng năm, kết quả so với mục tiêu, vốn đối ứng của doanh nghiệp, mục tiêu 2021–2025 và đội ngũ làm khuyến công.',
      en: 'The programme’s funding, its growth year by year, results against targets, businesses’ own investment, the 2021–2025 targets and the people who deliver it.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Chương trình {term:KCQG} đến năm 2020 được Thủ tướng phê duyệt năm 2014. Theo báo cáo tổng kết của Bộ Công Thương, tổng kế hoạch kinh phí khuyến công cả nước được duyệt cho giai đoạn 2014–2020 là {fig:kcqg-2014-2020.funding.total-plan}, tính cả tiền trung ương lẫn tiền địa phương.',
        },
        {
          type: 'p',
          text: 'Phần trung ương là {fig:kcqg-2014-2020.funding.kcqg} ({fig:kcqg-2014-2020.funding.kcqg.share}), bình quân {fig:kcqg-2014-2020.mgmt.mof.kcqg-annual-average} mỗi năm, và chỉ bằng {fig:kcqg-2014-2020.funding.kcqg.vs-1288-plan} số tiền dự kiến khi chương trình được phê duyệt. Phần của các tỉnh ({term:KCĐP}) là {fig:kcqg-2014-2020.funding.kcdp} ({fig:kcqg-2014-2020.funding.kcdp.share}), tăng bình quân {fig:kcqg-2014-2020.mgmt.kcdp-funding.growth}.',
        },
        { type: 'h2', text: 'Kinh phí tăng, nhưng chậm dần' },
        {
          type: 'p',
          text: 'Báo cáo cho biết ngân sách nhà nước cho khuyến công năm nào cũng tăng, mạnh nhất năm 2015 ({fig:kcqg-2014-2020.assess.budget-growth.2015}) và chậm nhất năm 2019 ({fig:kcqg-2014-2020.assess.budget-growth.2019}). Báo cáo không nói rõ đây là riêng tiền trung ương hay gồm cả tiền địa phương. Cộng dồn các mức tăng đó, theo tính toán của chúng tôi, nếu năm 2014 là {fig:derived.kcqg-2014-2020.funding-index.2014} thì năm 2020 là {fig:derived.kcqg-2014-2020.funding-index.2020}.',
        },
        {
          type: 'callout',
          text: 'Báo cáo ghi tốc độ tăng bình quân cả giai đoạn là {fig:kcqg-2014-2020.assess.budget-growth.average}. Trung bình cộng các mức tăng từng năm mà báo cáo nêu là {fig:derived.kcqg-2014-2020.assess.budget-growth.mean}, trung bình nhân là {fig:derived.kcqg-2014-2020.assess.budget-growth.compound}. Vì hai năm chỉ được ghi bằng số nguyên, trung bình cộng chỉ biết gần đúng, và con số báo cáo ghi nằm trong khoảng đó; nó không khớp với trung bình nhân. Chúng tôi giữ nguyên con số như báo cáo ghi.',
        },
        { type: 'h2', text: 'Kết quả so với mục tiêu' },
        {
          type: 'p',
          text: 'So với mục tiêu đặt ra năm 2014, có phần vượt xa, có phần hụt nặng:',
        },
        {
          type: 'list',
          items: [
            'Đào tạo nghề: {fig:kcqg-2014-2020.training.workers} lao động, chỉ đạt {fig:kcqg-2014-2020.training.workers.achievement} mục tiêu giai đoạn; {fig:kcqg-2014-2020.training.employment-rate} có việc làm sau đào tạo.',
            'Đào tạo quản lý: {fig:kcqg-2014-2020.mgmt-training.trainees} học viên, đạt {fig:kcqg-2014-2020.mgmt-training.trainees.achievement} mục tiêu.',
            'Mô hình trình diễn kỹ thuật: {fig:kcqg-2014-2020.demo.models} mô hình, vượt mục tiêu {fig:kcqg-2014-2020.demo.models.excess-over-target}.',
            'Chuyển giao công nghệ, máy móc tiên tiến: {fig:kcqg-2014-2020.demo.tech-transfer-facilities} cơ sở, vượt mục tiêu {fig:kcqg-2014-2020.demo.tech-transfer-facilities.excess-over-target}.',
            'Hội chợ: {fig:kcqg-2014-2020.products.fair-participations} lượt cơ sở được hỗ trợ dự hội chợ trong và ngoài nước; báo cáo nói con số này vượt mục tiêu {fig:kcqg-2014-2020.products.fair-participations.excess-over-target}, nhưng không nêu mục tiêu là bao nhiêu.',
            'Cụm công nghiệp: {fig:kcqg-2014-2020.links.clusters} cụm ở {fig:kcqg-2014-2020.links.cluster-provinces} địa phương được hỗ trợ quy hoạch chi tiết hoặc hạ tầng, với {fig:kcqg-2014-2020.links.cluster-funding}.',
          ],
        },
        {
          type: 'p',
          text: 'Báo cáo giải thích rằng kết quả dạy nghề thấp là do Bộ chủ động thu hẹp phần này, để không chồng lấn với chương trình đào tạo nghề cho lao động nông thôn của Bộ Lao động – Thương binh và Xã hội.',
        },
        { type: 'h2', text: 'Vốn đối ứng' },
        {
          type: 'p',
          text: 'Cơ sở nhận hỗ trợ phải tự bỏ thêm tiền. Theo báo cáo, tổ chức và cá nhân tham gia chương trình đã góp {fig:kcqg-2014-2020.funding.counterpart} vốn đối ứng trong giai đoạn 2014–2020, tức mỗi đồng ngân sách kéo theo {fig:kcqg-2014-2020.funding.leverage} đồng vốn của cơ sở. Báo cáo không nói con số này được tổng hợp thế nào.',
        },
        { type: 'h2', text: 'Mục tiêu 2021–2025' },
        {
          type: 'p',
          text: 'Chương trình mới, được phê duyệt cuối năm 2020, đặt ra các mục tiêu sau:',
        },
        {
          type: 'list',
          items: [
            '{fig:kcqg-2014-2020.target.demo-models} mô hình trình diễn kỹ thuật; {fig:kcqg-2014-2020.target.machinery} máy móc thiết bị và {fig:kcqg-2014-2020.target.production-lines} dây chuyền công nghệ tiên tiến',
            'Đánh giá sản xuất sạch hơn cho {fig:kcqg-2014-2020.target.cleaner-production.assessment} cơ sở, mô hình thí điểm cho {fig:kcqg-2014-2020.target.cleaner-production.pilot} cơ sở, nâng cấp xử lý ô nhiễm cho {fig:kcqg-2014-2020.target.pollution-treatment.facilities} cơ sở',
            '{fig:kcqg-2014-2020.target.product-selection.national} kỳ bình chọn sản phẩm tiêu biểu cấp quốc gia và {fig:kcqg-2014-2020.target.product-selection.regional} kỳ cấp khu vực; hỗ trợ {fig:kcqg-2014-2020.target.trademark.facilities} cơ sở đăng ký nhãn hiệu',
            'Tổ chức {fig:kcqg-2014-2020.target.fairs.domestic-organised} hội chợ trong nước và {fig:kcqg-2014-2020.target.fairs.abroad-organised} hội chợ ở nước ngoài; đưa cơ sở đi {fig:kcqg-2014-2020.target.fairs.domestic-participation} hội chợ trong nước và {fig:kcqg-2014-2020.target.fairs.abroad-participation} hội chợ nước ngoài',
            'Quy hoạch chi tiết cho {fig:kcqg-2014-2020.target.clusters.detailed-planning} cụm công nghiệp, nâng cấp xử lý ô nhiễm cho {fig:kcqg-2014-2020.target.clusters.pollution-treatment} cụm',
            'Đào tạo nghề cho {fig:kcqg-2014-2020.target.training.workers} lao động; đào tạo {fig:kcqg-2014-2020.target.training.managers-artisans} cán bộ quản lý, kỹ thuật, thợ giỏi, nghệ nhân, {fig:kcqg-2014-2020.target.training.lecturers} giảng viên và chuyên gia sản xuất sạch hơn, cùng {fig:kcqg-2014-2020.target.training.business-courses} học viên các lớp khởi sự, quản trị doanh nghiệp',
          ],
        },
        {
          type: 'p',
          text: 'Mục tiêu dạy nghề mới còn thấp hơn số lao động thực tế đã được đào tạo ở giai đoạn trước. Khi báo cáo được viết, {fig:kcqg-2014-2020.context.kcdp-2021-2025.issued.provinces} tỉnh đã ban hành chương trình khuyến công địa phương giai đoạn 2021–2025 và {fig:kcqg-2014-2020.context.kcdp-2021-2025.drafting.provinces} tỉnh đang soạn.',
        },
        { type: 'h2', text: 'Đội ngũ: năm 2020 và năm 2022' },
        {
          type: 'p',
          text: 'Năm 2020, các trung tâm khuyến công cấp tỉnh có {fig:kcqg-2014-2020.staff.total} người, bình quân {fig:kcqg-2014-2020.staff.per-centre} người mỗi trung tâm, tăng bình quân {fig:kcqg-2014-2020.staff.growth} trong giai đoạn 2014–2020; {fig:kcqg-2014-2020.staff.field} người trực tiếp làm khuyến công tại cơ sở. Đến năm 2022, báo cáo mười năm ghi {fig:nd45-2013-2022.staff.total} người, trong đó {fig:nd45-2013-2022.staff.field} người làm tại cơ sở: cả đội ngũ lẫn lực lượng nòng cốt đều mỏng đi.',
        },
        {
          type: 'p',
          text: 'Mạng lưới cộng tác viên thì rộng ra: từ {fig:kcqg-2014-2020.collab.districts} huyện và {fig:kcqg-2014-2020.collab.communes} xã có cộng tác viên năm 2020, lên {fig:nd45-2013-2022.collab.district.districts} huyện và {fig:nd45-2013-2022.collab.commune.communes} xã năm 2022.',
        },
        {
          type: 'callout',
          text: 'Hai chỗ nhỏ không khớp. Năm 2020, tỷ lệ cán bộ có trình độ trung cấp, sơ cấp mà báo cáo ghi ({fig:kcqg-2014-2020.staff.vocational.share}) lệch một chút so với chính số người báo cáo nêu ({fig:kcqg-2014-2020.staff.vocational}). Năm 2022, báo cáo ghi bình quân {fig:nd45-2013-2022.staff.field.avg_per_centre} cán bộ làm tại cơ sở mỗi trung tâm, nhưng chia đều {fig:nd45-2013-2022.staff.field} người cho 63 trung tâm thì chưa tới mức đó.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'The national programme ({term:KCQG}) to 2020 was approved by the Prime Minister in 2014. The ministry’s closing report puts the approved khuyến công funding plan for the whole country in 2014–2020 at {fig:kcqg-2014-2020.funding.total-plan}, central and local money together.',
        },
        {
          type: 'p',
          text: 'The central share was {fig:kcqg-2014-2020.funding.kcqg} ({fig:kcqg-2014-2020.funding.kcqg.share}), {fig:kcqg-2014-2020.mgmt.mof.kcqg-annual-average} a year on average, and only {fig:kcqg-2014-2020.funding.kcqg.vs-1288-plan} of what was foreseen when the programme was approved. The provinces’ share ({term:KCĐP}) was {fig:kcqg-2014-2020.funding.kcdp} ({fig:kcqg-2014-2020.funding.kcdp.share}), growing by {fig:kcqg-2014-2020.mgmt.kcdp-funding.growth} on average.',
        },
        { type: 'h2', text: 'More money, but growing more slowly' },
        {
          type: 'p',
          text: 'The report says state funding for khuyến công rose every year, fastest in 2015 ({fig:kcqg-2014-2020.assess.budget-growth.2015}) and slowest in 2019 ({fig:kcqg-2014-2020.assess.budget-growth.2019}). It does not say whether this means central money only or local money too. Chaining those rates together, by our calculation, if 2014 is {fig:derived.kcqg-2014-2020.funding-index.2014} then 2020 is {fig:derived.kcqg-2014-2020.funding-index.2020}.',
        },
        {
          type: 'callout',
          text: 'The report gives average growth over the period as {fig:kcqg-2014-2020.assess.budget-growth.average}. The simple mean of the yearly rates the report lists is {fig:derived.kcqg-2014-2020.assess.budget-growth.mean}, the compound mean {fig:derived.kcqg-2014-2020.assess.budget-growth.compound}. Two of the rates are written as whole numbers, so the simple mean is only known roughly, and the stated figure lies within that range; it does not match the compound mean. We keep the figure as the report states it.',
        },
        { type: 'h2', text: 'Results against targets' },
        {
          type: 'p',
          text: 'Against the targets set in 2014, some parts overshot and others fell badly short:',
        },
        {
          type: 'list',
          items: [
            'Vocational training: {fig:kcqg-2014-2020.training.workers} workers, only {fig:kcqg-2014-2020.training.workers.achievement} of the period target; {fig:kcqg-2014-2020.training.employment-rate} found work afterwards.',
            'Management training: {fig:kcqg-2014-2020.mgmt-training.trainees} trainees, {fig:kcqg-2014-2020.mgmt-training.trainees.achievement} of the target.',
            'Technical demonstration models: {fig:kcqg-2014-2020.demo.models}, beating the target by {fig:kcqg-2014-2020.demo.models.excess-over-target}.',
            'Technology transfer and advanced machinery: {fig:kcqg-2014-2020.demo.tech-transfer-facilities} businesses, beating the target by {fig:kcqg-2014-2020.demo.tech-transfer-facilities.excess-over-target}.',
            'Fairs: {fig:kcqg-2014-2020.products.fair-participations} business-times helped to attend fairs at home and abroad; the report says this beat the target by {fig:kcqg-2014-2020.products.fair-participations.excess-over-target} but does not say what the target was.',
            'Industrial clusters: {fig:kcqg-2014-2020.links.clusters} clusters in {fig:kcqg-2014-2020.links.cluster-provinces} localities helped with detailed plans or infrastructure, for {fig:kcqg-2014-2020.links.cluster-funding}.',
          ],
        },
        {
          type: 'p',
          text: 'The report explains the weak training result as deliberate: the ministry scaled this work back so as not to duplicate the Ministry of Labour’s own vocational training programme for rural workers.',
        },
        { type: 'h2', text: 'Counterpart funding' },
        {
          type: 'p',
          text: 'Supported businesses have to put in money of their own. The report says participants contributed {fig:kcqg-2014-2020.funding.counterpart} in 2014–2020, meaning each đồng of state money drew in {fig:kcqg-2014-2020.funding.leverage} đồng of business investment. It does not say how this figure was compiled.',
        },
        { type: 'h2', text: 'Targets for 2021–2025' },
        {
          type: 'p',
          text: 'The new programme, approved at the end of 2020, sets these targets:',
        },
        {
          type: 'list',
          items: [
            '{fig:kcqg-2014-2020.target.demo-models} technical demonstration models; {fig:kcqg-2014-2020.target.machinery} machines and {fig:kcqg-2014-2020.target.production-lines} advanced production lines',
            'Cleaner-production assessments for {fig:kcqg-2014-2020.target.cleaner-production.assessment} businesses, pilot models at {fig:kcqg-2014-2020.target.cleaner-production.pilot}, upgraded pollution treatment at {fig:kcqg-2014-2020.target.pollution-treatment.facilities}',
            '{fig:kcqg-2014-2020.target.product-selection.national} national and {fig:kcqg-2014-2020.target.product-selection.regional} regional selections of outstanding products; trademark help for {fig:kcqg-2014-2020.target.trademark.facilities} businesses',
            'Organising {fig:kcqg-2014-2020.target.fairs.domestic-organised} fairs at home and {fig:kcqg-2014-2020.target.fairs.abroad-organised} abroad; sending businesses to {fig:kcqg-2014-2020.target.fairs.domestic-participation} domestic and {fig:kcqg-2014-2020.target.fairs.abroad-participation} foreign fairs',
            'Detailed plans for {fig:kcqg-2014-2020.target.clusters.detailed-planning} industrial clusters and upgraded pollution treatment at {fig:kcqg-2014-2020.target.clusters.pollution-treatment}',
            'Vocational training for {fig:kcqg-2014-2020.target.training.workers} workers; training for {fig:kcqg-2014-2020.target.training.managers-artisans} managers, technicians, master craftsmen and artisans, {fig:kcqg-2014-2020.target.training.lecturers} trainers and cleaner-production specialists, and {fig:kcqg-2014-2020.target.training.business-courses} trainees in start-up and business management courses',
          ],
        },
        {
          type: 'p',
          text: 'The new training target is lower even than the number actually trained in the previous period. When the report was written, {fig:kcqg-2014-2020.context.kcdp-2021-2025.issued.provinces} provinces had issued a local programme for 2021–2025 and {fig:kcqg-2014-2020.context.kcdp-2021-2025.drafting.provinces} were still drafting one.',
        },
        { type: 'h2', text: 'The people: 2020 and 2022' },
        {
          type: 'p',
          text: 'In 2020 the provincial khuyến công centres employed {fig:kcqg-2014-2020.staff.total} people, {fig:kcqg-2014-2020.staff.per-centre} per centre on average, after growth of {fig:kcqg-2014-2020.staff.growth} on average over 2014–2020; {fig:kcqg-2014-2020.staff.field} of them worked directly with businesses in the field. By 2022 the ten-year review counts {fig:nd45-2013-2022.staff.total} people, {fig:nd45-2013-2022.staff.field} of them in the field: both the workforce and its front line had thinned.',
        },
        {
          type: 'p',
          text: 'The network of part-time collaborators grew instead: from {fig:kcqg-2014-2020.collab.districts} districts and {fig:kcqg-2014-2020.collab.communes} communes with collaborators in 2020 to {fig:nd45-2013-2022.collab.district.districts} districts and {fig:nd45-2013-2022.collab.commune.communes} communes in 2022.',
        },
        {
          type: 'callout',
          text: 'Two small mismatches. For 2020, the share of staff with secondary or vocational qualifications given in the report ({fig:kcqg-2014-2020.staff.vocational.share}) is slightly off from the head count it gives ({fig:kcqg-2014-2020.staff.vocational}). For 2022, the review gives an average of {fig:nd45-2013-2022.staff.field.avg_per_centre} field staff per centre, but {fig:nd45-2013-2022.staff.field} people shared across 63 centres comes to less than that.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── regions
  {
    key: 'regions',
    title: {
      vi: 'Sáu vùng: ai nhận bao nhiêu',
      en: 'Six regions: who got how much',
    },
    summary: {
      vi: 'Kinh phí khuyến công 2014–2020 theo sáu vùng, bình quân mỗi tỉnh, và một khoản lớn không thuộc vùng nào.',
      en: 'Khuyến công funding in 2014–2020 across six regions, the average per province, and a large sum that belongs to no region.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Báo cáo tổng kết chương trình 2014–2020 chia kinh phí khuyến công, gồm cả {term:KCQG} lẫn {term:KCĐP} theo kế hoạch được duyệt, cho sáu vùng. Bình quân cả nước, mỗi tỉnh có {fig:kcqg-2014-2020.funding.avg-per-province} trong cả giai đoạn.',
        },
        {
          type: 'list',
          items: [
            'Đồng bằng sông Hồng: {fig:kcqg-2014-2020.region.red-river.amount} ({fig:kcqg-2014-2020.region.red-river.share})',
            'Bắc Trung Bộ và duyên hải miền Trung: {fig:kcqg-2014-2020.region.north-central-coast.amount} ({fig:kcqg-2014-2020.region.north-central-coast.share})',
            'Trung du và miền núi phía Bắc: {fig:kcqg-2014-2020.region.northern-midlands.amount} ({fig:kcqg-2014-2020.region.northern-midlands.share})',
            'Đồng bằng sông Cửu Long: {fig:kcqg-2014-2020.region.mekong-delta.amount} ({fig:kcqg-2014-2020.region.mekong-delta.share})',
            'Đông Nam Bộ: {fig:kcqg-2014-2020.region.southeast.amount} ({fig:kcqg-2014-2020.region.southeast.share})',
            'Tây Nguyên: {fig:kcqg-2014-2020.region.central-highlands.amount} ({fig:kcqg-2014-2020.region.central-highlands.share})',
          ],
        },
        {
          type: 'p',
          text: 'Theo báo cáo, tiền nhiều hay ít phụ thuộc vào việc tỉnh có quan tâm và có ngân sách hay không. Mỗi tỉnh Đồng bằng sông Hồng nhận bình quân {fig:kcqg-2014-2020.region.red-river.avg-per-province}, cao nhất trong sáu vùng. Có {fig:kcqg-2014-2020.province.above-average-count} tỉnh vượt mức bình quân cả nước, dẫn đầu là Hà Nội với {fig:kcqg-2014-2020.province.ha-noi.amount}; ở chiều ngược lại, Cần Thơ chỉ có {fig:kcqg-2014-2020.province.can-tho.amount}.',
        },
        {
          type: 'callout',
          text: 'Khoảng trống lớn nhất: cộng tiền của sáu vùng lại, theo tính toán của chúng tôi, vẫn còn thiếu {fig:derived.kcqg-2014-2020.region.unassigned.amount}, tức {fig:derived.kcqg-2014-2020.region.unassigned.share} tổng kinh phí cả nước. Báo cáo không nói phần này đi đâu. Chúng tôi không đoán; trên các biểu đồ, nó được ghi là “không phân bổ theo vùng”.',
        },
        {
          type: 'callout',
          text: 'Báo cáo gọi Trung du và miền núi phía Bắc là vùng có bình quân thấp nhất ({fig:kcqg-2014-2020.region.northern-midlands.avg-per-province} mỗi tỉnh). Nhưng theo chính số liệu của báo cáo, Đồng bằng sông Cửu Long còn thấp hơn: {fig:kcqg-2014-2020.region.mekong-delta.amount} chia cho {fig:kcqg-2014-2020.region.mekong-delta.provinces} tỉnh, theo tính toán của chúng tôi, là {fig:derived.kcqg-2014-2020.region.mekong-delta.avg-per-province} mỗi tỉnh.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'The closing report on the 2014–2020 programme splits approved khuyến công funding, both {term:KCQG} and {term:KCĐP}, across six regions. Across the country, each province had {fig:kcqg-2014-2020.funding.avg-per-province} on average over the whole period.',
        },
        {
          type: 'list',
          items: [
            'Red River Delta: {fig:kcqg-2014-2020.region.red-river.amount} ({fig:kcqg-2014-2020.region.red-river.share})',
            'North Central and Central Coast: {fig:kcqg-2014-2020.region.north-central-coast.amount} ({fig:kcqg-2014-2020.region.north-central-coast.share})',
            'Northern Midlands and Mountains: {fig:kcqg-2014-2020.region.northern-midlands.amount} ({fig:kcqg-2014-2020.region.northern-midlands.share})',
            'Mekong Delta: {fig:kcqg-2014-2020.region.mekong-delta.amount} ({fig:kcqg-2014-2020.region.mekong-delta.share})',
            'South East: {fig:kcqg-2014-2020.region.southeast.amount} ({fig:kcqg-2014-2020.region.southeast.share})',
            'Central Highlands: {fig:kcqg-2014-2020.region.central-highlands.amount} ({fig:kcqg-2014-2020.region.central-highlands.share})',
          ],
        },
        {
          type: 'p',
          text: 'The report says how much a province got depended on how much it cared and what its budget allowed. A Red River Delta province received {fig:kcqg-2014-2020.region.red-river.avg-per-province} on average, the most of the six regions. {fig:kcqg-2014-2020.province.above-average-count} provinces were above the national average, led by Hanoi with {fig:kcqg-2014-2020.province.ha-noi.amount}; at the other end, Cần Thơ had just {fig:kcqg-2014-2020.province.can-tho.amount}.',
        },
        {
          type: 'callout',
          text: 'The biggest gap: add up the six regions and, by our calculation, {fig:derived.kcqg-2014-2020.region.unassigned.amount} is still missing, {fig:derived.kcqg-2014-2020.region.unassigned.share} of the national total. The report does not say where it went. We do not guess; the charts show it as “not assigned to a region”.',
        },
        {
          type: 'callout',
          text: 'The report names the Northern Midlands and Mountains as the region with the lowest average ({fig:kcqg-2014-2020.region.northern-midlands.avg-per-province} per province). By its own figures, though, the Mekong Delta is lower: {fig:kcqg-2014-2020.region.mekong-delta.amount} shared among {fig:kcqg-2014-2020.region.mekong-delta.provinces} provinces comes, by our calculation, to {fig:derived.kcqg-2014-2020.region.mekong-delta.avg-per-province} each.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── region-DBSH
  {
    key: 'region-DBSH',
    title: { vi: 'Đồng bằng sông Hồng', en: 'Red River Delta' },
    summary: {
      vi: 'Vùng nhận nhiều tiền khuyến công nhất, cả tổng lẫn bình quân mỗi tỉnh, với Hà Nội đứng đầu cả nước.',
      en: 'The region with the most khuyến công money, in total and per province, with Hanoi at the top of the country.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Với {fig:kcqg-2014-2020.region.red-river.provinces} tỉnh, thành phố, Đồng bằng sông Hồng nhận {fig:kcqg-2014-2020.region.red-river.amount} kinh phí khuyến công giai đoạn 2014–2020, tức {fig:kcqg-2014-2020.region.red-river.share} cả nước, nhiều nhất trong sáu vùng. Bình quân mỗi tỉnh có {fig:kcqg-2014-2020.region.red-river.avg-per-province}, cũng cao nhất. Riêng Hà Nội có {fig:kcqg-2014-2020.province.ha-noi.amount}, nhiều nhất trong các tỉnh được báo cáo nêu tên.',
        },
        {
          type: 'p',
          text: 'Cả vùng nằm trong nhóm 28 tỉnh phía Bắc, nơi năm 2022 chi {fig:north-2023.funding.2022.total} cho khuyến công, đạt {fig:north-2023.funding.2022.total.vs-plan} kế hoạch; Hà Nội, Vĩnh Phúc, Ninh Bình và Bắc Ninh được nêu trong số các tỉnh tiếp tục dành ngân sách riêng cho {term:KCĐP}. Năm 2022, trung tâm khuyến công của Hà Nội, Ninh Bình và Vĩnh Phúc đông người nhất nước, còn của Hải Dương, Hưng Yên và Nam Định thuộc nhóm ít người nhất. Bắc Ninh có một trong những đề án điểm đầu tiên năm 2018, cho cụm công nghiệp đa nghề Đông Thọ; Thái Bình có cộng tác viên khuyến công ở cả cấp huyện lẫn cấp xã.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'With {fig:kcqg-2014-2020.region.red-river.provinces} provinces and cities, the Red River Delta received {fig:kcqg-2014-2020.region.red-river.amount} of khuyến công funding in 2014–2020, {fig:kcqg-2014-2020.region.red-river.share} of the national total and the most of the six regions. Its average per province, {fig:kcqg-2014-2020.region.red-river.avg-per-province}, was also the highest. Hanoi alone had {fig:kcqg-2014-2020.province.ha-noi.amount}, the most of any province the report names.',
        },
        {
          type: 'p',
          text: 'The whole region belongs to the group of 28 northern provinces, which spent {fig:north-2023.funding.2022.total} on khuyến công in 2022, {fig:north-2023.funding.2022.total.vs-plan} of plan; Hanoi, Vĩnh Phúc, Ninh Bình and Bắc Ninh are named among the provinces that keep funding local programmes ({term:KCĐP}) from their own budgets. In 2022 the khuyến công centres of Hanoi, Ninh Bình and Vĩnh Phúc were the best staffed in the country, while those of Hải Dương, Hưng Yên and Nam Định were among the smallest. Bắc Ninh ran one of the first pilot projects in 2018, for the Đông Thọ multi-craft cluster; Thái Bình has khuyến công collaborators at both district and commune level.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── region-TDMNPB
  {
    key: 'region-TDMNPB',
    title: { vi: 'Trung du và miền núi phía Bắc', en: 'Northern Midlands and Mountains' },
    summary: {
      vi: 'Vùng đông tỉnh nhất nhưng bình quân mỗi tỉnh thấp; báo cáo gọi đây là vùng thấp nhất, dù chính số liệu của nó nói khác.',
      en: 'The region with the most provinces but a low average per province; the report calls it the lowest, though its own figures say otherwise.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: '{fig:kcqg-2014-2020.region.northern-midlands.provinces} tỉnh Trung du và miền núi phía Bắc nhận {fig:kcqg-2014-2020.region.northern-midlands.amount} kinh phí khuyến công giai đoạn 2014–2020, tức {fig:kcqg-2014-2020.region.northern-midlands.share} cả nước, bình quân {fig:kcqg-2014-2020.region.northern-midlands.avg-per-province} mỗi tỉnh. Báo cáo gọi đây là vùng có bình quân thấp nhất, nhưng theo chính số liệu của báo cáo, Đồng bằng sông Cửu Long còn thấp hơn ({fig:derived.kcqg-2014-2020.region.mekong-delta.avg-per-province} mỗi tỉnh, theo tính toán của chúng tôi).',
        },
        {
          type: 'p',
          text: 'Toàn vùng thuộc nhóm 28 tỉnh phía Bắc, nơi năm 2022 khuyến công hỗ trợ {fig:north-2023.models.2022.total} mô hình trình diễn kỹ thuật và {fig:north-2023.machinery.2022.total} cơ sở {term:CNNT} ứng dụng máy móc tiên tiến. Ở Phú Thọ, một mô hình chế biến hồng trà tạo việc làm cho {fig:nd45-2013-2022.case.phu_tho.workers} lao động và nộp ngân sách {fig:nd45-2013-2022.case.phu_tho.budget_payment} mỗi năm. Trung tâm khuyến công của Lai Châu và Sơn La thuộc nhóm ít người nhất nước, còn Lào Cai thuộc nhóm đông người; năm 2022, Lai Châu là một trong hai tỉnh có trung tâm chỉ mang tên Trung tâm Khuyến công.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'The {fig:kcqg-2014-2020.region.northern-midlands.provinces} provinces of the Northern Midlands and Mountains received {fig:kcqg-2014-2020.region.northern-midlands.amount} of khuyến công funding in 2014–2020, {fig:kcqg-2014-2020.region.northern-midlands.share} of the national total, or {fig:kcqg-2014-2020.region.northern-midlands.avg-per-province} per province. The report calls this the region with the lowest average, but by its own figures the Mekong Delta is lower ({fig:derived.kcqg-2014-2020.region.mekong-delta.avg-per-province} per province, by our calculation).',
        },
        {
          type: 'p',
          text: 'The whole region is part of the group of 28 northern provinces, where in 2022 khuyến công supported {fig:north-2023.models.2022.total} technical demonstration models and helped {fig:north-2023.machinery.2022.total} {term:CNNT} businesses adopt advanced machinery. In Phú Thọ a black-tea demonstration model employs {fig:nd45-2013-2022.case.phu_tho.workers} workers and pays {fig:nd45-2013-2022.case.phu_tho.budget_payment} a year to the state budget. The khuyến công centres of Lai Châu and Sơn La are among the smallest in the country, Lào Cai’s among the larger ones; in 2022 Lai Châu was one of only two provinces whose centre was called simply Trung tâm Khuyến công.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── region-BTB_DHMT
  {
    key: 'region-BTB_DHMT',
    title: { vi: 'Bắc Trung Bộ và duyên hải miền Trung', en: 'North Central and Central Coast' },
    summary: {
      vi: 'Vùng nhận nhiều tiền thứ hai, nhưng bình quân mỗi tỉnh dưới mức cả nước; Quảng Nam là ngoại lệ.',
      en: 'The region with the second-largest total, but a below-average amount per province; Quảng Nam is the exception.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: '{fig:kcqg-2014-2020.region.north-central-coast.provinces} tỉnh, thành phố Bắc Trung Bộ và duyên hải miền Trung nhận {fig:kcqg-2014-2020.region.north-central-coast.amount} kinh phí khuyến công giai đoạn 2014–2020, tức {fig:kcqg-2014-2020.region.north-central-coast.share} cả nước. Bình quân mỗi tỉnh có {fig:kcqg-2014-2020.region.north-central-coast.avg-per-province}, thấp hơn mức {fig:kcqg-2014-2020.funding.avg-per-province} của cả nước. Quảng Nam là ngoại lệ với {fig:kcqg-2014-2020.province.quang-nam.amount}, một trong các tỉnh vượt mức bình quân được báo cáo nêu tên.',
        },
        {
          type: 'p',
          text: 'Thanh Hóa, Nghệ An và Hà Tĩnh tham gia nhóm 28 tỉnh phía Bắc, nơi năm 2022 chi {fig:north-2023.funding.2022.total} cho khuyến công; Nghệ An được nêu trong số các tỉnh tiếp tục dành ngân sách riêng cho việc này. Thanh Hóa có một trong những đề án điểm đầu tiên năm 2018, về chế biến lâm sản. Nghệ An và Quảng Bình là ví dụ về tư vấn thành lập doanh nghiệp ở vùng khó khăn; Quảng Trị có mạng lưới cộng tác viên cấp huyện, Quảng Nam có cộng tác viên cấp xã, còn Bình Định đang thí điểm.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'The {fig:kcqg-2014-2020.region.north-central-coast.provinces} provinces and cities of the North Central and Central Coast region received {fig:kcqg-2014-2020.region.north-central-coast.amount} of khuyến công funding in 2014–2020, {fig:kcqg-2014-2020.region.north-central-coast.share} of the national total. The average per province, {fig:kcqg-2014-2020.region.north-central-coast.avg-per-province}, is below the national {fig:kcqg-2014-2020.funding.avg-per-province}. Quảng Nam is the exception with {fig:kcqg-2014-2020.province.quang-nam.amount}, one of the above-average provinces the report names.',
        },
        {
          type: 'p',
          text: 'Thanh Hóa, Nghệ An and Hà Tĩnh belong to the group of 28 northern provinces, which spent {fig:north-2023.funding.2022.total} on khuyến công in 2022; Nghệ An is named among the provinces that keep putting their own budget into it. Thanh Hóa ran one of the first pilot projects in 2018, on forest-product processing. Nghệ An and Quảng Bình are the report’s examples of help with setting up businesses in poor areas; Quảng Trị has a district-level collaborator network, Quảng Nam has commune-level collaborators and Bình Định is trying one out.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── region-TN
  {
    key: 'region-TN',
    title: { vi: 'Tây Nguyên', en: 'Central Highlands' },
    summary: {
      vi: 'Vùng nhận ít tiền nhất tính theo tổng, trong đó Lâm Đồng chiếm phần lớn.',
      en: 'The region with the smallest total, most of it in Lâm Đồng.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Tây Nguyên có {fig:kcqg-2014-2020.region.central-highlands.provinces} tỉnh và nhận {fig:kcqg-2014-2020.region.central-highlands.amount} kinh phí khuyến công giai đoạn 2014–2020, tức {fig:kcqg-2014-2020.region.central-highlands.share} cả nước, phần nhỏ nhất trong sáu vùng. Báo cáo không nêu bình quân mỗi tỉnh; theo tính toán của chúng tôi, con số là {fig:derived.kcqg-2014-2020.region.central-highlands.avg-per-province}, sát mức bình quân cả nước.',
        },
        {
          type: 'p',
          text: 'Phần lớn số tiền đó thuộc về Lâm Đồng, với {fig:kcqg-2014-2020.province.lam-dong.amount}, đứng thứ hai trong các tỉnh được báo cáo nêu tên, sau Hà Nội. Lâm Đồng có đề án điểm năm 2018 về nâng cao năng suất và chất lượng chế biến cà phê, và là một trong hai tỉnh nơi Nhà nước bảo đảm {fig:nd45-2013-2022.org.autonomy.lam_dong.state_share} chi phí cho các vị trí làm khuyến công ở trung tâm. Trong khi đó, trung tâm khuyến công Kon Tum thuộc nhóm ít người nhất nước.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'The Central Highlands has {fig:kcqg-2014-2020.region.central-highlands.provinces} provinces and received {fig:kcqg-2014-2020.region.central-highlands.amount} of khuyến công funding in 2014–2020, {fig:kcqg-2014-2020.region.central-highlands.share} of the national total and the smallest share of the six regions. The report gives no average per province; by our calculation it is {fig:derived.kcqg-2014-2020.region.central-highlands.avg-per-province}, close to the national average.',
        },
        {
          type: 'p',
          text: 'Most of that money went to Lâm Đồng, with {fig:kcqg-2014-2020.province.lam-dong.amount}, second only to Hanoi among the provinces the report names. Lâm Đồng ran a pilot project from 2018 to raise productivity and quality in coffee processing, and is one of two provinces where the state covers {fig:nd45-2013-2022.org.autonomy.lam_dong.state_share} of the cost of the centre’s khuyến công posts. Kon Tum’s centre, by contrast, is among the smallest in the country.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── region-DNB
  {
    key: 'region-DNB',
    title: { vi: 'Đông Nam Bộ', en: 'South East' },
    summary: {
      vi: 'Vùng công nghiệp phía Nam, với Đồng Nai nhận nhiều tiền và Bình Phước làm đề án điểm hạt điều.',
      en: 'The southern industrial region, where Đồng Nai received a large sum and Bình Phước ran the cashew pilot.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Theo cách chia của báo cáo, Đông Nam Bộ gồm {fig:kcqg-2014-2020.region.southeast.provinces} tỉnh, thành phố, kể cả Bình Thuận. Vùng nhận {fig:kcqg-2014-2020.region.southeast.amount} kinh phí khuyến công giai đoạn 2014–2020, tức {fig:kcqg-2014-2020.region.southeast.share} cả nước, bình quân {fig:kcqg-2014-2020.region.southeast.avg-per-province} mỗi tỉnh. Riêng Đồng Nai có {fig:kcqg-2014-2020.province.dong-nai.amount}, một trong các tỉnh vượt mức bình quân được báo cáo nêu tên.',
        },
        {
          type: 'p',
          text: 'Bình Phước là ví dụ được nhắc nhiều nhất: tỉnh có đề án điểm về chế biến hạt điều từ năm 2018, và khảo sát {fig:nd45-2013-2022.case.binh_phuoc.survey.facilities} cơ sở được hỗ trợ năm 2020–2021 cho thấy {fig:nd45-2013-2022.case.binh_phuoc.survey.revenue_up} có doanh thu năm 2021 cao hơn năm 2020. Vùng này cũng đi đầu về cộng tác viên: Bình Dương và Đồng Nai có cộng tác viên khuyến công ở cả cấp huyện lẫn cấp xã. Năm 2020, trung tâm của TP. Hồ Chí Minh, Bình Dương và Đồng Nai nằm trong nhóm đông người nhất.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'As the report draws it, the South East has {fig:kcqg-2014-2020.region.southeast.provinces} provinces and cities, including Bình Thuận. The region received {fig:kcqg-2014-2020.region.southeast.amount} of khuyến công funding in 2014–2020, {fig:kcqg-2014-2020.region.southeast.share} of the national total, or {fig:kcqg-2014-2020.region.southeast.avg-per-province} per province. Đồng Nai alone had {fig:kcqg-2014-2020.province.dong-nai.amount}, one of the above-average provinces the report names.',
        },
        {
          type: 'p',
          text: 'Bình Phước is the example cited most: it has run a cashew-processing pilot project since 2018, and a survey of {fig:nd45-2013-2022.case.binh_phuoc.survey.facilities} businesses supported in 2020–2021 found that {fig:nd45-2013-2022.case.binh_phuoc.survey.revenue_up} had higher revenue in 2021 than in 2020. The region also leads on collaborators: Bình Dương and Đồng Nai have khuyến công collaborators at both district and commune level. In 2020 the centres of Ho Chi Minh City, Bình Dương and Đồng Nai were among the best staffed.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── region-DBSCL
  {
    key: 'region-DBSCL',
    title: { vi: 'Đồng bằng sông Cửu Long', en: 'Mekong Delta' },
    summary: {
      vi: 'Theo chính số liệu của báo cáo, đây là vùng có bình quân mỗi tỉnh thấp nhất, dù báo cáo không nói vậy.',
      en: 'By the report’s own figures, the region with the lowest average per province, though the report does not say so.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: '{fig:kcqg-2014-2020.region.mekong-delta.provinces} tỉnh, thành phố Đồng bằng sông Cửu Long nhận {fig:kcqg-2014-2020.region.mekong-delta.amount} kinh phí khuyến công giai đoạn 2014–2020, tức {fig:kcqg-2014-2020.region.mekong-delta.share} cả nước. Báo cáo không nêu bình quân cho vùng này; theo tính toán của chúng tôi, mỗi tỉnh chỉ có {fig:derived.kcqg-2014-2020.region.mekong-delta.avg-per-province}, thấp nhất trong sáu vùng, dù báo cáo lại gọi Trung du và miền núi phía Bắc là vùng thấp nhất. Cần Thơ chỉ có {fig:kcqg-2014-2020.province.can-tho.amount}, thuộc nhóm tỉnh có {fig:kcqg-2014-2020.province.low-funding-threshold} trong cả giai đoạn.',
        },
        {
          type: 'p',
          text: 'Trà Vinh là tỉnh duy nhất trong bộ dữ liệu có báo cáo riêng: giai đoạn 2016–2020, tỉnh thực hiện cả chương trình {term:KCQG} lẫn chương trình của tỉnh với tổng kinh phí {fig:tra-vinh-2016-2020.funding.total}. Long An, An Giang, Kiên Giang và Bạc Liêu có mạng lưới cộng tác viên cấp huyện; Long An và Hậu Giang thuộc nhóm trung tâm đông người, còn Cà Mau, năm 2022, là một trong hai tỉnh có trung tâm chỉ mang tên Trung tâm Khuyến công.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'The {fig:kcqg-2014-2020.region.mekong-delta.provinces} provinces and cities of the Mekong Delta received {fig:kcqg-2014-2020.region.mekong-delta.amount} of khuyến công funding in 2014–2020, {fig:kcqg-2014-2020.region.mekong-delta.share} of the national total. The report gives no average for this region; by our calculation each province had only {fig:derived.kcqg-2014-2020.region.mekong-delta.avg-per-province}, the lowest of the six regions, even though the report names the Northern Midlands as the lowest. Cần Thơ had just {fig:kcqg-2014-2020.province.can-tho.amount}, among the provinces with {fig:kcqg-2014-2020.province.low-funding-threshold} over the whole period.',
        },
        {
          type: 'p',
          text: 'Trà Vinh is the only province in our data with a report of its own: in 2016–2020 it ran both the national programme ({term:KCQG}) and its own, with total funding of {fig:tra-vinh-2016-2020.funding.total}. Long An, An Giang, Kiên Giang and Bạc Liêu have district-level collaborator networks; Long An and Hậu Giang have among the larger centres, and in 2022 Cà Mau was one of two provinces whose centre was called simply Trung tâm Khuyến công.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── north
  {
    key: 'north',
    title: {
      vi: '28 tỉnh phía Bắc: năm 2022 và nửa đầu năm 2023',
      en: 'The 28 northern provinces: 2022 and the first half of 2023',
    },
    summary: {
      vi: 'Kết quả khuyến công năm 2022, kế hoạch năm 2023 và tiến độ nửa đầu năm của các tỉnh phía Bắc, theo hội nghị khuyến công khu vực tại Hạ Long.',
      en: 'Khuyến công results for 2022, the 2023 plan and progress in the first half of the year in the northern provinces, as reported to the regional conference in Hạ Long.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Cuối tháng Bảy năm 2023, Hội nghị khuyến công các tỉnh phía Bắc lần thứ XVII họp tại Hạ Long, do Cục {term:CTĐP} và Sở Công Thương Quảng Ninh tổ chức. Báo cáo tại hội nghị tổng hợp số liệu của 28 tỉnh, thành phố, từ Hà Giang đến Hà Tĩnh.',
        },
        { type: 'h2', text: 'Năm 2022' },
        {
          type: 'p',
          text: 'Năm 2022, 28 tỉnh chi {fig:north-2023.funding.2022.total} cho khuyến công, đạt {fig:north-2023.funding.2022.total.vs-plan} kế hoạch. Phần {term:KCQG} là {fig:north-2023.funding.2022.kcqg}, đạt {fig:north-2023.funding.2022.kcqg.vs-plan}; phần {term:KCĐP} là {fig:north-2023.funding.2022.kcdp}, đạt {fig:north-2023.funding.2022.kcdp.vs-plan}. Tiền địa phương nhiều hơn, nhưng giải ngân chậm hơn.',
        },
        {
          type: 'list',
          items: [
            '{fig:north-2023.models.2022.total} mô hình trình diễn kỹ thuật ({fig:north-2023.models.2022.kcqg} từ KCQG, {fig:north-2023.models.2022.kcdp} từ KCĐP)',
            '{fig:north-2023.machinery.2022.total} cơ sở được hỗ trợ ứng dụng máy móc tiên tiến ({fig:north-2023.machinery.2022.kcqg} từ KCQG, {fig:north-2023.machinery.2022.kcdp} từ KCĐP)',
            '{fig:north-2023.cleaner-production.2022.total} cơ sở được đánh giá sản xuất sạch hơn',
            '{fig:north-2023.fairs.2022.booths} gian hàng tiêu chuẩn cho {fig:north-2023.fairs.2022.facilities} lượt cơ sở dự hội chợ trong nước',
            '{fig:north-2023.products.2022.selected} sản phẩm được hỗ trợ tham gia bình chọn, từ {fig:north-2023.products.2022.facilities} lượt cơ sở; {fig:north-2023.promotion.2022.brands} cơ sở được hỗ trợ đăng ký thương hiệu, {fig:north-2023.promotion.2022.showrooms} cơ sở có phòng trưng bày, {fig:north-2023.promotion.2022.logo-labels} cơ sở in nhãn logo của chương trình bình chọn',
            '{fig:north-2023.training.2022.workers} lao động học nghề, {fig:north-2023.training.2022.employment} có việc làm sau đào tạo; {fig:north-2023.training.2022.managers} cán bộ quản lý cơ sở được đào tạo',
            '{fig:north-2023.events.2022.workshops} hội thảo, tập huấn với {fig:north-2023.events.2022.delegates} đại biểu',
          ],
        },
        {
          type: 'p',
          text: 'Để có mô hình và máy móc, các cơ sở tự bỏ thêm {fig:north-2023.counterpart.2022.total} vốn đối ứng. Ngoài khuyến công, các đơn vị còn làm dịch vụ {term:TVPTCN} có thu: năm 2022 là {fig:north-2023.consulting.2022.projects} dự án, doanh thu {fig:north-2023.consulting.2022.revenue}.',
        },
        { type: 'h2', text: 'Năm 2023' },
        {
          type: 'p',
          text: 'Kế hoạch kinh phí năm 2023 của 28 tỉnh là {fig:north-2023.funding.2023.plan.total}, gồm {fig:north-2023.funding.2023.plan.kcqg} tiền KCQG và {fig:north-2023.funding.2023.plan.kcdp} tiền KCĐP.',
        },
        {
          type: 'callout',
          text: 'Báo cáo nói kế hoạch năm 2023 thấp hơn kế hoạch năm 2022, tức thay đổi {fig:north-2023.funding.2023.plan.total.change-vs-2022-plan}. Báo cáo không nêu kế hoạch năm 2022; theo tính toán của chúng tôi từ số đã chi và tỷ lệ đạt, kế hoạch đó là {fig:derived.north-2023.funding.2022.total.plan}, nên mức thay đổi là {fig:derived.north-2023.funding.2023.plan.change-vs-2022-plan}. Chênh lệch nằm trong phạm vi làm tròn của các số báo cáo ghi, nên hai con số phù hợp với nhau.',
        },
        {
          type: 'p',
          text: 'Nửa đầu năm 2023, toàn vùng chi {fig:north-2023.funding.2023h1.total}, mới đạt {fig:north-2023.funding.2023h1.total.vs-plan} kế hoạch năm. Phần KCQG ước đạt {fig:north-2023.funding.2023h1.kcqg} ({fig:north-2023.funding.2023h1.kcqg.vs-plan} kế hoạch), phần KCĐP ước chỉ {fig:north-2023.funding.2023h1.kcdp} ({fig:north-2023.funding.2023h1.kcdp.vs-plan}): tiền địa phương lại được chi chậm hơn.',
        },
        {
          type: 'p',
          text: 'Báo cáo còn nói số chi nửa đầu năm cao hơn cùng kỳ năm trước {fig:north-2023.funding.2023h1.total.change-vs-2022h1}, nhưng không rõ đó là mức tăng thêm hay là tỷ lệ so với cùng kỳ, nên chúng tôi không dùng con số này để so sánh.',
        },
        {
          type: 'p',
          text: 'Về tư vấn, các đơn vị dự kiến làm {fig:north-2023.consulting.2023.plan.projects} dự án trong năm 2023; nửa đầu năm đã làm {fig:north-2023.consulting.2023h1.projects} dự án, doanh thu {fig:north-2023.consulting.2023h1.revenue}, đạt {fig:north-2023.consulting.2023h1.revenue.vs-plan} kế hoạch doanh thu năm.',
        },
        {
          type: 'p',
          text: 'Tại hội nghị, Bộ trưởng Bộ Công Thương tặng bằng khen cho {fig:north-2023.awards.2022.collectives} tập thể và {fig:north-2023.awards.2022.individuals} cá nhân vì thành tích khuyến công năm 2022. Hà Nội sẽ đăng cai hội nghị năm 2024.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'In late July 2023 the seventeenth khuyến công conference of the northern provinces met in Hạ Long, organised by the ministry’s regional agency ({term:CTĐP}) and Quảng Ninh’s Department of Industry and Trade. The report to the conference pools figures from 28 provinces and cities, from Hà Giang down to Hà Tĩnh.',
        },
        { type: 'h2', text: '2022' },
        {
          type: 'p',
          text: 'In 2022 the 28 provinces spent {fig:north-2023.funding.2022.total} on khuyến công, {fig:north-2023.funding.2022.total.vs-plan} of plan. The national programme ({term:KCQG}) accounted for {fig:north-2023.funding.2022.kcqg}, {fig:north-2023.funding.2022.kcqg.vs-plan} of its plan; local programmes ({term:KCĐP}) for {fig:north-2023.funding.2022.kcdp}, {fig:north-2023.funding.2022.kcdp.vs-plan} of theirs. Local money was larger but slower to be spent.',
        },
        {
          type: 'list',
          items: [
            '{fig:north-2023.models.2022.total} technical demonstration models ({fig:north-2023.models.2022.kcqg} from KCQG, {fig:north-2023.models.2022.kcdp} from KCĐP)',
            '{fig:north-2023.machinery.2022.total} businesses helped to adopt advanced machinery ({fig:north-2023.machinery.2022.kcqg} from KCQG, {fig:north-2023.machinery.2022.kcdp} from KCĐP)',
            '{fig:north-2023.cleaner-production.2022.total} businesses given a cleaner-production assessment',
            '{fig:north-2023.fairs.2022.booths} standard booths for {fig:north-2023.fairs.2022.facilities} business-times at domestic fairs',
            '{fig:north-2023.products.2022.selected} products helped into selections, from {fig:north-2023.products.2022.facilities} business entries; {fig:north-2023.promotion.2022.brands} businesses helped to register a brand, {fig:north-2023.promotion.2022.showrooms} given a showroom, {fig:north-2023.promotion.2022.logo-labels} helped to print the selection logo on their labels',
            '{fig:north-2023.training.2022.workers} workers trained in a trade, {fig:north-2023.training.2022.employment} of them in work afterwards; {fig:north-2023.training.2022.managers} business managers trained',
            '{fig:north-2023.events.2022.workshops} workshops and training sessions with {fig:north-2023.events.2022.delegates} delegates',
          ],
        },
        {
          type: 'p',
          text: 'To get their models and machines, businesses put in {fig:north-2023.counterpart.2022.total} of their own money. Besides khuyến công, the centres also sell industrial development consulting ({term:TVPTCN}): {fig:north-2023.consulting.2022.projects} projects in 2022, with revenue of {fig:north-2023.consulting.2022.revenue}.',
        },
        { type: 'h2', text: '2023' },
        {
          type: 'p',
          text: 'The 28 provinces’ funding plan for 2023 is {fig:north-2023.funding.2023.plan.total}: {fig:north-2023.funding.2023.plan.kcqg} of KCQG money and {fig:north-2023.funding.2023.plan.kcdp} of KCĐP money.',
        },
        {
          type: 'callout',
          text: 'The report says the 2023 plan is lower than the 2022 plan, a change of {fig:north-2023.funding.2023.plan.total.change-vs-2022-plan}. It does not give the 2022 plan; by our calculation from what was spent and the rate achieved, that plan was {fig:derived.north-2023.funding.2022.total.plan}, so the change is {fig:derived.north-2023.funding.2023.plan.change-vs-2022-plan}. The gap lies within the rounding of the figures the report gives, so the two are consistent.',
        },
        {
          type: 'p',
          text: 'In the first half of 2023 the region spent {fig:north-2023.funding.2023h1.total}, only {fig:north-2023.funding.2023h1.total.vs-plan} of the year’s plan. KCQG spending was estimated at {fig:north-2023.funding.2023h1.kcqg} ({fig:north-2023.funding.2023h1.kcqg.vs-plan} of plan), KCĐP spending at just {fig:north-2023.funding.2023h1.kcdp} ({fig:north-2023.funding.2023h1.kcdp.vs-plan}): once again local money was spent more slowly.',
        },
        {
          type: 'p',
          text: 'The report also says first-half spending was {fig:north-2023.funding.2023h1.total.change-vs-2022h1} higher than a year earlier, but it is unclear whether that is the increase or the ratio to the same period, so we do not use it for comparison.',
        },
        {
          type: 'p',
          text: 'On consulting, the centres expect {fig:north-2023.consulting.2023.plan.projects} projects in 2023; by mid-year they had done {fig:north-2023.consulting.2023h1.projects}, earning {fig:north-2023.consulting.2023h1.revenue}, {fig:north-2023.consulting.2023h1.revenue.vs-plan} of the year’s revenue plan.',
        },
        {
          type: 'p',
          text: 'At the conference the Minister of Industry and Trade’s certificates of merit went to {fig:north-2023.awards.2022.collectives} teams and {fig:north-2023.awards.2022.individuals} individuals for their khuyến công work in 2022. Hanoi will host the 2024 conference.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── theme-training
  {
    key: 'theme-training',
    title: { vi: 'Đào tạo nghề và đào tạo quản lý', en: 'Vocational and management training' },
    summary: {
      vi: 'Khuyến công dạy nghề cho lao động nông thôn và dạy quản lý cho chủ cơ sở; chương trình quốc gia trượt xa mục tiêu dạy nghề, nhưng có lý do.',
      en: 'Khuyến công trains rural workers in a trade and business owners in management; the national programme fell far short of its training target, for a reason.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Dạy nghề là hoạt động khuyến công gần với người lao động nhất: lớp ngắn hạn, thường mở ngay tại xưởng, gắn với nhu cầu tuyển người của cơ sở {term:CNNT}. Trong giai đoạn 2013–2022, khuyến công đã đào tạo {fig:nd45-2013-2022.training.workers} lao động, {fig:nd45-2013-2022.training.employment_rate} có việc làm sau khóa học. Chi phí là {fig:nd45-2013-2022.training.funding}, chỉ chiếm {fig:nd45-2013-2022.training.funding.share} tổng kinh phí.',
        },
        {
          type: 'p',
          text: 'Các lớp quản lý cho chủ cơ sở và cán bộ điều hành có {fig:nd45-2013-2022.management.trainees} học viên. Cùng nhóm này còn có {fig:nd45-2013-2022.study_tours.tours} đoàn tham quan học tập với {fig:nd45-2013-2022.study_tours.participants} lượt người, và {fig:nd45-2013-2022.conferences.events_per_year} hội nghị, hội thảo mỗi năm. Cả phần này tốn {fig:nd45-2013-2022.management.funding} ({fig:nd45-2013-2022.management.funding.share}).',
        },
        { type: 'h2', text: 'Dạy nghề trượt xa mục tiêu' },
        {
          type: 'p',
          text: 'Riêng chương trình {term:KCQG} giai đoạn 2014–2020 chỉ đào tạo {fig:kcqg-2014-2020.training.workers} lao động, đạt {fig:kcqg-2014-2020.training.workers.achievement} mục tiêu giai đoạn. Báo cáo giải thích rằng Bộ Công Thương chủ động thu hẹp phần này để không chồng lấn với chương trình đào tạo nghề cho lao động nông thôn của Bộ Lao động – Thương binh và Xã hội. Ngược lại, đào tạo quản lý gần như đạt trọn mục tiêu: {fig:kcqg-2014-2020.mgmt-training.trainees} học viên, bằng {fig:kcqg-2014-2020.mgmt-training.trainees.achievement}.',
        },
        {
          type: 'callout',
          text: 'Không nên so trực tiếp hai con số dạy nghề: số của giai đoạn 2013–2022 tính cả tiền trung ương lẫn tiền địa phương, còn số của giai đoạn 2014–2020 chỉ tính chương trình quốc gia.',
        },
        { type: 'h2', text: 'Giai đoạn 2021–2025' },
        {
          type: 'p',
          text: 'Mục tiêu mới khiêm tốn hơn nhiều: dạy nghề cho {fig:kcqg-2014-2020.target.training.workers} lao động; đào tạo {fig:kcqg-2014-2020.target.training.managers-artisans} cán bộ quản lý, thợ giỏi, nghệ nhân, {fig:kcqg-2014-2020.target.training.lecturers} giảng viên và chuyên gia sản xuất sạch hơn, và {fig:kcqg-2014-2020.target.training.business-courses} học viên các lớp khởi sự, quản trị doanh nghiệp.',
        },
        { type: 'h2', text: 'Ở địa phương' },
        {
          type: 'p',
          text: 'Năm 2022, 28 tỉnh phía Bắc dạy nghề cho {fig:north-2023.training.2022.workers} lao động, {fig:north-2023.training.2022.employment} có việc làm sau đào tạo, và đào tạo {fig:north-2023.training.2022.managers} cán bộ quản lý cơ sở. Ở Trà Vinh, giai đoạn 2016–2020, {fig:tra-vinh-2016-2020.training.classes} lớp truyền nghề thủ công đào tạo {fig:tra-vinh-2016-2020.training.workers} lao động, với thu nhập {fig:tra-vinh-2016-2020.training.income.min} {fig:tra-vinh-2016-2020.training.income.max} mỗi tháng.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'Vocational training is the part of khuyến công closest to workers: short courses, often run on the workshop floor, tied to what {term:CNNT} businesses need to hire. In 2013–2022 khuyến công trained {fig:nd45-2013-2022.training.workers} workers, {fig:nd45-2013-2022.training.employment_rate} of whom had a job afterwards. It cost {fig:nd45-2013-2022.training.funding}, just {fig:nd45-2013-2022.training.funding.share} of total funding.',
        },
        {
          type: 'p',
          text: 'Management courses for owners and managers had {fig:nd45-2013-2022.management.trainees} trainees. The same budget line paid for {fig:nd45-2013-2022.study_tours.tours} study tours with {fig:nd45-2013-2022.study_tours.participants} participants and {fig:nd45-2013-2022.conferences.events_per_year} conferences and seminars a year. Altogether it cost {fig:nd45-2013-2022.management.funding} ({fig:nd45-2013-2022.management.funding.share}).',
        },
        { type: 'h2', text: 'Training fell far short of target' },
        {
          type: 'p',
          text: 'The national programme ({term:KCQG}) alone trained only {fig:kcqg-2014-2020.training.workers} workers in 2014–2020, {fig:kcqg-2014-2020.training.workers.achievement} of its target. The report explains that the ministry scaled this back on purpose, to avoid overlapping with the Ministry of Labour’s vocational training programme for rural workers. Management training, by contrast, almost hit its target: {fig:kcqg-2014-2020.mgmt-training.trainees} trainees, {fig:kcqg-2014-2020.mgmt-training.trainees.achievement}.',
        },
        {
          type: 'callout',
          text: 'Do not compare the two training totals directly: the 2013–2022 figure counts central and local money together, the 2014–2020 figure the national programme only.',
        },
        { type: 'h2', text: '2021–2025' },
        {
          type: 'p',
          text: 'The new targets are far more modest: vocational training for {fig:kcqg-2014-2020.target.training.workers} workers; training for {fig:kcqg-2014-2020.target.training.managers-artisans} managers, skilled workers and artisans, {fig:kcqg-2014-2020.target.training.lecturers} trainers and cleaner-production specialists, and {fig:kcqg-2014-2020.target.training.business-courses} trainees in start-up and business management courses.',
        },
        { type: 'h2', text: 'In the provinces' },
        {
          type: 'p',
          text: 'In 2022 the 28 northern provinces trained {fig:north-2023.training.2022.workers} workers, {fig:north-2023.training.2022.employment} of whom found work, and {fig:north-2023.training.2022.managers} business managers. In Trà Vinh, in 2016–2020, {fig:tra-vinh-2016-2020.training.classes} craft classes trained {fig:tra-vinh-2016-2020.training.workers} workers, who went on to earn {fig:tra-vinh-2016-2020.training.income.min} {fig:tra-vinh-2016-2020.training.income.max} a month.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── theme-machinery
  {
    key: 'theme-machinery',
    title: { vi: 'Máy móc và mô hình trình diễn', en: 'Machinery and demonstration models' },
    summary: {
      vi: 'Khoản chi lớn nhất của khuyến công: đưa máy móc tiên tiến vào xưởng nông thôn và dựng mô hình để nơi khác học theo.',
      en: 'Khuyến công’s biggest spending line: advanced machines for rural workshops, and demonstration models for others to copy.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Đây là phần chi lớn nhất của khuyến công. Giai đoạn 2013–2022, việc dựng mô hình trình diễn kỹ thuật và đưa máy móc tiên tiến vào sản xuất tốn {fig:nd45-2013-2022.demo.funding}, tức {fig:nd45-2013-2022.demo.funding.share} tổng kinh phí. Kết quả là {fig:nd45-2013-2022.demo.models} mô hình trình diễn và {fig:nd45-2013-2022.machinery.facilities} lượt cơ sở {term:CNNT} được hỗ trợ chuyển giao công nghệ, máy móc.',
        },
        {
          type: 'p',
          text: 'Mô hình trình diễn là một cơ sở sản xuất thật được hỗ trợ áp dụng công nghệ hay sản phẩm mới, rồi mở cửa cho nơi khác đến xem và làm theo. Theo báo cáo, doanh thu của các cơ sở sau khi nhận tiền {term:KCQG} tăng bình quân {fig:nd45-2013-2022.demo.revenue_increase}.',
        },
        { type: 'h2', text: 'Vượt mục tiêu 2014–2020' },
        {
          type: 'p',
          text: 'Khác với dạy nghề, phần này vượt mục tiêu: chương trình quốc gia hỗ trợ {fig:kcqg-2014-2020.demo.models} mô hình (vượt {fig:kcqg-2014-2020.demo.models.excess-over-target}) và {fig:kcqg-2014-2020.demo.tech-transfer-facilities} cơ sở ứng dụng máy móc tiên tiến (vượt {fig:kcqg-2014-2020.demo.tech-transfer-facilities.excess-over-target}). Báo cáo cho biết tổ chức, cá nhân tham gia đã góp {fig:kcqg-2014-2020.funding.counterpart} vốn đối ứng, tức mỗi đồng ngân sách kéo theo {fig:kcqg-2014-2020.funding.leverage} đồng vốn của cơ sở.',
        },
        {
          type: 'p',
          text: 'Báo cáo cũng nêu một điểm trừ: khoản hỗ trợ máy móc và mô hình vẫn bị tính vào thu nhập chịu thuế doanh nghiệp, khiến chương trình kém hấp dẫn hơn với chính những cơ sở nó muốn giúp.',
        },
        { type: 'h2', text: 'Đề án điểm' },
        {
          type: 'p',
          text: 'Từ năm 2018, chương trình quốc gia thử làm các đề án điểm: hỗ trợ lớn hơn, kéo dài nhiều năm, tập trung vào một ngành có lợi thế. Những đề án đầu tiên nhắm vào cụm công nghiệp đa nghề Đông Thọ (Bắc Ninh), chế biến lâm sản (Thanh Hóa), chế biến cà phê (Lâm Đồng), chế biến hạt điều (Bình Phước) và ngành dệt may ở một số tỉnh phía Bắc.',
        },
        {
          type: 'p',
          text: 'Ở Bình Phước, khảo sát {fig:nd45-2013-2022.case.binh_phuoc.survey.facilities} cơ sở chế biến điều được hỗ trợ năm 2020–2021 cho thấy {fig:nd45-2013-2022.case.binh_phuoc.survey.expanded} đã mở rộng sản xuất, {fig:nd45-2013-2022.case.binh_phuoc.survey.quality_up} thấy chất lượng sản phẩm tốt lên và {fig:nd45-2013-2022.case.binh_phuoc.survey.tax_up} nộp ngân sách nhiều hơn. Đây là kết quả khảo sát do tỉnh tự báo cáo.',
        },
        { type: 'h2', text: 'Năm 2022 và mục tiêu 2021–2025' },
        {
          type: 'p',
          text: 'Năm 2022, 28 tỉnh phía Bắc hỗ trợ {fig:north-2023.models.2022.total} mô hình trình diễn và {fig:north-2023.machinery.2022.total} cơ sở ứng dụng máy móc, kéo theo {fig:north-2023.counterpart.2022.total} vốn của doanh nghiệp. Trà Vinh, trong giai đoạn 2016–2020, làm {fig:tra-vinh-2016-2020.machinery.projects} đề án máy móc với {fig:tra-vinh-2016-2020.machinery.funding}, tạo việc làm cho {fig:tra-vinh-2016-2020.machinery.jobs} lao động và tăng năng suất {fig:tra-vinh-2016-2020.machinery.productivity.min} {fig:tra-vinh-2016-2020.machinery.productivity.max}.',
        },
        {
          type: 'p',
          text: 'Mục tiêu 2021–2025 của chương trình quốc gia: {fig:kcqg-2014-2020.target.demo-models} mô hình trình diễn, {fig:kcqg-2014-2020.target.machinery} máy móc thiết bị và {fig:kcqg-2014-2020.target.production-lines} dây chuyền công nghệ tiên tiến; đánh giá sản xuất sạch hơn cho {fig:kcqg-2014-2020.target.cleaner-production.assessment} cơ sở và nâng cấp xử lý ô nhiễm cho {fig:kcqg-2014-2020.target.pollution-treatment.facilities} cơ sở.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'This is khuyến công’s biggest spending line. In 2013–2022 building technical demonstration models and bringing advanced machinery into production cost {fig:nd45-2013-2022.demo.funding}, or {fig:nd45-2013-2022.demo.funding.share} of all funding. It produced {fig:nd45-2013-2022.demo.models} demonstration models and {fig:nd45-2013-2022.machinery.facilities} rounds of help for {term:CNNT} businesses to take on new technology and machines.',
        },
        {
          type: 'p',
          text: 'A demonstration model is a real workshop helped to adopt a new technology or product, which then opens its doors so others can see it and copy it. The report says revenue at businesses that received national programme ({term:KCQG}) support rose by {fig:nd45-2013-2022.demo.revenue_increase} on average.',
        },
        { type: 'h2', text: 'Beating the 2014–2020 targets' },
        {
          type: 'p',
          text: 'Unlike training, this work beat its targets: the national programme supported {fig:kcqg-2014-2020.demo.models} models ({fig:kcqg-2014-2020.demo.models.excess-over-target} above target) and {fig:kcqg-2014-2020.demo.tech-transfer-facilities} businesses adopting advanced machinery ({fig:kcqg-2014-2020.demo.tech-transfer-facilities.excess-over-target} above target). The report says participants put in {fig:kcqg-2014-2020.funding.counterpart} of counterpart funding, so each đồng of state money drew in {fig:kcqg-2014-2020.funding.leverage} đồng of business investment.',
        },
        {
          type: 'p',
          text: 'The report also notes a drawback: support for machines and models still counts as taxable income for corporate tax, which makes the programme less attractive to the very businesses it is meant to help.',
        },
        { type: 'h2', text: 'Pilot projects' },
        {
          type: 'p',
          text: 'From 2018 the national programme began trying pilot projects: larger support, over several years, focused on one industry where a locality has an edge. The first ones targeted the Đông Thọ multi-craft cluster (Bắc Ninh), forest-product processing (Thanh Hóa), coffee processing (Lâm Đồng), cashew processing (Bình Phước) and textiles and garments in several northern provinces.',
        },
        {
          type: 'p',
          text: 'In Bình Phước a survey of {fig:nd45-2013-2022.case.binh_phuoc.survey.facilities} cashew processors supported in 2020–2021 found that {fig:nd45-2013-2022.case.binh_phuoc.survey.expanded} had expanded production, {fig:nd45-2013-2022.case.binh_phuoc.survey.quality_up} saw better product quality and {fig:nd45-2013-2022.case.binh_phuoc.survey.tax_up} paid more to the state budget. The survey was reported by the province itself.',
        },
        { type: 'h2', text: '2022, and the 2021–2025 targets' },
        {
          type: 'p',
          text: 'In 2022 the 28 northern provinces supported {fig:north-2023.models.2022.total} demonstration models and {fig:north-2023.machinery.2022.total} businesses adopting machinery, drawing in {fig:north-2023.counterpart.2022.total} of business money. Trà Vinh, over 2016–2020, ran {fig:tra-vinh-2016-2020.machinery.projects} machinery projects worth {fig:tra-vinh-2016-2020.machinery.funding}, creating jobs for {fig:tra-vinh-2016-2020.machinery.jobs} workers with productivity gains ranging {fig:tra-vinh-2016-2020.machinery.productivity.min} {fig:tra-vinh-2016-2020.machinery.productivity.max}.',
        },
        {
          type: 'p',
          text: 'The national programme’s targets for 2021–2025: {fig:kcqg-2014-2020.target.demo-models} demonstration models, {fig:kcqg-2014-2020.target.machinery} machines and {fig:kcqg-2014-2020.target.production-lines} advanced production lines; cleaner-production assessments for {fig:kcqg-2014-2020.target.cleaner-production.assessment} businesses and upgraded pollution treatment at {fig:kcqg-2014-2020.target.pollution-treatment.facilities}.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── theme-products
  {
    key: 'theme-products',
    title: {
      vi: 'Sản phẩm CNNT tiêu biểu, hội chợ và phòng trưng bày',
      en: 'Outstanding rural products, fairs and showrooms',
    },
    summary: {
      vi: 'Bình chọn sản phẩm tiêu biểu từ cấp huyện lên cấp quốc gia, hội chợ trong và ngoài nước, phòng trưng bày: cách khuyến công giúp hàng làng nghề tìm người mua.',
      en: 'Product selections from district to national level, fairs at home and abroad, showrooms: how khuyến công helps village products find buyers.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Để giúp hàng làng nghề tìm được người mua, khuyến công tổ chức bình chọn sản phẩm {term:CNNT} tiêu biểu từ cấp huyện lên cấp quốc gia. Sản phẩm đạt danh hiệu được ưu tiên hỗ trợ quảng bá, dự hội chợ, xây thương hiệu. Giai đoạn 2013–2022, phần này tốn {fig:nd45-2013-2022.products.funding}, tức {fig:nd45-2013-2022.products.funding.share} tổng kinh phí.',
        },
        { type: 'h2', text: 'Bình chọn' },
        {
          type: 'p',
          text: 'Bộ Công Thương tổ chức {fig:nd45-2013-2022.products.votes.regional} lần bình chọn cấp khu vực và {fig:nd45-2013-2022.products.votes.national} lần cấp quốc gia, công nhận {fig:nd45-2013-2022.products.regional} sản phẩm tiêu biểu cấp khu vực và {fig:nd45-2013-2022.products.national} sản phẩm cấp quốc gia. Các địa phương tự bình chọn thêm {fig:nd45-2013-2022.products.provincial} sản phẩm cấp tỉnh và {fig:nd45-2013-2022.products.district} sản phẩm cấp huyện. Sản phẩm được xếp vào {fig:nd45-2013-2022.products.groups} nhóm: thủ công mỹ nghệ; chế biến nông, lâm, thủy sản và đồ uống; máy móc, dụng cụ, phụ tùng cơ khí; và sản phẩm khác.',
        },
        {
          type: 'callout',
          text: 'Hai báo cáo của Bộ đếm số kỳ bình chọn cấp khu vực khác nhau: báo cáo mười năm ghi {fig:nd45-2013-2022.products.votes.regional} lần trong giai đoạn 2013–2022, còn báo cáo về chương trình quốc gia ghi {fig:kcqg-2014-2020.products.regional-contests} cuộc trong giai đoạn 2014–2020, ngắn hơn. Có thể một báo cáo đếm theo đợt, báo cáo kia đếm từng cuộc ở từng khu vực; cả hai đều không giải thích.',
        },
        { type: 'h2', text: 'Hội chợ' },
        {
          type: 'p',
          text: 'Bộ cùng các tỉnh tổ chức {fig:nd45-2013-2022.fairs.regional} hội chợ hàng CNNT tiêu biểu cấp khu vực và {fig:nd45-2013-2022.fairs.national} hội chợ cấp quốc gia; mỗi hội chợ có {fig:nd45-2013-2022.fairs.booths_per_fair.min} {fig:nd45-2013-2022.fairs.booths_per_fair.max} gian hàng tiêu chuẩn và {fig:nd45-2013-2022.fairs.exhibitors_per_fair.min} {fig:nd45-2013-2022.fairs.exhibitors_per_fair.max} doanh nghiệp, cơ sở tham gia. Các tỉnh, huyện tổ chức thêm {fig:nd45-2013-2022.fairs.local} hội chợ, mỗi hội chợ {fig:nd45-2013-2022.fairs.local.booths_per_fair} gian hàng với {fig:nd45-2013-2022.fairs.local.exhibitors_per_fair} cơ sở. Tổng cộng, khuyến công đã hỗ trợ {fig:nd45-2013-2022.fairs.domestic.participations} lượt cơ sở đi hội chợ trong nước.',
        },
        {
          type: 'p',
          text: 'Từ năm 2014 đến năm 2019, chương trình quốc gia thuê {fig:nd45-2013-2022.fairs.abroad.booths} gian hàng cho cơ sở CNNT tại {fig:nd45-2013-2022.fairs.abroad} hội chợ thường niên ở Đức, Hồng Kông và Trung Quốc.',
        },
        { type: 'h2', text: 'Phòng trưng bày và thương hiệu' },
        {
          type: 'p',
          text: 'Năm 2016, chương trình quốc gia mở một phòng trưng bày hàng công nghiệp và thủ công khu vực phía Bắc rộng {fig:nd45-2013-2022.showroom.north.area} ở Hà Nội. Khuyến công còn hỗ trợ xây {fig:nd45-2013-2022.showroom.facilities} phòng trưng bày cho các cơ sở có sản phẩm đạt giải, và làm {fig:nd45-2013-2022.info.websites} website, phần mềm quản lý sản xuất và truy xuất nguồn gốc cho các cơ sở có sản phẩm tiêu biểu cấp quốc gia.',
        },
        {
          type: 'p',
          text: 'Riêng giai đoạn 2014–2020, chương trình {term:KCQG} giúp {fig:kcqg-2014-2020.products.brand-facilities} cơ sở xây dựng, đăng ký thương hiệu và hỗ trợ {fig:kcqg-2014-2020.products.fair-participations} lượt cơ sở dự hội chợ trong và ngoài nước.',
        },
        { type: 'h2', text: 'Ở địa phương, và mục tiêu mới' },
        {
          type: 'p',
          text: 'Năm 2022, 28 tỉnh phía Bắc hỗ trợ {fig:north-2023.fairs.2022.booths} gian hàng cho {fig:north-2023.fairs.2022.facilities} lượt cơ sở và đưa {fig:north-2023.products.2022.selected} sản phẩm vào các kỳ bình chọn. Ở Trà Vinh, giai đoạn 2016–2020, {fig:tra-vinh-2016-2020.award.products.province} lượt sản phẩm đạt chứng nhận cấp tỉnh, {fig:tra-vinh-2016-2020.award.products.region} lượt cấp khu vực và {fig:tra-vinh-2016-2020.award.products.national} lượt cấp quốc gia.',
        },
        {
          type: 'p',
          text: 'Mục tiêu 2021–2025: {fig:kcqg-2014-2020.target.product-selection.national} kỳ bình chọn cấp quốc gia, {fig:kcqg-2014-2020.target.product-selection.regional} kỳ cấp khu vực, {fig:kcqg-2014-2020.target.trademark.facilities} cơ sở được hỗ trợ đăng ký nhãn hiệu; chương trình tự tổ chức {fig:kcqg-2014-2020.target.fairs.domestic-organised} hội chợ trong nước và {fig:kcqg-2014-2020.target.fairs.abroad-organised} hội chợ ở nước ngoài.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'To help village products find buyers, khuyến công runs selections of outstanding {term:CNNT} products, from district up to national level. Winners get priority for promotion, fairs and brand-building. In 2013–2022 this work cost {fig:nd45-2013-2022.products.funding}, or {fig:nd45-2013-2022.products.funding.share} of all funding.',
        },
        { type: 'h2', text: 'Selections' },
        {
          type: 'p',
          text: 'The ministry held {fig:nd45-2013-2022.products.votes.regional} regional and {fig:nd45-2013-2022.products.votes.national} national selection rounds, recognising {fig:nd45-2013-2022.products.regional} products at regional level and {fig:nd45-2013-2022.products.national} at national level. Localities recognised another {fig:nd45-2013-2022.products.provincial} at provincial level and {fig:nd45-2013-2022.products.district} at district level. Products compete in {fig:nd45-2013-2022.products.groups} groups: handicrafts; processed farm, forest and fish products and drinks; machinery, tools and spare parts; and everything else.',
        },
        {
          type: 'callout',
          text: 'The ministry’s two reports count regional selections differently: the ten-year review gives {fig:nd45-2013-2022.products.votes.regional} rounds over 2013–2022, while the report on the national programme gives {fig:kcqg-2014-2020.products.regional-contests} contests over the shorter 2014–2020. Perhaps one counts rounds and the other each region’s contest separately; neither says.',
        },
        { type: 'h2', text: 'Fairs' },
        {
          type: 'p',
          text: 'The ministry and the provinces held {fig:nd45-2013-2022.fairs.regional} regional and {fig:nd45-2013-2022.fairs.national} national fairs of outstanding CNNT products, each with {fig:nd45-2013-2022.fairs.booths_per_fair.min} {fig:nd45-2013-2022.fairs.booths_per_fair.max} standard booths and {fig:nd45-2013-2022.fairs.exhibitors_per_fair.min} {fig:nd45-2013-2022.fairs.exhibitors_per_fair.max} exhibiting businesses. Provinces and districts held {fig:nd45-2013-2022.fairs.local} more, each with {fig:nd45-2013-2022.fairs.local.booths_per_fair} booths and {fig:nd45-2013-2022.fairs.local.exhibitors_per_fair} exhibitors. In all, khuyến công paid for businesses to attend domestic fairs {fig:nd45-2013-2022.fairs.domestic.participations} times.',
        },
        {
          type: 'p',
          text: 'From 2014 to 2019 the national programme rented {fig:nd45-2013-2022.fairs.abroad.booths} booths for CNNT businesses at {fig:nd45-2013-2022.fairs.abroad} annual trade fairs in Germany, Hong Kong and China.',
        },
        { type: 'h2', text: 'Showrooms and brands' },
        {
          type: 'p',
          text: 'In 2016 the national programme opened a northern showroom for industrial and handicraft goods in Hanoi, covering {fig:nd45-2013-2022.showroom.north.area}. Khuyến công also helped build {fig:nd45-2013-2022.showroom.facilities} showrooms for businesses with award-winning products, and {fig:nd45-2013-2022.info.websites} websites and apps for production management and traceability for businesses with nationally recognised products.',
        },
        {
          type: 'p',
          text: 'In 2014–2020 alone the national programme ({term:KCQG}) helped {fig:kcqg-2014-2020.products.brand-facilities} businesses build and register brands and paid for {fig:kcqg-2014-2020.products.fair-participations} business-times at fairs at home and abroad.',
        },
        { type: 'h2', text: 'In the provinces, and new targets' },
        {
          type: 'p',
          text: 'In 2022 the 28 northern provinces paid for {fig:north-2023.fairs.2022.booths} booths for {fig:north-2023.fairs.2022.facilities} business-times and put {fig:north-2023.products.2022.selected} products into selections. In Trà Vinh, in 2016–2020, products won provincial certificates {fig:tra-vinh-2016-2020.award.products.province} times, regional ones {fig:tra-vinh-2016-2020.award.products.region} times and national ones {fig:tra-vinh-2016-2020.award.products.national} times.',
        },
        {
          type: 'p',
          text: 'Targets for 2021–2025: {fig:kcqg-2014-2020.target.product-selection.national} national and {fig:kcqg-2014-2020.target.product-selection.regional} regional selections, trademark help for {fig:kcqg-2014-2020.target.trademark.facilities} businesses, and {fig:kcqg-2014-2020.target.fairs.domestic-organised} fairs at home and {fig:kcqg-2014-2020.target.fairs.abroad-organised} abroad organised by the programme itself.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── theme-centres
  {
    key: 'theme-centres',
    title: {
      vi: 'Trung tâm khuyến công và những người làm khuyến công',
      en: 'The khuyến công centres and their people',
    },
    summary: {
      vi: 'Mỗi tỉnh một trung tâm: bao nhiêu người, đông vắng ra sao, mang tên gì, tự chủ tài chính đến đâu, và mạng lưới cộng tác viên ở huyện, xã.',
      en: 'One centre per province: how many staff, how unevenly spread, what they are called, how far they pay their own way, and the collaborators in districts and communes.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Ở mỗi tỉnh, việc khuyến công do một {term:TTKC} trực thuộc Sở Công Thương đảm nhận; đến cuối năm 2022, cả 63 tỉnh, thành phố đều có trung tâm như vậy. Ở trung ương, Cục {term:CTĐP} của Bộ Công Thương quản lý chương trình quốc gia, với một trung tâm riêng phụ trách các đề án ở phía Bắc ({fig:nd45-2013-2022.staff.tt1.total} người).',
        },
        { type: 'h2', text: 'Bao nhiêu người' },
        {
          type: 'p',
          text: 'Năm 2022, các trung tâm cấp tỉnh có tổng cộng {fig:nd45-2013-2022.staff.total} người, bình quân {fig:nd45-2013-2022.staff.avg_per_centre} người mỗi trung tâm. {fig:nd45-2013-2022.staff.civil_servants} người là viên chức ({fig:nd45-2013-2022.staff.civil_servants.share}), {fig:nd45-2013-2022.staff.contract} người làm hợp đồng. Về trình độ, {fig:nd45-2013-2022.staff.postgraduate} người có bằng sau đại học và {fig:nd45-2013-2022.staff.university} người có bằng đại học, cao đẳng.',
        },
        {
          type: 'p',
          text: 'Nhưng chỉ {fig:nd45-2013-2022.staff.field} người ({fig:nd45-2013-2022.staff.field.share}) thực sự được giao xuống cơ sở làm khuyến công. So với năm 2020, khi các trung tâm có {fig:kcqg-2014-2020.staff.total} người và {fig:kcqg-2014-2020.staff.field} người làm tại cơ sở, đội ngũ đã mỏng đi.',
        },
        {
          type: 'callout',
          text: 'Báo cáo ghi bình quân {fig:nd45-2013-2022.staff.field.avg_per_centre} cán bộ làm tại cơ sở mỗi trung tâm. Theo tính toán của chúng tôi, chia đều {fig:nd45-2013-2022.staff.field} người cho 63 trung tâm thì chưa tới mức đó: báo cáo không khớp với chính nó.',
        },
        { type: 'h2', text: 'Không đều giữa các tỉnh' },
        {
          type: 'p',
          text: 'Năm 2022, {fig:nd45-2013-2022.staff.band_over40.centres} trung tâm đông người nhất là Hà Nội, Ninh Bình và Vĩnh Phúc; {fig:nd45-2013-2022.staff.band_30_40.centres} trung tâm ở nhóm kế tiếp là Hậu Giang, Long An, TP. Hồ Chí Minh, Đà Nẵng, Lào Cai và Bắc Ninh; {fig:nd45-2013-2022.staff.band_10_29.centres} trung tâm ở nhóm giữa; và {fig:nd45-2013-2022.staff.band_under10.centres} trung tâm ít người nhất là Hải Dương, Hưng Yên, Nam Định, Kon Tum, Lai Châu và Sơn La.',
        },
        {
          type: 'p',
          text: 'Báo cáo năm 2020 chia nhóm theo cách khác: {fig:kcqg-2014-2020.centres.staff-30plus.count} trung tâm có {fig:kcqg-2014-2020.centres.staff-30plus.threshold} người trở lên, {fig:kcqg-2014-2020.centres.staff-20-30.count} trung tâm có {fig:kcqg-2014-2020.centres.staff-20-30.min} {fig:kcqg-2014-2020.centres.staff-20-30.max} người, {fig:kcqg-2014-2020.centres.staff-10-19.count} trung tâm có {fig:kcqg-2014-2020.centres.staff-10-19.min} {fig:kcqg-2014-2020.centres.staff-10-19.max} người và {fig:kcqg-2014-2020.centres.staff-under-10.count} trung tâm có {fig:kcqg-2014-2020.centres.staff-under-10.threshold} người. Vì ranh giới các nhóm khác nhau, không thể so hai năm theo từng nhóm.',
        },
        { type: 'h2', text: 'Tên gọi và tự chủ tài chính' },
        {
          type: 'p',
          text: 'Tên của các trung tâm cho thấy chúng làm nhiều việc hơn khuyến công. Năm 2022, {fig:nd45-2013-2022.org.name_kc_xttm.centres} trung tâm mang tên Khuyến công và Xúc tiến thương mại; {fig:nd45-2013-2022.org.name_kc_tvptcn.centres} trung tâm mang tên Khuyến công và Tư vấn phát triển công nghiệp, tức làm thêm dịch vụ {term:TVPTCN} như tư vấn công trình điện, công nghiệp; chỉ {fig:nd45-2013-2022.org.name_kc_only.centres} trung tâm (Cà Mau, Lai Châu) mang tên Trung tâm Khuyến công; {fig:nd45-2013-2022.org.name_other.centres} trung tâm có tên khác.',
        },
        {
          type: 'p',
          text: 'Theo nghị định năm 2021 về cơ chế tự chủ của đơn vị sự nghiệp công lập, {fig:nd45-2013-2022.org.autonomy_partial.centres} trung tâm đã phải tự lo một phần chi thường xuyên, với tỷ lệ tăng dần theo lộ trình; {fig:nd45-2013-2022.org.autonomy_none.centres} trung tâm chưa phải tự chủ và được Nhà nước bảo đảm {fig:nd45-2013-2022.org.autonomy_none.state_share} ngân sách. Mỗi nơi làm một kiểu: Phú Thọ và Hà Nội định mức tự chủ hằng năm theo nguồn thu của năm trước, còn Lâm Đồng và Long An để Nhà nước trả toàn bộ cho các vị trí làm khuyến công. Ở phía Bắc, dịch vụ tư vấn mang về {fig:north-2023.consulting.2022.revenue} trong năm 2022.',
        },
        { type: 'h2', text: 'Cộng tác viên' },
        {
          type: 'p',
          text: 'Xuống tới huyện, xã, khuyến công dựa vào cộng tác viên kiêm nhiệm: ở huyện thường là cán bộ phòng Kinh tế, ở xã là cán bộ Hội Phụ nữ, Hội Nông dân hay Đoàn Thanh niên, được trả thù lao từ ngân sách địa phương. Năm 2022, {fig:nd45-2013-2022.collab.district.provinces} tỉnh có mạng lưới cộng tác viên ở {fig:nd45-2013-2022.collab.district.districts} huyện, và {fig:nd45-2013-2022.collab.commune.communes} xã ở {fig:nd45-2013-2022.collab.commune.provinces} tỉnh có cộng tác viên cấp xã; Bình Định đang thí điểm. Năm 2020, con số là {fig:kcqg-2014-2020.collab.districts} huyện và {fig:kcqg-2014-2020.collab.communes} xã.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'In each province khuyến công is delivered by a khuyến công centre ({term:TTKC}) under the provincial Department of Industry and Trade; by the end of 2022 all 63 provinces and cities had one. Nationally, the ministry’s regional agency ({term:CTĐP}) runs the national programme, with a centre of its own for projects in the north ({fig:nd45-2013-2022.staff.tt1.total} staff).',
        },
        { type: 'h2', text: 'How many people' },
        {
          type: 'p',
          text: 'In 2022 the provincial centres had {fig:nd45-2013-2022.staff.total} staff in all, {fig:nd45-2013-2022.staff.avg_per_centre} per centre on average. {fig:nd45-2013-2022.staff.civil_servants} were public employees ({fig:nd45-2013-2022.staff.civil_servants.share}) and {fig:nd45-2013-2022.staff.contract} were on contracts. {fig:nd45-2013-2022.staff.postgraduate} held postgraduate degrees and {fig:nd45-2013-2022.staff.university} university or college degrees.',
        },
        {
          type: 'p',
          text: 'But only {fig:nd45-2013-2022.staff.field} ({fig:nd45-2013-2022.staff.field.share}) were actually assigned to work with businesses in the field. In 2020 the centres had {fig:kcqg-2014-2020.staff.total} staff and {fig:kcqg-2014-2020.staff.field} in the field: the workforce has thinned.',
        },
        {
          type: 'callout',
          text: 'The review gives an average of {fig:nd45-2013-2022.staff.field.avg_per_centre} field staff per centre. By our calculation, {fig:nd45-2013-2022.staff.field} people shared across 63 centres comes to less than that: the report does not agree with itself.',
        },
        { type: 'h2', text: 'Uneven across provinces' },
        {
          type: 'p',
          text: 'In 2022 the {fig:nd45-2013-2022.staff.band_over40.centres} largest centres were Hanoi, Ninh Bình and Vĩnh Phúc; the {fig:nd45-2013-2022.staff.band_30_40.centres} in the next band were Hậu Giang, Long An, Ho Chi Minh City, Đà Nẵng, Lào Cai and Bắc Ninh; {fig:nd45-2013-2022.staff.band_10_29.centres} sat in the middle; and the {fig:nd45-2013-2022.staff.band_under10.centres} smallest were Hải Dương, Hưng Yên, Nam Định, Kon Tum, Lai Châu and Sơn La.',
        },
        {
          type: 'p',
          text: 'The 2020 report used different bands of staff numbers: {fig:kcqg-2014-2020.centres.staff-30plus.threshold} up ({fig:kcqg-2014-2020.centres.staff-30plus.count} centres), {fig:kcqg-2014-2020.centres.staff-20-30.min} {fig:kcqg-2014-2020.centres.staff-20-30.max} ({fig:kcqg-2014-2020.centres.staff-20-30.count}), {fig:kcqg-2014-2020.centres.staff-10-19.min} {fig:kcqg-2014-2020.centres.staff-10-19.max} ({fig:kcqg-2014-2020.centres.staff-10-19.count}) and {fig:kcqg-2014-2020.centres.staff-under-10.threshold} ({fig:kcqg-2014-2020.centres.staff-under-10.count}). Because the band limits differ, the two years cannot be compared band by band.',
        },
        { type: 'h2', text: 'Names and financial autonomy' },
        {
          type: 'p',
          text: 'The centres’ names show they do more than khuyến công. In 2022, {fig:nd45-2013-2022.org.name_kc_xttm.centres} were called “Khuyến công and Trade Promotion”; {fig:nd45-2013-2022.org.name_kc_tvptcn.centres} were “Khuyến công and Industrial Development Consulting”, meaning they also sell consulting ({term:TVPTCN}) on power and industrial works; only {fig:nd45-2013-2022.org.name_kc_only.centres} (Cà Mau and Lai Châu) were called simply Trung tâm Khuyến công; {fig:nd45-2013-2022.org.name_other.centres} had other names.',
        },
        {
          type: 'p',
          text: 'Under the 2021 decree on the autonomy of public service units, {fig:nd45-2013-2022.org.autonomy_partial.centres} centres already have to cover part of their running costs, on a rising schedule; {fig:nd45-2013-2022.org.autonomy_none.centres} do not yet and get {fig:nd45-2013-2022.org.autonomy_none.state_share} of their budget from the state. Each does it differently: Phú Thọ and Hanoi set each year’s rate from the previous year’s earnings, while Lâm Đồng and Long An have the state pay in full for khuyến công posts. In the north, consulting brought in {fig:north-2023.consulting.2022.revenue} in 2022.',
        },
        { type: 'h2', text: 'Collaborators' },
        {
          type: 'p',
          text: 'Below the province, khuyến công relies on part-time collaborators: in districts usually officials of the economic office, in communes officials of the Women’s Union, Farmers’ Union or Youth Union, paid an allowance from local budgets. In 2022, {fig:nd45-2013-2022.collab.district.provinces} provinces had collaborator networks in {fig:nd45-2013-2022.collab.district.districts} districts, and {fig:nd45-2013-2022.collab.commune.communes} communes in {fig:nd45-2013-2022.collab.commune.provinces} provinces had commune-level collaborators; Bình Định is piloting one. In 2020 the figures were {fig:kcqg-2014-2020.collab.districts} districts and {fig:kcqg-2014-2020.collab.communes} communes.',
        },
      ],
    },
  },

  // ───────────────────────────────────────────────────────────────────────── tra-vinh
  {
    key: 'tra-vinh',
    title: {
      vi: 'Trà Vinh: một chương trình khuyến công địa phương, 2016–2020',
      en: 'Trà Vinh: one province’s khuyến công programme, 2016–2020',
    },
    summary: {
      vi: 'Báo cáo tổng kết của Trà Vinh, chi tiết đến từng đồng: tiền quốc gia và tiền của tỉnh, từng hoạt động một.',
      en: 'Trà Vinh’s closing report, detailed to the last đồng: national and provincial money, activity by activity.',
    },
    body: {
      vi: [
        {
          type: 'p',
          text: 'Trà Vinh là ví dụ hiếm hoi về một tỉnh báo cáo khuyến công chi tiết đến từng đồng. Giai đoạn 2016–2020, Sở Công Thương tỉnh thực hiện {fig:tra-vinh-2016-2020.programmes.count} chương trình, quốc gia và địa phương, với tổng kinh phí {fig:tra-vinh-2016-2020.funding.total}. Chương trình {term:KCQG} hỗ trợ {fig:tra-vinh-2016-2020.funding.kcqg}; phần còn lại, theo tính toán của chúng tôi, là {fig:derived.tra-vinh-2016-2020.funding.kcdp} từ chương trình {term:KCĐP} của tỉnh.',
        },
        {
          type: 'p',
          text: 'Tiền quốc gia chỉ đi vào máy móc ({fig:tra-vinh-2016-2020.machinery.kcqg.projects} đề án, {fig:tra-vinh-2016-2020.machinery.kcqg.funding}) và hội chợ ({fig:tra-vinh-2016-2020.fair.kcqg.projects} đề án, {fig:tra-vinh-2016-2020.fair.kcqg.funding}). Báo cáo không ghi nguồn tiền cho các hoạt động khác; vì riêng hai khoản này đã cộng đủ phần quốc gia, nhiều khả năng các hoạt động còn lại dùng tiền của tỉnh.',
        },
        { type: 'h2', text: 'Từng hoạt động' },
        {
          type: 'list',
          items: [
            'Máy móc thiết bị: {fig:tra-vinh-2016-2020.machinery.projects} đề án, {fig:tra-vinh-2016-2020.machinery.funding}; riêng tỉnh làm {fig:tra-vinh-2016-2020.machinery.kcdp.projects} đề án với {fig:tra-vinh-2016-2020.machinery.kcdp.funding}. Các đề án tạo việc làm cho {fig:tra-vinh-2016-2020.machinery.jobs} lao động và tăng năng suất {fig:tra-vinh-2016-2020.machinery.productivity.min} {fig:tra-vinh-2016-2020.machinery.productivity.max}.',
            'Truyền nghề: {fig:tra-vinh-2016-2020.training.classes} lớp cho {fig:tra-vinh-2016-2020.training.workers} lao động, thu nhập {fig:tra-vinh-2016-2020.training.income.min} {fig:tra-vinh-2016-2020.training.income.max} mỗi tháng; {fig:tra-vinh-2016-2020.training.funding}.',
            'Hội chợ: ngoài đề án quốc gia, tỉnh đưa {fig:tra-vinh-2016-2020.fair.kcdp.exhibitors} cơ sở đi {fig:tra-vinh-2016-2020.fair.kcdp.fairs} hội chợ ngoài tỉnh; {fig:tra-vinh-2016-2020.fair.kcdp.funding}.',
            'Bình chọn sản phẩm tiêu biểu: {fig:tra-vinh-2016-2020.award.contests} cuộc bình chọn cấp tỉnh, {fig:tra-vinh-2016-2020.award.entrants} lượt cơ sở được hỗ trợ dự bình chọn cấp khu vực, quốc gia; {fig:tra-vinh-2016-2020.award.products.province} lượt sản phẩm đạt cấp tỉnh, {fig:tra-vinh-2016-2020.award.products.region} cấp khu vực, {fig:tra-vinh-2016-2020.award.products.national} cấp quốc gia; {fig:tra-vinh-2016-2020.award.funding}.',
            'Thông tin tuyên truyền: {fig:tra-vinh-2016-2020.media.broadcasts} chuyên mục trên đài phát thanh, truyền hình tỉnh; {fig:tra-vinh-2016-2020.media.funding}.',
            'Sản xuất sạch hơn: {fig:tra-vinh-2016-2020.cleaner-production.classes} lớp tập huấn cho {fig:tra-vinh-2016-2020.cleaner-production.trainees} cán bộ, {fig:tra-vinh-2016-2020.cleaner-production.leaflets} tờ rơi, đánh giá nhanh cho {fig:tra-vinh-2016-2020.cleaner-production.assessments} doanh nghiệp; {fig:tra-vinh-2016-2020.cleaner-production.funding}.',
            'Học tập kinh nghiệm: {fig:tra-vinh-2016-2020.study-tour.trips} chuyến cho {fig:tra-vinh-2016-2020.study-tour.participants} lượt người; {fig:tra-vinh-2016-2020.study-tour.funding}.',
            'Khởi sự và quản trị doanh nghiệp: {fig:tra-vinh-2016-2020.management.classes} lớp cho {fig:tra-vinh-2016-2020.management.trainees} học viên là chủ cơ sở; {fig:tra-vinh-2016-2020.management.funding}.',
            'Hội nghị, hội thảo: {fig:tra-vinh-2016-2020.conference.count} cuộc với {fig:tra-vinh-2016-2020.conference.delegates} đại biểu; {fig:tra-vinh-2016-2020.conference.funding}.',
            'Tư vấn: {fig:tra-vinh-2016-2020.consulting.facilities} lượt cơ sở được tư vấn về nhãn hiệu, bao bì, mã vạch; {fig:tra-vinh-2016-2020.consulting.funded-facilities} cơ sở được hỗ trợ kinh phí thiết kế bao bì, lập kế hoạch kinh doanh; {fig:tra-vinh-2016-2020.consulting.funding}.',
          ],
        },
        {
          type: 'callout',
          text: 'Các khoản chi theo từng hoạt động cộng lại thấp hơn tổng kinh phí {fig:tra-vinh-2016-2020.funding.total} mà báo cáo nêu ở đầu, và báo cáo không giải thích phần chênh. Chúng tôi giữ nguyên mọi con số như báo cáo ghi. Báo cáo được viết vào tháng Bảy năm 2020, nên năm cuối có thể chưa được tính trọn.',
        },
      ],
      en: [
        {
          type: 'p',
          text: 'Trà Vinh is a rare case of a province reporting its khuyến công spending down to the last đồng. In 2016–2020 its Department of Industry and Trade ran {fig:tra-vinh-2016-2020.programmes.count} programmes, national and local, with total funding of {fig:tra-vinh-2016-2020.funding.total}. The national programme ({term:KCQG}) contributed {fig:tra-vinh-2016-2020.funding.kcqg}; the rest, by our calculation {fig:derived.tra-vinh-2016-2020.funding.kcdp}, came from the province’s own programme ({term:KCĐP}).',
        },
        {
          type: 'p',
          text: 'National money went only to machinery ({fig:tra-vinh-2016-2020.machinery.kcqg.projects} projects, {fig:tra-vinh-2016-2020.machinery.kcqg.funding}) and a fair ({fig:tra-vinh-2016-2020.fair.kcqg.projects} project, {fig:tra-vinh-2016-2020.fair.kcqg.funding}). The report does not say who paid for the other activities; since those two items already add up to the national share, the rest was most likely paid by the province.',
        },
        { type: 'h2', text: 'Activity by activity' },
        {
          type: 'list',
          items: [
            'Machinery: {fig:tra-vinh-2016-2020.machinery.projects} projects, {fig:tra-vinh-2016-2020.machinery.funding}; the province itself funded {fig:tra-vinh-2016-2020.machinery.kcdp.projects} projects with {fig:tra-vinh-2016-2020.machinery.kcdp.funding}. They created jobs for {fig:tra-vinh-2016-2020.machinery.jobs} workers, with productivity gains ranging {fig:tra-vinh-2016-2020.machinery.productivity.min} {fig:tra-vinh-2016-2020.machinery.productivity.max}.',
            'Craft training: {fig:tra-vinh-2016-2020.training.classes} classes for {fig:tra-vinh-2016-2020.training.workers} workers, earning {fig:tra-vinh-2016-2020.training.income.min} {fig:tra-vinh-2016-2020.training.income.max} a month; {fig:tra-vinh-2016-2020.training.funding}.',
            'Fairs: besides the national project, the province sent {fig:tra-vinh-2016-2020.fair.kcdp.exhibitors} businesses to {fig:tra-vinh-2016-2020.fair.kcdp.fairs} fairs outside the province; {fig:tra-vinh-2016-2020.fair.kcdp.funding}.',
            'Outstanding-product selections: {fig:tra-vinh-2016-2020.award.contests} provincial selections, {fig:tra-vinh-2016-2020.award.entrants} business entries supported at regional and national level; certificates won {fig:tra-vinh-2016-2020.award.products.province} times at provincial, {fig:tra-vinh-2016-2020.award.products.region} at regional and {fig:tra-vinh-2016-2020.award.products.national} at national level; {fig:tra-vinh-2016-2020.award.funding}.',
            'Information: {fig:tra-vinh-2016-2020.media.broadcasts} khuyến công segments on provincial radio and television; {fig:tra-vinh-2016-2020.media.funding}.',
            'Cleaner production: {fig:tra-vinh-2016-2020.cleaner-production.classes} training courses for {fig:tra-vinh-2016-2020.cleaner-production.trainees} officials, {fig:tra-vinh-2016-2020.cleaner-production.leaflets} leaflets, rapid assessments for {fig:tra-vinh-2016-2020.cleaner-production.assessments} firms; {fig:tra-vinh-2016-2020.cleaner-production.funding}.',
            'Study tours: {fig:tra-vinh-2016-2020.study-tour.trips} trips with {fig:tra-vinh-2016-2020.study-tour.participants} participants; {fig:tra-vinh-2016-2020.study-tour.funding}.',
            'Start-up and management courses: {fig:tra-vinh-2016-2020.management.classes} classes for {fig:tra-vinh-2016-2020.management.trainees} business owners; {fig:tra-vinh-2016-2020.management.funding}.',
            'Conferences and workshops: {fig:tra-vinh-2016-2020.conference.count} events with {fig:tra-vinh-2016-2020.conference.delegates} delegates; {fig:tra-vinh-2016-2020.conference.funding}.',
            'Consulting: advice on trademarks, packaging and barcodes for {fig:tra-vinh-2016-2020.consulting.facilities} business-times; {fig:tra-vinh-2016-2020.consulting.funded-facilities} businesses funded for packaging design and business plans; {fig:tra-vinh-2016-2020.consulting.funding}.',
          ],
        },
        {
          type: 'callout',
          text: 'The activity amounts add up to less than the {fig:tra-vinh-2016-2020.funding.total} total the report gives at the start, and the report does not explain the gap. We keep every figure as the report states it. The report was written in July 2020, so the final year may not be complete.',
        },
      ],
    },
  },
];
