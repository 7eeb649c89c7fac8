import type { Lang } from '../../pipelines/domain/lang.ts';
import core from './messages/core.ts';
import explorer from './messages/explorer.ts';
import indicators from './messages/indicators.ts';
import scale from './messages/scale.ts';
import screens from './messages/screens.ts';
import toolkit from './messages/toolkit.ts';

/**
 * Every piece of interface text, Vietnamese first and English, one file per area of the site in
 * ./messages/. Data labels (unit and indicator names, notes) come from data/, never from here.
 */
export const messages = {
  vi: { ...core.vi, ...explorer.vi, ...indicators.vi, ...scale.vi, ...screens.vi, ...toolkit.vi },
  en: { ...core.en, ...explorer.en, ...indicators.en, ...scale.en, ...screens.en, ...toolkit.en },
} as const satisfies Record<Lang, Record<string, string>>;

export type MessageKey = keyof (typeof messages)['vi'] & keyof (typeof messages)['en'];
