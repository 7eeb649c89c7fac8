/** Text added for reading on every screen: empty charts in words, table captions, chart labels. */
export default {
  vi: {
    nothingMeasured: 'Chưa có kết quả nào được công bố, nên không có gì để vẽ. Chỉ có chỉ tiêu: {targets}.',
    colSeries: 'Chuỗi số liệu',
    figureCount: '{n} số liệu',
    otherNotesTitle: 'Ghi chú khác về số liệu',
    unrankedHeading: 'Có điểm, chưa công bố hạng',
  },
  en: {
    nothingMeasured: 'No result has been published, so there is nothing to chart. Only targets are set: {targets}.',
    colSeries: 'Series',
    figureCount: '{n} figures',
    otherNotesTitle: 'Other notes on the figures',
    unrankedHeading: 'Score published, rank not published',
  },
} as const;
