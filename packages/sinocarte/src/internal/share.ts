import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { mergeState, readState, sharePrefix, type ShareProblem, type ShareState } from '../lib/share-state.js';

/** What the share controller needs of its element. */
export interface ShareHost extends ReactiveControllerHost, HTMLElement {
  share: boolean;
}

/**
 * The `share` attribute of every element: its shared properties (the element's static `shared` list) are
 * read from the URL hash when the element is connected (or `share` is set), and when the hash changes, and written back into it
 * with `history.replaceState` whenever they change (no history entry, no scroll). Keys are `sino-<id or
 * tag>-<property>`; a value that cannot be read is left out and reported through `onRead`. Values equal to
 * the element's own at the start are not written, so that a link carries only what the reader changed.
 */
export class ShareController implements ReactiveController {
  private restored = false;
  private defaults: ShareState = {};

  constructor(
    private readonly host: ShareHost,
    private readonly names: () => readonly string[],
    private readonly onRead: (problems: ShareProblem[]) => void,
  ) {
    host.addController(this);
  }

  private get prefix(): string {
    return sharePrefix(this.host.id, this.host.localName);
  }

  private get props(): Record<string, unknown> {
    return this.host as unknown as Record<string, unknown>;
  }

  private current(): ShareState {
    const state: ShareState = {};
    for (const name of this.names()) {
      const value = this.props[name];
      const text = value === null || value === undefined ? '' : String(value);
      if (text !== (this.defaults[name] ?? '')) state[name] = text;
    }
    return state;
  }

  hostConnected(): void {
    window.addEventListener('hashchange', this.onHashChange);
    // Attributes are read by now: the hash's values join the first update.
    if (this.host.share) this.begin();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.onHashChange);
  }

  private onHashChange = () => {
    if (this.host.share && this.restored) this.restore();
  };

  /** Once: the element's own values become the defaults (not written), then the hash's values apply. */
  private begin(): void {
    if (this.restored) return;
    this.restored = true;
    for (const name of this.names()) {
      const value = this.props[name];
      this.defaults[name] = value === null || value === undefined ? '' : String(value);
    }
    this.restore();
  }

  /** Applies the hash's values to the properties. */
  private restore(): void {
    const { state, problems } = readState(location.hash, this.prefix, this.names());
    this.onRead(problems);
    for (const [name, value] of Object.entries(state)) {
      if (String(this.props[name] ?? '') !== value) this.props[name] = value;
    }
  }

  hostUpdated(): void {
    if (!this.host.share) return;
    if (!this.restored) {
      // `share` set after the element was connected: read the hash now (one more update).
      this.begin();
      return;
    }
    const hash = mergeState(location.hash, this.prefix, this.names(), this.current());
    if (hash === location.hash || (hash === '' && location.hash === '#')) return;
    try {
      history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
    } catch {
      // A sandboxed or opaque document may refuse: the view works without its link.
    }
  }
}
