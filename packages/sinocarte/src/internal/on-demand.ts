import type { Office, Park, Partnership, ProvinceInnovation } from '@sinocarte/data';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { TextDataset } from './data-texts.js';

/**
 * Data that a view shows only when the reader asks for it (the table's partnerships and offices presets, the
 * map's partnerships and offices metrics, the provinces' strengths in the map's tooltip and table): downloaded the first time an element needs it, once per page. The
 * build puts it in a chunk of its own, so a page that never shows it never downloads it (`npm run size`).
 */
export class OnDemand<T> {
  #fetch: () => Promise<T>;
  #value: T | undefined;
  #pending: Promise<T> | undefined;
  /** The dataset whose texts (in the reader's language) an element showing this data fetches too (data-texts.ts). */
  readonly dataset: TextDataset;

  constructor(fetch: () => Promise<T>, dataset: TextDataset) {
    this.#fetch = fetch;
    this.dataset = dataset;
  }

  /** The data, once it has arrived. */
  get value(): T | undefined {
    return this.#value;
  }

  /** Starts the download (once; a failed one is tried again on the next call). */
  load(): Promise<T> {
    this.#pending ??= this.#fetch().then(
      (value) => (this.#value = value),
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    );
    return this.#pending;
  }
}

export const bundledPartnerships = new OnDemand<readonly Partnership[]>(() => import('@sinocarte/data/base/partnerships').then((m) => m.partnerships), 'partnerships');
export const bundledParks = new OnDemand<readonly Park[]>(() => import('@sinocarte/data/base/parks').then((m) => m.parks), 'parks');
export const bundledProvinceInnovation = new OnDemand<readonly ProvinceInnovation[]>(() => import('@sinocarte/data/base/province-innovation').then((m) => m.provinceInnovation), 'province-innovation');
export const bundledOffices = new OnDemand<readonly Office[]>(() => import('@sinocarte/data/base/offices').then((m) => m.offices), 'offices');

/**
 * Lets an element read on-demand data in `willUpdate`: `get()` returns it when it has arrived, else starts the
 * download, returns `undefined`, and asks the element for a new update when the data arrives (`version`
 * changes). `settled` resolves once nothing is downloading, for the element's `updateComplete`. The datasets
 * asked for are kept in `datasets`: the element fetches their texts in its language too, and its updates wait for
 * them (sino-element.ts); a dataset asked for the first time asks for a new update at once, which starts that
 * download beside the records' (or, for records already at hand, draws them again once their texts have come).
 */
export class OnDemandController implements ReactiveController {
  #host: ReactiveControllerHost;
  #onError: (error: unknown) => void;
  #pending = new Set<Promise<unknown>>();
  /** Bumped each time data arrives: an element compares it to decide to recompute. */
  version = 0;
  /** The datasets this element has asked for. */
  readonly datasets = new Set<TextDataset>();

  constructor(host: ReactiveControllerHost, onError: (error: unknown) => void) {
    this.#host = host;
    this.#onError = onError;
    host.addController(this);
  }

  hostConnected(): void {}

  get<T>(data: OnDemand<T>): T | undefined {
    const known = this.datasets.size;
    if (this.datasets.add(data.dataset).size > known) this.#host.requestUpdate();
    if (data.value !== undefined) return data.value;
    const pending = data.load().then(
      () => {
        this.version++;
        this.#host.requestUpdate();
      },
      (error: unknown) => this.#onError(error),
    );
    this.#pending.add(pending);
    void pending.finally(() => this.#pending.delete(pending));
    return undefined;
  }

  /** Whether a download started by this element is still running. */
  get pending(): boolean {
    return this.#pending.size > 0;
  }

  /** Resolves when no download started by this element is still running. */
  async settled(): Promise<void> {
    while (this.#pending.size) await Promise.allSettled(this.#pending);
  }
}
