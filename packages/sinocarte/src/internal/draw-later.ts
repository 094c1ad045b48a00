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

/** Resolves in a task of its own (after the tasks already queued), so that the work that follows starts a new task. */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Resolves after two frames (an element that sizes itself from a ResizeObserver has drawn by then), or 200 ms without frames (a hidden page). */
const twoFrames = (view: Window): Promise<void> =>
  new Promise((resolve) => {
    const timer = view.setTimeout(resolve, 200);
    view.requestAnimationFrame(() =>
      view.requestAnimationFrame(() => {
        view.clearTimeout(timer);
        resolve();
      }),
    );
  });

/** The turns of a container's elements: the drawing of the last one to have taken its turn. */
export interface Turns {
  last: Promise<unknown>;
}

/**
 * Draws the elements one at a time, each first drawing in a task of its own (call it from the container's
 * `firstUpdated`, after `drawWhenVisible`): an element's turn comes once whatever held it (coming into view) let it
 * go and the element before it has drawn, and starts with a new task, so that the page's first drawing is several
 * shorter tasks rather than one long one (the browser may paint and answer input between them). An element
 * keeps the `data-sino-waiting` attribute until it has drawn (its first update and the frames in which it measures
 * its size), whether it waited to come into view or not (released at its turn instead, a timeline at 720 px fell
 * from the 709 px kept for it to 419 before growing to 845, and all below jumped up and back): the container keeps
 * their height meanwhile, so that nothing moves and the views below are not taken for being in view. Printing draws every
 * element still waiting its turn at once. `updateComplete` still means drawn: it waits for the element's turn.
 * Elements made later take their turns after these when given the same `turns`.
 */
export function drawInTurn(elements: readonly (Element | null | undefined)[], turns: Turns = { last: Promise.resolve() }): void {
  const view = elements.find((el) => el)?.ownerDocument.defaultView;
  if (!view) return;
  const printed = new Promise<void>((resolve) => view.addEventListener('beforeprint', () => resolve(), { once: true }));
  for (const element of elements) {
    const el = element as (DrawLater & { updateComplete?: Promise<unknown> }) | null | undefined;
    if (!el) continue;
    const held = el.firstDrawing;
    el.setAttribute('data-sino-waiting', '');
    el.firstDrawing = (held ?? Promise.resolve()).then(() => {
      // Its height kept until it has drawn (a view that came into view too).
      el.setAttribute('data-sino-waiting', '');
      const turn = Promise.race([turns.last.then(nextTask), printed]);
      const drawn = turn
        .then(() => el.updateComplete)
        .then(() => Promise.race([twoFrames(view), printed]))
        .then(() => el.updateComplete)
        // One that fails to draw does not stop the others.
        .catch(() => undefined);
      turns.last = drawn;
      void Promise.race([drawn, printed]).then(() => el.removeAttribute('data-sino-waiting'));
      return turn;
    });
  }
}
