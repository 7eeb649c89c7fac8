/** The bundle tables the chart queries read, in the browser as at build time. */
export const BUNDLE_TABLES = ['observations', 'units', 'sources', 'indicators'] as const;
