import type { Lang } from '../../pipelines/domain/lang.ts';

/** The prose of the sources-and-method page, in our own words. */
export const METHOD_SECTIONS: Record<Lang, { heading: string; id?: string; paragraphs: string[] }[]> = {
  vi: [
    {
      heading: 'Các chỉ số đo gì',
      paragraphs: [
        'PAR INDEX (Chỉ số cải cách hành chính) có hai cấp. Bộ Nội vụ chấm hằng năm cho 63 tỉnh, thành phố; Hà Nội dùng một bộ chỉ số riêng để chấm các sở và 30 quận, huyện, thị xã. Điểm gồm phần thẩm định của hội đồng (năm 2024: 70 điểm) và phần điều tra xã hội học (30 điểm), quy ra phần trăm.',
        'SIPAS (Chỉ số hài lòng về sự phục vụ hành chính) là khảo sát người dân, tổ chức về sự phục vụ của cơ quan hành chính, do Bộ Nội vụ thực hiện theo tỉnh. Hà Nội còn tự khảo sát sự hài lòng tại bộ phận một cửa của các quận, huyện; hai khảo sát này khác nhau và không so sánh trực tiếp được.',
        'Bộ chỉ số phục vụ người dân, doanh nghiệp (Quyết định 766/QĐ-TTg) được tính hằng tháng trên Cổng Dịch vụ công quốc gia, gồm công khai minh bạch, tiến độ giải quyết, dịch vụ công trực tuyến, thanh toán trực tuyến và mức độ hài lòng. Cổng có tính lại điểm, nên ngày tính được giữ cùng giá trị khi biết.',
      ],
    },
    {
      heading: 'Số liệu được thu thập thế nào',
      paragraphs: [
        'Mọi con số lấy từ bài báo, trang cổng thông tin và văn bản đã công bố; mỗi con số gắn với một bản ghi nguồn (cơ quan đăng, tiêu đề, địa chỉ, ngày). Không con số nào được ước tính, nội suy hay suy ra từ con số khác: một câu như "tăng 1,32 điểm" không được dùng để tính ra điểm.',
        'Thứ hạng chỉ được ghi khi nguồn nêu rõ ("thứ 2", "đứng đầu", hoặc "thấp nhất" trong một khối biết rõ số đơn vị). Danh sách "tiếp đến là…" hay "nhóm dẫn đầu" được ghi là thành viên nhóm, không phải thứ hạng. Khi các nguồn khác nhau, cả hai số liệu đều được giữ và được giải thích.',
        'Bảng đầy đủ 30 quận, huyện chỉ có trong phụ lục các quyết định hằng năm của Thành phố, mà dự án chưa có. Vì vậy phần lớn các ô đơn vị – năm còn trống, và được để trống.',
      ],
    },
    {
      heading: 'Giấy phép và ghi công',
      paragraphs: [
        'Dữ liệu tổng hợp phát hành theo CC BY 4.0; mã nguồn theo MIT. Mỗi số liệu ghi rõ cơ quan công bố gốc trong bảng nguồn.',
      ],
    },
    {
      heading: 'Đóng góp một bảng chính thức',
      id: 'contribute',
      paragraphs: [
        'Nếu bạn có bảng đầy đủ của một năm (phụ lục quyết định công bố Chỉ số CCHC), hãy thêm bản ghi nguồn vào data/sources.csv, thêm mỗi đơn vị một dòng vào data/observations/par-index-hanoi.csv (tên đơn vị viết kiểu nào cũng được nếu có trong data/unit-aliases.csv), rồi chạy npm run data: chương trình báo lỗi theo tệp, dòng, cột và cho biết mức độ đầy đủ mới. Nếu bảng khác với số liệu đang có, giữ cả hai và thêm ghi chú vào data/disagreements.csv.',
      ],
    },
  ],
  en: [
    {
      heading: 'What the indices measure',
      paragraphs: [
        'The PAR INDEX (public administration reform index) exists at two levels. The Ministry of Home Affairs scores the 63 provinces each year; Hà Nội uses its own index to score its departments and its 30 district-level units. A score combines an appraisal by a council (70 points in 2024) and a sociological survey (30 points), expressed as a percentage.',
        'SIPAS (satisfaction index of public administrative services) surveys people and organisations about the service of administrative bodies, by province, for the Ministry of Home Affairs. Hà Nội also runs its own satisfaction survey at the one-stop desks of its districts; the two surveys differ and cannot be compared directly.',
        'The service index for citizens and businesses (Decision 766/QĐ-TTg) is calculated monthly on the National Public Service Portal from publicity and transparency, processing progress, online services, online payment and satisfaction. The portal recalculates scores, so the calculation date is kept with each value where it is known.',
      ],
    },
    {
      heading: 'How the figures were gathered',
      paragraphs: [
        'Every figure comes from a published article, portal page or document, and is tied to a source record (publisher, title, address, date). No figure is estimated, interpolated or derived from another: a phrase such as "up 1.32 points" is never turned into a score.',
        'A rank is recorded only where the source states it ("second", "first", or "lowest" in a bloc of known size). Lists such as "followed by…" or "the top group" are recorded as group membership, never as ranks. Where sources disagree, both figures are kept and the disagreement is explained.',
        'The full 30-district tables are published only as appendices to the city’s yearly decisions, which this project does not hold. Most unit-years are therefore missing, and are shown as missing.',
      ],
    },
    {
      heading: 'Licences and attribution',
      paragraphs: ['The compiled data is released under CC BY 4.0 and the code under MIT. Each figure names its original publisher in the sources table.'],
    },
    {
      heading: 'Contributing an official table',
      id: 'contribute',
      paragraphs: [
        'If you hold a complete table for a year (the appendix of the decision announcing the PAR index), add a source record to data/sources.csv and one row per unit to data/observations/par-index-hanoi.csv (any spelling of the unit name listed in data/unit-aliases.csv works), then run npm run data: it reports problems by file, line and column and prints the new coverage. If the table disagrees with a figure already held, keep both and add a note to data/disagreements.csv.',
      ],
    },
  ],
};
