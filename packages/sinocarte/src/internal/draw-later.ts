/** What an element offers a container that holds its first drawing (SinoElement's `firstDrawing`, `drawNow`). */
export interface DrawLater extends HTMLElement {
  firstDrawing?: Promise<void>;
  drawNow?: () => void;
}

/**
 * Holds the first drawing of an element just created (call it from the container's `firstUpdated`, before the element's first update runs) until
 * it comes within 100 px of the viewport, the page is printed, or `drawNow()` is called (a linked view's message,
 * a selection elsewhere in the container). Meanwhile the host has a `data-sino-waiting` attribute, for the
 * container to keep its height, so that nothing moves when it is drawn. Printing now, or no IntersectionObserver:
 * drawn at once.
 */
export function drawWhenVisible(element: Element | undefined): void {
  const el = element as DrawLater | undefined;
  const view = el?.ownerDocument.defaultView;
  if (!el || el.firstDrawing || !view || typeof view.IntersectionObserver !== 'function' || view.matchMedia?.('print').matches) return;
  el.firstDrawing = new Promise<void>((resolve) => {
    const observer = new view.IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) release();
      },
      { rootMargin: '100px 0px' },
    );
    const release = () => {
      observer.disconnect();
      view.removeEventListener('beforeprint', release);
      el.drawNow = undefined;
      el.removeAttribute('data-sino-waiting');
      resolve();
    };
    el.drawNow = release;
    el.setAttribute('data-sino-waiting', '');
    observer.observe(el);
    view.addEventListener('beforeprint', release);
  });
}
