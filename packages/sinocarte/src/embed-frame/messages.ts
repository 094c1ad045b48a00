/**
 * The messages an embed page (`docs/embed/*.html`, in an iframe) and the page that frames it exchange.
 *
 * Frame → host (posted to `window.parent`):
 * - `{ type: 'sinocarte:resize', version: 1, id, height }`: the page's content is `height` CSS pixels tall.
 * - `{ type: 'sinocarte:select', version: 1, id, kind, selected, regions? }`: the reader selected something
 *   (the `detail` of the element's `sino-select`, with `id` renamed `selected`: `id` names the frame).
 *
 * Host → frame (posted to the iframe's window: to the origin it was loaded from, or to `'*'` for a sandboxed
 * iframe, whose origin is opaque):
 * - `{ type: 'sinocarte:hello', version: 1 }`: a host script has arrived (or the iframe has just loaded): the
 *   frame answers with a resize message even if its height has not changed since it last posted it, so a host
 *   script that loads after the frame has posted still sizes it.
 * - `{ type: 'sinocarte:ack', version: 1, id }`: a host script sizes this frame, so it may hide its scrollbars.
 *
 * `id` is the frame's `?id=` option (empty when there is none); a host never trusts it to find the iframe, it
 * matches `event.source` instead. Every field is checked here: any other message is ignored.
 */

export const MESSAGE_VERSION = 1;
export const RESIZE = 'sinocarte:resize';
export const SELECT = 'sinocarte:select';
export const ACK = 'sinocarte:ack';
export const HELLO = 'sinocarte:hello';

/** Frames are no taller than this: a larger value is a bug or a forgery. */
export const MAX_HEIGHT = 100_000;
const FRAME_ID = /^[\w-]{0,64}$/;
const RECORD_ID = /^[\w.:-]{1,120}$/;
const KINDS = ['province', 'park', 'partnership', 'office', 'event', 'programme'] as const;

export interface ResizeMessage {
  type: typeof RESIZE;
  version: 1;
  id: string;
  height: number;
}

export interface SelectMessage {
  type: typeof SELECT;
  version: 1;
  id: string;
  kind: (typeof KINDS)[number];
  selected: string | null;
  regions?: string[];
}

export interface AckMessage {
  type: typeof ACK;
  version: 1;
  id: string;
}

export interface HelloMessage {
  type: typeof HELLO;
  version: 1;
}

export type FrameMessage = ResizeMessage | SelectMessage;
export type HostMessage = AckMessage | HelloMessage;

/** Is this a well-formed frame id (`[A-Za-z0-9_-]`, at most 64 characters, possibly empty)? */
export function isFrameId(value: unknown): value is string {
  return typeof value === 'string' && FRAME_ID.test(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a message a frame posted; returns null for anything that is not exactly one of ours. */
export function parseFrameMessage(data: unknown): FrameMessage | null {
  if (!isRecord(data) || data.version !== MESSAGE_VERSION || !isFrameId(data.id)) return null;
  if (data.type === RESIZE) {
    const { height } = data;
    if (typeof height !== 'number' || !Number.isFinite(height) || height < 0 || height > MAX_HEIGHT) return null;
    return { type: RESIZE, version: 1, id: data.id, height: Math.ceil(height) };
  }
  if (data.type === SELECT) {
    const { kind, selected, regions } = data;
    if (typeof kind !== 'string' || !(KINDS as readonly string[]).includes(kind)) return null;
    if (selected !== null && !(typeof selected === 'string' && RECORD_ID.test(selected))) return null;
    const message: SelectMessage = { type: SELECT, version: 1, id: data.id, kind: kind as SelectMessage['kind'], selected };
    if (regions !== undefined) {
      if (!Array.isArray(regions) || regions.length > 64 || !regions.every((r) => typeof r === 'string' && RECORD_ID.test(r))) return null;
      message.regions = [...regions];
    }
    return message;
  }
  return null;
}

/** Reads a message the host posted to a frame; null for anything else. */
export function parseHostMessage(data: unknown): HostMessage | null {
  if (!isRecord(data) || data.version !== MESSAGE_VERSION) return null;
  if (data.type === HELLO) return { type: HELLO, version: 1 };
  if (data.type !== ACK || !isFrameId(data.id)) return null;
  return { type: ACK, version: 1, id: data.id };
}
