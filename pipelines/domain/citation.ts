import { formatDate } from './format.ts';
import { localized, type Lang } from './lang.ts';

/** Where a figure comes from, as printed beside it: "Báo Đấu thầu (23/3/2023)" or the publisher alone, named in the page's language. */
export function sourceCredit(lang: Lang, source: { source_publisher_en: string | null; source_publisher_vi: string | null; source_published: string | null }): string {
  const publisher = localized(source, 'source_publisher', lang) ?? '';
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

/** Who the dataset and the site are by, as a citation in each language names its author. */
export const DATASET_AUTHOR: Record<Lang, string> = {
  en: 'Hà Nội administrative-reform dashboard contributors',
  vi: 'Những người đóng góp cho Trang số liệu cải cách hành chính Hà Nội',
};

/** The dataset's title, as datapackage.json and a citation give it. */
export const DATASET_TITLE: Record<Lang, string> = {
  en: 'Administrative reform in Hà Nội: published figures',
  vi: 'Cải cách hành chính Hà Nội: các số liệu đã công bố',
};

/**
 * The dataset's version: the date it was released and the short hash of its data files
 * ("2026-11-27+3f2a9c1"), so two copies with the same version hold the same figures.
 */
export function datasetVersion(releaseDate: string, dataHash: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(releaseDate)) throw new Error(`datasetVersion: expected a release date YYYY-MM-DD, found '${releaseDate}'`);
  if (!/^[0-9a-f]{7,}$/.test(dataHash)) throw new Error(`datasetVersion: expected a hexadecimal hash, found '${dataHash}'`);
  return `${releaseDate}+${dataHash.slice(0, 7)}`;
}

/** The release date a version starts with. */
export const versionDate = (version: string) => version.split('+')[0]!;

/** What a citation names: a figure of the dataset, or the dataset itself. */
export interface CitedWork {
  title: string;
  /** Where the work is read: the figure's page and anchor, or the data page. */
  url: string;
  /** The dataset version (datasetVersion). */
  version: string;
  /** For a figure: the dataset it is part of. */
  partOf?: string;
}

const CITE_WORDS: Record<Lang, { version: string; partOf: string; licence: string }> = {
  en: { version: 'Version', partOf: 'In', licence: 'Licence' },
  vi: { version: 'Phiên bản', partOf: 'Trong', licence: 'Giấy phép' },
};

/** A citation in a reader's words: author (year). Title. In: dataset. Version, date. URL. Licence. */
export function citationText(lang: Lang, work: CitedWork): string {
  const words = CITE_WORDS[lang];
  const date = versionDate(work.version);
  const partOf = work.partOf ? ` ${words.partOf}: ${work.partOf}.` : '';
  return `${DATASET_AUTHOR[lang]} (${date.slice(0, 4)}). ${work.title}.${partOf} ${words.version} ${work.version}, ${formatDate(lang, date)}. ${work.url}. ${words.licence}: CC BY 4.0.`;
}

/** A BibTeX key from a citation's URL: letters, digits and hyphens only. */
const bibKey = (work: CitedWork) => `hanoi-par-${versionDate(work.version).slice(0, 4)}-${work.url.replace(/^[a-z]+:\/\/[^/]+/, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'site'}`;
const bibText = (text: string) => text.replace(/[\\{}]/g, (c) => `\\${c}`);

/** The citation as a BibTeX @misc entry (UTF-8: biber and modern BibTeX read the diacritics). */
export function citationBibtex(lang: Lang, work: CitedWork): string {
  const date = versionDate(work.version);
  const fields: [string, string][] = [
    ['author', `{${bibText(DATASET_AUTHOR[lang])}}`],
    ['title', `{${bibText(work.title)}}`],
    ...(work.partOf ? ([['howpublished', bibText(work.partOf)]] as [string, string][]) : []),
    ['year', date.slice(0, 4)],
    ['date', date],
    ['version', bibText(work.version)],
    ['url', work.url],
    ['note', 'CC BY 4.0'],
  ];
  return `@misc{${bibKey(work)},\n${fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n')}\n}\n`;
}

/** The citation as CSL-JSON (one item in an array), as Zotero and citation processors read it. */
export function citationCsl(lang: Lang, work: CitedWork): object[] {
  const [y, m, d] = versionDate(work.version).split('-').map(Number);
  return [
    {
      id: bibKey(work),
      type: 'dataset',
      author: [{ literal: DATASET_AUTHOR[lang] }],
      title: work.title,
      ...(work.partOf ? { 'container-title': work.partOf } : {}),
      version: work.version,
      issued: { 'date-parts': [[y, m, d]] },
      URL: work.url,
      language: lang,
      license: DATA_LICENSE.path,
    },
  ];
}
