import type { Lang } from '../internal/i18n.js';
import type { Theme } from '../internal/sino-element.js';

/** Every UI string of the atlas, in every language: a missing key is a type error. */
export interface AtlasStrings {
  title: string;
  help: string;
  panels: { map: string; typology: string; timeline: string; table: string };
  language: string;
  theme: string;
  themes: Record<Theme, string>;
  reset: string;
  resetDone: string;
}

/** Each language names itself, whatever the interface language. */
export const LANGUAGE_NAMES: Record<Lang, string> = { fr: 'Français', en: 'English', zh: '中文' };

export const strings: Record<Lang, AtlasStrings> = {
  fr: {
    title: 'Atlas de la coopération franco-chinoise',
    help: 'Sélectionnez une région, un parc, un programme ou une période : les quatre vues se répondent.',
    panels: { map: 'Carte des régions', typology: 'Typologie des programmes', timeline: 'Chronologie', table: 'Parcs technologiques TORCH' },
    language: 'Langue',
    theme: 'Thème',
    themes: { auto: 'Auto', light: 'Clair', dark: 'Sombre' },
    reset: 'Tout effacer',
    resetDone: 'Sélections et filtres effacés',
  },
  en: {
    title: 'Atlas of Franco-Chinese cooperation',
    help: 'Select a region, a park, a programme or a period: the four views follow.',
    panels: { map: 'Map of the regions', typology: 'Typology of the programmes', timeline: 'Timeline', table: 'TORCH hi-tech parks' },
    language: 'Language',
    theme: 'Theme',
    themes: { auto: 'Auto', light: 'Light', dark: 'Dark' },
    reset: 'Clear all',
    resetDone: 'Selections and filters cleared',
  },
  zh: {
    title: '中法合作地图集',
    help: '选择一个地区、园区、项目或时间段，四个视图将联动更新。',
    panels: { map: '地区地图', typology: '项目类型', timeline: '年表', table: '火炬高新技术园区' },
    language: '语言',
    theme: '主题',
    themes: { auto: '自动', light: '浅色', dark: '深色' },
    reset: '全部清除',
    resetDone: '已清除选择和筛选',
  },
};
