import type { InvocationInfo } from '../functions/host';

/** Everything an `/admin` action handler gets. */
export interface ActionContext {
  envId: string;
  requestId: string;
  /** `http://host:port` as the caller reached us: used for URLs handed out (uploads, downloads). */
  baseUrl: string;
  /** Set when the request was sent from inside a function invocation of this emulator. */
  caller: InvocationInfo | undefined;
  /** Request body fields (JSON body, or multipart fields for wx.openApi). */
  params: Record<string, unknown>;
}

/** A non-JSON reply (wx.openApi answers protobuf). */
export class RawReply {
  constructor(
    public readonly body: Buffer,
    public readonly contentType: string,
  ) {}
}

export type ActionReply = Record<string, unknown> | RawReply;
export type ActionHandler = (ctx: ActionContext) => ActionReply | Promise<ActionReply>;
