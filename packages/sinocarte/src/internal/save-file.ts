import type { SinoElement } from './sino-element.js';

/**
 * Saves a file the reader asked for: a Blob URL and an `<a download>` click, no inline script needed. A module of
 * its own: the table saves its CSV with it and has no download menu (download.ts), which its page then never
 * downloads.
 */
export function saveFile(host: SinoElement, blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  host.renderRoot.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
