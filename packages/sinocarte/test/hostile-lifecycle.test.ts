import { expect, nextFrame } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import '../src/index.js';
import type { SinoElement } from '../src/internal/sino-element.js';

/** What scripts/wtr-heap-plugin.mjs measures through the DevTools protocol, after forced garbage collection. */
interface HeapMeasure {
  heapUsed: number;
  heapTotal: number;
  nodes: number;
  documents: number;
  jsEventListeners: number;
  windowListeners: string[];
  documentListeners: string[];
}

const measure = () => executeServerCommand<HeapMeasure, { gc: boolean }>('heap-measure', { gc: true });

/**
 * Counts the elements a ResizeObserver watches right now, across every observer of the page: an element that
 * forgets to disconnect keeps its observer (and, through its callback, itself) alive.
 */
const observed = new Set<{ targets: Set<Element> }>();
class CountingResizeObserver extends ResizeObserver {
  private record = { targets: new Set<Element>() };
  override observe(target: Element, options?: ResizeObserverOptions): void {
    this.record.targets.add(target);
    observed.add(this.record);
    super.observe(target, options);
  }
  override unobserve(target: Element): void {
    this.record.targets.delete(target);
    super.unobserve(target);
  }
  override disconnect(): void {
    this.record.targets.clear();
    super.disconnect();
  }
}
const observedTargets = () => [...observed].reduce((n, r) => n + r.targets.size, 0);

/** Each element with attributes that make it draw its full content (selection, outlines, panels). */
const SETUPS: { tag: string; attributes: Record<string, string> }[] = [
  { tag: 'sino-province-map', attributes: { selected: 'CN-SC', metric: 'partnerships' } },
  { tag: 'sino-park-table', attributes: { region: 'CN-GD', sort: '-year' } },
  { tag: 'sino-timeline', attributes: { range: '1980-2011' } },
  { tag: 'sino-typology', attributes: { plane: 'coordination' } },
];

const CYCLES = 1000;
/** Every this many cycles the element stays for a frame, so its ResizeObserver fires and it lays itself out. */
const FRAME_EVERY = 25;

describe('every element created and removed 1,000 times', function () {
  this.timeout(120_000);
  const original = window.ResizeObserver;
  let container: HTMLDivElement;

  before(() => {
    window.ResizeObserver = CountingResizeObserver;
    container = document.createElement('div');
    container.style.width = '800px';
    document.body.append(container);
  });

  after(() => {
    window.ResizeObserver = original;
    container.remove();
  });

  async function cycle(tag: string, attributes: Record<string, string>, times: number) {
    for (let i = 0; i < times; i++) {
      const el = document.createElement(tag) as SinoElement;
      for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
      container.append(el);
      await el.updateComplete;
      if (i % FRAME_EVERY === 0) {
        await nextFrame();
        await nextFrame();
        await el.updateComplete;
        // A press outside the element: the map and the typology listen on the document for it.
        document.body.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true, composed: true }));
      }
      el.remove();
    }
  }

  for (const { tag, attributes } of SETUPS) {
    it(`<${tag}> leaves no listener, observer or node behind`, async () => {
      // Warm-up: module-level caches, Lit's template cache and the first layout are not leaks.
      await cycle(tag, attributes, 20);
      await nextFrame();
      const before = await measure();
      const started = performance.now();
      await cycle(tag, attributes, CYCLES);
      const elapsed = performance.now() - started;
      await nextFrame();
      await nextFrame();
      const after = await measure();
      const growth = {
        heapUsed: after.heapUsed - before.heapUsed,
        nodes: after.nodes - before.nodes,
        jsEventListeners: after.jsEventListeners - before.jsEventListeners,
      };
      console.log(`lifecycle ${tag}: ${CYCLES} cycles in ${Math.round(elapsed)} ms; growth: ${JSON.stringify(growth)}`);
      expect(container.childElementCount, 'every element was removed').to.equal(0);
      expect(after.windowListeners, 'listeners on window').to.deep.equal(before.windowListeners);
      expect(after.documentListeners, 'listeners on document').to.deep.equal(before.documentListeners);
      expect(observedTargets(), 'elements still watched by a ResizeObserver').to.equal(0);
      // One leaked element would keep hundreds of nodes and dozens of listeners; 1,000 would keep 1,000 times that.
      expect(growth.nodes, 'DOM nodes still alive (attached or detached)').to.be.below(200);
      expect(growth.jsEventListeners, 'JS event listeners still registered').to.be.below(20);
      // 1,000 leaked map or table instances would hold tens of megabytes.
      expect(growth.heapUsed, 'JS heap growth (bytes)').to.be.below(2_000_000);
    });
  }
});
