import type { Lang } from '../../pipelines/domain/lang.ts';
import { type MessageKey, messages } from './messages.ts';

export type { Lang, MessageKey };
export { formatDate, formatNumber, formatPeriod } from '../../pipelines/domain/format.ts';

/** Looks up a message and fills its {placeholders}. */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return (messages[lang][key] as string).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? `{${name}}`));
}
