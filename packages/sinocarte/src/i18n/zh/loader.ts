/** Simplified Chinese: the strings of `loader` (see ../zh.ts). */
import type { Messages } from '../messages.js';

export const loader = { loading: '加载中…', loadFailed: '此内容无法加载。', retry: '重试', stringsFailed: '无法下载界面文字（{error}），暂以法语显示。' } satisfies Messages['loader'];
