/** Simplified Chinese: the strings of `atlas` (see ../zh.ts). */
import type { Messages } from '../messages.js';

export const atlas = {
  title: '中法合作地图集',
  help: '选择一个地区、园区、项目或时间段，四个视图将联动更新。',
  panels: { map: '地区地图', typology: '项目类型', timeline: '年表' },
  tables: { parks: '火炬高新技术园区', partnerships: '中法地方合作伙伴关系', offices: '法国地方政府驻华代表处' },
  language: '语言',
  theme: '主题',
  themes: { auto: '自动', light: '浅色', dark: '深色' },
  reset: '全部清除',
  resetDone: '已清除选择和筛选',
} satisfies Messages['atlas'];
