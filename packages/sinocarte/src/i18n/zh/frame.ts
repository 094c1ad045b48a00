/** Simplified Chinese: the strings of `frame` (see ../zh.ts). */
import type { Messages } from '../messages.js';

export const frame = {
  source: { one: '来源：{list}', other: '来源：{list}', separator: '；' },
  download: {
    label: '下载',
    png: 'PNG 图片',
    png2: 'PNG 高清图片（2×）',
    svg: 'SVG 矢量图',
    titleColumn: '标题',
    csv: '数据（CSV）',
    saved: '已下载 {file}。',
    refused: '此网页的安全策略不允许生成图片：请尝试 SVG 图片。',
  },
  fullscreen: { enter: '全屏', exit: '退出全屏' },
  share: { invalid: '已忽略链接中的无效值：“{key} = {value}”。' },
} satisfies Messages['frame'];
