import type { Lang } from '../../pipelines/domain/lang.ts';

/** The explorer's path in each language (/kham-pha/, /en/explore/): the one page whose path is translated. */
export const EXPLORER_PATH: Record<Lang, string> = { vi: 'kham-pha/', en: 'explore/' };
