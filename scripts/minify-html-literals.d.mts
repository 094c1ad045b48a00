import type { Plugin } from 'vite';
export function minifyHtmlParts(parts: readonly string[]): string[];
export function minifyHtmlLiterals(source: string, ts: typeof import('typescript'), fileName?: string): string | null;
export function htmlLiteralsPlugin(): Plugin;
