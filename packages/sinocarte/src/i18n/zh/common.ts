/** Simplified Chinese: the strings of `common` (see ../zh.ts). */
import type { Messages } from '../messages.js';

export const common = { unknownTheme: '未知主题“{value}”：使用自动主题。', linkHighlighted: '联动选择突出显示 {n} 项', linkLinked: '与所选内容相关', unreadable: '部分数据无法读取，已忽略。', unreadableRecords: '已忽略 {n} 个无法读取的条目。', dataLoadFailed: '无法下载数据（{error}）。' } satisfies Messages['common'];
