import type { Lang } from '../../pipelines/domain/lang.ts';
import type { Topic, UnitLevel } from '../../pipelines/domain/vocabulary.ts';
import { formatNumber, t, type MessageKey } from '../i18n/t.ts';

/** How the indicator pages describe an indicator's metadata and the levels of units, in words. */

const TOPIC_TEXT: Record<Topic, MessageKey> = {
  par_index: 'topicParIndex',
  satisfaction: 'topicSatisfaction',
  governance: 'topicGovernance',
  online_services: 'topicOnlineServices',
  reform_activity: 'topicReformActivity',
};

const UNIT_TEXT: Record<string, MessageKey> = { percent: 'unitPercent', points: 'unitPoints', count: 'unitCount', billion_vnd: 'unitBillionVnd' };

/** Plural names of each level, as "ranks the 63 {level}" and as the headings of the unit index. */
const LEVEL_TEXT: Record<UnitLevel, MessageKey> = {
  country: 'levelCountry',
  region: 'levelRegion',
  province: 'levelProvince',
  district: 'levelDistrict',
  commune_group: 'levelCommuneGroup',
  bloc: 'levelBloc',
  department: 'levelDepartment',
};

/** What one unit of each level is: the first words of a unit's page. */
const LEVEL_ONE_TEXT: Record<UnitLevel, MessageKey> = {
  country: 'levelOneCountry',
  region: 'levelOneRegion',
  province: 'levelOneProvince',
  district: 'levelOneDistrict',
  commune_group: 'levelOneCommuneGroup',
  bloc: 'levelOneBloc',
  department: 'levelOneDepartment',
};

export const topicText = (lang: Lang, topic: string) => (TOPIC_TEXT[topic as Topic] ? t(lang, TOPIC_TEXT[topic as Topic]) : topic);

/** A phrase as a heading: its first letter in capitals ("tỉnh, thành phố" → "Tỉnh, thành phố"). */
export const capitalized = (text: string) => text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);

export const levelText = (lang: Lang, level: string) => (LEVEL_TEXT[level as UnitLevel] ? t(lang, LEVEL_TEXT[level as UnitLevel]) : level);

export const levelOneText = (lang: Lang, level: string) => (LEVEL_ONE_TEXT[level as UnitLevel] ? t(lang, LEVEL_ONE_TEXT[level as UnitLevel]) : level);

/** "percent, 0 to 100", "points, 10 to 80", "count". */
export function unitText(lang: Lang, meta: { unit: string; scale_min: number | null; scale_max: number | null }): string {
  const unit = UNIT_TEXT[meta.unit] ? t(lang, UNIT_TEXT[meta.unit]!) : meta.unit;
  if (meta.scale_min !== null && meta.scale_max !== null) return t(lang, 'unitWithScale', { unit, min: formatNumber(lang, meta.scale_min), max: formatNumber(lang, meta.scale_max) });
  return unit;
}

export function directionText(lang: Lang, higherIsBetter: boolean | null): string {
  return t(lang, higherIsBetter === null ? 'directionNone' : higherIsBetter ? 'directionHigher' : 'directionLower');
}

/** What the indicator ranks: "the 63 provinces", or a level whose number of places is stated per period, or nothing. */
export function rankUniverseText(lang: Lang, meta: { rank_of: number | null; rank_level: string | null }): string {
  if (meta.rank_level === null) return t(lang, 'ranksNothing');
  const level = levelText(lang, meta.rank_level);
  return meta.rank_of !== null ? t(lang, 'ranksOf', { n: meta.rank_of, level }) : t(lang, 'ranksLevel', { level });
}
