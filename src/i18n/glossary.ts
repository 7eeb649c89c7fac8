import type { Lang } from '../../pipelines/domain/lang.ts';

/** An abbreviation or term the site's indicator names use, and what it stands for. */
export interface GlossaryEntry {
  /** The forms a reader meets (each an abbreviation of the entry, or a term). */
  terms: string[];
  meaning: string;
}

/**
 * The abbreviations and terms of the indicator names, spelled out on the sources and method page.
 * Every capitalised abbreviation in data/indicators.csv's names must be here (a test checks), so a
 * maintainer who adds an indicator named with a new one is told to explain it.
 */
export const GLOSSARY: Record<Lang, GlossaryEntry[]> = {
  vi: [
    { terms: ['CCHC'], meaning: 'Cải cách hành chính.' },
    { terms: ['PAR INDEX'], meaning: 'Chỉ số cải cách hành chính. Bộ Nội vụ chấm cho 63 tỉnh, thành phố; UBND Thành phố Hà Nội chấm theo cách tương tự cho các sở và 30 quận, huyện, thị xã.' },
    { terms: ['SIPAS'], meaning: 'Chỉ số hài lòng của người dân, tổ chức về sự phục vụ của cơ quan hành chính nhà nước, do Bộ Nội vụ đo cho từng tỉnh, thành phố.' },
    { terms: ['UBND'], meaning: 'Ủy ban nhân dân.' },
    { terms: ['TTHC'], meaning: 'Thủ tục hành chính.' },
    { terms: ['DVC', 'DVCTT'], meaning: 'Dịch vụ công; dịch vụ công trực tuyến.' },
    { terms: ['Cổng DVC quốc gia'], meaning: 'Cổng Dịch vụ công quốc gia, nơi người dân và doanh nghiệp nộp hồ sơ trực tuyến với mọi cơ quan.' },
    { terms: ['toàn trình', 'một phần'], meaning: 'Dịch vụ công trực tuyến toàn trình: mọi bước, từ nộp hồ sơ đến nhận kết quả, làm trên mạng; một phần: còn bước phải làm trực tiếp.' },
    { terms: ['mức độ 3', 'mức độ 4'], meaning: 'Cách phân loại dịch vụ công trực tuyến trước khi có loại "toàn trình" và "một phần": mức độ 3 nộp và xử lý hồ sơ trên mạng; mức độ 4 thêm thanh toán và nhận kết quả trên mạng. Các nguồn cũ dùng cách này.' },
    { terms: ['Bộ chỉ số 766'], meaning: 'Bộ chỉ số chỉ đạo, điều hành và đánh giá chất lượng phục vụ người dân, doanh nghiệp trong thực hiện thủ tục hành chính, dịch vụ công theo thời gian thực trên môi trường điện tử (Quyết định 766/QĐ-TTg), do Văn phòng Chính phủ theo dõi hằng tháng.' },
    { terms: ['PCI'], meaning: 'Chỉ số năng lực cạnh tranh cấp tỉnh, do VCCI công bố.' },
    { terms: ['PAPI'], meaning: 'Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh, do UNDP Việt Nam và các đối tác công bố.' },
    { terms: ['DTI'], meaning: 'Chỉ số chuyển đổi số cấp tỉnh, do Bộ Thông tin và Truyền thông công bố.' },
  ],
  en: [
    { terms: ['PAR INDEX'], meaning: 'The public administration reform index. The Ministry of Home Affairs scores the 63 provinces; Hà Nội’s People’s Committee scores its departments and its 30 district-level units in the same way.' },
    { terms: ['SIPAS'], meaning: 'The index of citizens’ and organisations’ satisfaction with the service of state administrative agencies, measured for each province by the Ministry of Home Affairs.' },
    { terms: ['National Public Service Portal'], meaning: 'The national portal where citizens and businesses file applications online with any agency.' },
    { terms: ['full-process', 'partial'], meaning: 'A full-process online service is done online from filing to receiving the result; a partial one still has a step done in person.' },
    { terms: ['levels 3 and 4'], meaning: 'How online services were graded before “full-process” and “partial”: at level 3 an application is filed and handled online; level 4 adds paying and receiving the result online. Older sources use these grades.' },
    { terms: ['Decision 766'], meaning: 'The set of indicators for directing and assessing, in real time, the quality of service to citizens and businesses in administrative procedures and public services (Decision 766/QĐ-TTg), tracked monthly by the Government Office.' },
    { terms: ['PCI'], meaning: 'The Provincial Competitiveness Index, published by VCCI.' },
    { terms: ['PAPI'], meaning: 'The Provincial Governance and Public Administration Performance Index, published by UNDP Viet Nam and partners.' },
    { terms: ['DTI'], meaning: 'The provincial digital transformation index, published by the Ministry of Information and Communications.' },
  ],
};
