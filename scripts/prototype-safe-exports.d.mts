import type { Plugin } from 'vite';
export function prototypeSafeExports(): Plugin;
