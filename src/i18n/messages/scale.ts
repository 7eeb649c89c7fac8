/** What a page says when it shows only part of a long table or chart, and where the rest is. */
export default {
  vi: {
    rowsNotShown: 'Bảng hiện {shown} dòng đầu trong {total} dòng; {hidden} dòng còn lại không hiện ở đây.',
    allRowsExplorer: 'Xem đủ các dòng trong trang Khám phá',
    allRowsCsv: 'tải tệp CSV',
    seriesNotDrawn: 'Biểu đồ vẽ {shown} trong {total} chuỗi số liệu; các chuỗi khác có trong dữ liệu của biểu đồ.',
    valuesNotDrawn: 'Biểu đồ vẽ {shown} trong {total} giá trị; các giá trị khác có trong dữ liệu của biểu đồ.',
    rowsNotDrawn: 'Biểu đồ vẽ {shown} dòng đầu trong {total} dòng; các dòng khác có trong dữ liệu của biểu đồ.',
    seriesChartsNotShown: 'Trang có biểu đồ theo thời gian của {shown} trong {total} chỉ số có số liệu từ hai kỳ trở lên; số liệu của mọi chỉ số nằm trong các bảng dưới đây.',
  },
  en: {
    rowsNotShown: 'The table shows the first {shown} of {total} rows; the other {hidden} are not shown here.',
    allRowsExplorer: 'See every row in the explorer',
    allRowsCsv: 'download the CSV',
    seriesNotDrawn: 'The chart draws {shown} of {total} series; the others are in the chart’s data.',
    valuesNotDrawn: 'The chart draws {shown} of {total} values; the others are in the chart’s data.',
    rowsNotDrawn: 'The chart draws the first {shown} of {total} rows; the others are in the chart’s data.',
    seriesChartsNotShown: 'This page charts over time {shown} of the {total} indicators with figures in two periods or more; every figure of every indicator is in the tables below.',
  },
} as const;
