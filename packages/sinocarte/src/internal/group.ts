/**
 * The group bus: elements with the same `group` attribute in the same document exchange what their
 * reader did (a selection, a time range), with no glue code in the page.
 *
 * - One registry per document (a WeakMap: a removed iframe's document takes its registry with it), shared by
 *   every copy of Sinocarte on the page (internal/page.ts);
 *   shadow roots do not matter, so the four elements inside `<sino-atlas>` find each other like any others.
 * - Delivery is synchronous and never goes back to the sender.
 * - No loops: only what a *reader* does is posted. An element applying a linked message only sets its own
 *   properties; it never posts again (see `GroupLink.applying`).
 * - Leaving is automatic: the controller joins on connect and leaves on disconnect or when `group` changes.
 *
 * What each element does with each message is data, in `links.ts`.
 */
import { pageRegistry } from './page.js';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { SelectionKind } from './events.js';
import { reactionFor, type Reaction, type Receiver } from './links.js';

/** What travels on the bus. */
export type GroupMessage =
  | {
      type: 'select';
      kind: SelectionKind;
      /** The selected record, or null when the reader cleared the selection. */
      id: string | null;
      /** The Chinese regions the selection is linked to (a region's own id for `province`). */
      regions: string[];
    }
  | {
      type: 'range';
      /** First and last year of the period the reader is looking at. */
      from: number;
      to: number;
      /** True when the reader went back to the whole period: linked filters are lifted. */
      whole: boolean;
    };

export interface GroupMember {
  receive(message: GroupMessage, source: object): void;
}

/**
 * The groups of a document, in the page's registry (internal/page.ts): every copy of Sinocarte on the page
 * (npm build, embed file, lazy chunks) joins the same groups, whichever copy defined which tag.
 */
function groupsOf(doc: Document): Map<string, Set<GroupMember>> | undefined {
  return pageRegistry().groups.get(doc);
}

function registry(doc: Document): Map<string, Set<GroupMember>> {
  const { groups: all } = pageRegistry();
  let groups = all.get(doc);
  if (!groups) {
    groups = new Map();
    all.set(doc, groups);
  }
  return groups;
}

/** Adds a member to a group of a document. */
export function joinGroup(doc: Document, group: string, member: GroupMember): void {
  const groups = registry(doc);
  let members = groups.get(group);
  if (!members) {
    members = new Set();
    groups.set(group, members);
  }
  members.add(member);
}

/** Removes a member; an emptied group is forgotten. */
export function leaveGroup(doc: Document, group: string, member: GroupMember): void {
  const groups = groupsOf(doc);
  const members = groups?.get(group);
  if (!members) return;
  members.delete(member);
  if (members.size === 0) groups!.delete(group);
}

/** How many members a group has (for tests and diagnostics). */
export function groupSize(doc: Document, group: string): number {
  return groupsOf(doc)?.get(group)?.size ?? 0;
}

/**
 * Delivers a message to every member of the group but `source`. A member that throws does not stop the
 * others: a linked view must never break its neighbours.
 */
export function postToGroup(doc: Document, group: string, message: GroupMessage, source: object): void {
  const members = groupsOf(doc)?.get(group);
  if (!members) return;
  // A copy: a member may leave (or a new one join) while the message is being delivered.
  for (const member of [...members]) {
    if (member === source) continue;
    try {
      member.receive(message, source);
    } catch (error) {
      console.warn('<sino-*> linked view:', error);
    }
  }
}

/** What an element must offer to take part in a group. */
export interface LinkableHost extends ReactiveControllerHost, HTMLElement {
  group?: string;
  /** Carries out one reaction of the link table. Sets properties only; posts nothing. */
  applyLink(reaction: Reaction, message: GroupMessage): void;
}

/**
 * The controller SinoElement adds to an element with a group (its `linkAs` row). It joins the group named
 * by the host's `group`, hands incoming messages to `host.applyLink` with the reaction the link table gives,
 * and posts the host's own reader actions with `share()`.
 */
export class GroupLink implements ReactiveController, GroupMember {
  private joined: { doc: Document; group: string } | null = null;
  /** True while a linked message is being applied: `share()` is then a no-op, so nothing echoes. */
  private applying = false;

  /**
   * `groupName`: the host's group as text (SinoElement reads any value a host sets, `asText`); by default the
   * host's `group` as it is.
   */
  constructor(
    private readonly host: LinkableHost,
    readonly receiver: Receiver,
    private readonly groupName: () => string = () => host.group ?? '',
  ) {
    host.addController(this);
  }

  /** The group the host is in, or null. */
  get group(): string | null {
    return this.joined?.group ?? null;
  }

  hostConnected(): void {
    this.sync();
  }

  hostDisconnected(): void {
    this.leave();
  }

  hostUpdate(): void {
    // `group` may change at any time; re-joining here costs one comparison per update.
    this.sync();
  }

  /** Posts what the reader just did to the rest of the group (nothing when not in a group). */
  share(message: GroupMessage): void {
    if (this.applying || !this.joined) return;
    postToGroup(this.joined.doc, this.joined.group, message, this);
  }

  receive(message: GroupMessage): void {
    const reaction = reactionFor(this.receiver, message);
    if (!reaction) return;
    this.applying = true;
    try {
      this.host.applyLink(reaction, message);
    } finally {
      this.applying = false;
    }
    // A view held until it comes into view is drawn at once when a linked view acts on it.
    (this.host as { drawNow?: () => void }).drawNow?.();
  }

  private sync(): void {
    const group = this.host.isConnected ? this.groupName().trim() : '';
    const doc = this.host.ownerDocument;
    if (this.joined && this.joined.group === group && this.joined.doc === doc) return;
    this.leave();
    if (group) {
      joinGroup(doc, group, this);
      this.joined = { doc, group };
    }
  }

  private leave(): void {
    if (!this.joined) return;
    leaveGroup(this.joined.doc, this.joined.group, this);
    this.joined = null;
  }
}


/** What the elements use of this module, as one binding: the embed build imports it with no namespace object. */
export const groupBus = { GroupLink, postToGroup };
