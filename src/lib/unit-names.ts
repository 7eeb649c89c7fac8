import { localized, type Lang } from '../../pipelines/domain/lang.ts';
import { t, type MessageKey } from '../i18n/t.ts';

/** How each administrative type names a unit in a heading: "Huyện Phú Xuyên", "Phú Xuyên district". */
const HEADING: Record<string, MessageKey> = { quận: 'unitQuan', huyện: 'unitHuyen', 'thị xã': 'unitThiXa' };

export function unitHeading(lang: Lang, unit: { name_vi: string; name_en: string; type_vi: string | null }): string {
  const key = unit.type_vi ? HEADING[unit.type_vi] : undefined;
  const name = localized(unit, 'name', lang);
  return key ? t(lang, key, { name }) : name;
}

/** The group heading of each administrative type on the district index. */
export const TYPE_GROUPS: { type: string; label: MessageKey }[] = [
  { type: 'quận', label: 'typeQuan' },
  { type: 'thị xã', label: 'typeThiXa' },
  { type: 'huyện', label: 'typeHuyen' },
];
