import { formatDate } from './format.ts';
import type { Lang } from './lang.ts';

/** Where a figure comes from, as printed beside it: "Báo Đấu thầu (23/3/2023)" or the publisher alone. */
export function sourceCredit(lang: Lang, source: { source_publisher: string | null; source_published: string | null }): string {
  const publisher = source.source_publisher ?? '';
  return source.source_published ? `${publisher} (${formatDate(lang, source.source_published)})` : publisher;
}

export const DATA_LICENSE = { name: 'CC-BY-4.0', path: 'https://creativecommons.org/licenses/by/4.0/', title: 'Creative Commons Attribution 4.0' } as const;

export const BOUNDARY_ATTRIBUTION: Record<Lang, string> = {
  en: "District boundaries: geoBoundaries (geoboundaries.org), Viet Nam ADM2 VNM-ADM2-81297802 (2020), original data OCHA ROAP / Government of Viet Nam, CC BY 3.0 IGO. Modified: Hà Nội's 30 units selected, Vietnamese names added, geometry simplified.",
  vi: 'Ranh giới hành chính: geoBoundaries (geoboundaries.org), Viet Nam ADM2 VNM-ADM2-81297802 (2020), dữ liệu gốc OCHA ROAP / Chính phủ Việt Nam, CC BY 3.0 IGO. Đã chỉnh: chọn 30 đơn vị của Hà Nội, thêm tên tiếng Việt, đơn giản hóa hình học.',
};

/** How to cite the dataset as a whole. */
export const DATASET_CITATION: Record<Lang, string> = {
  en: 'Hà Nội administrative-reform dashboard: open dataset of published PAR INDEX, SIPAS and online-service figures for Hà Nội (CC BY 4.0). Each figure cites its original publisher in sources.csv.',
  vi: 'Trang số liệu cải cách hành chính Hà Nội: bộ dữ liệu mở các số liệu PAR INDEX, SIPAS và dịch vụ công trực tuyến đã công bố của Hà Nội (CC BY 4.0). Mỗi số liệu ghi nguồn gốc trong sources.csv.',
};
