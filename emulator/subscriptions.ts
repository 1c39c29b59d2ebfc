/**
 * One-time subscribe messages (wx.requestSubscribeMessage + subscribeMessage.send): per-user, per-template
 * grants, an outbox of every send attempt, and injectable WeChat faults for tests.
 */
import type { Sqlite } from './sqlite';
import { isPlainObject } from './database/ejson';
import { randomHex } from './ids';

export interface SendOutcome {
  errcode: number;
  errmsg: string;
  msgid?: number;
}

export interface OutboxEntry extends SendOutcome {
  id: number;
  at: string;
  touser: string | null;
  templateId: string | null;
  page: unknown;
  data: unknown;
  miniprogramState: unknown;
  lang: unknown;
  /** `wx.api` (node-sdk callWxOpenApi) or `wx.openApi` (wx-server-sdk cloud.openapi). */
  via: string;
  /** Function whose invocation sent it, when known. */
  caller: string | null;
}

export interface Fault {
  errcode: number;
  errmsg: string;
  remaining: number;
  templateId?: string;
}

export interface Grant {
  openid: string;
  templateId: string;
  remaining: number;
}

const DEFAULT_ERRMSG: Record<number, string> = {
  40003: 'invalid openid',
  40037: 'invalid template id',
  41030: 'invalid page',
  43101: 'user refuse to accept the msg',
  45009: 'reach max api daily quota limit',
  47003: 'argument invalid!',
};

/** WeChat's length limits per template keyword type (the keyword name is type + number, e.g. thing1). */
const KEYWORD_LIMITS: [prefix: string, max: number][] = [
  ['character_string', 32],
  ['phone_number', 17],
  ['car_number', 8],
  ['thing', 20],
  ['number', 32],
  ['letter', 32],
  ['symbol', 5],
  ['phrase', 5],
  ['name', 20],
];

const rid = () => ` rid: ${randomHex(4)}-${randomHex(4)}-${randomHex(4)}`;

export function defaultErrmsg(errcode: number): string {
  return DEFAULT_ERRMSG[errcode] ?? `error ${errcode}`;
}

export class Subscriptions {
  private readonly faultQueue: Fault[] = [];
  private msgCounter = 0;

  constructor(private readonly db: Sqlite) {}

  /** What wx.requestSubscribeMessage does once the user decided: one quota per accepted template. */
  grant(openid: string, tmplIds: string[], decisions: Record<string, 'accept' | 'reject'> = {}): Record<string, 'accept' | 'reject'> {
    const result: Record<string, 'accept' | 'reject'> = {};
    const add = this.db.prepare(
      `INSERT INTO grants (openid, template_id, remaining) VALUES (?, ?, 1)
       ON CONFLICT(openid, template_id) DO UPDATE SET remaining = remaining + 1`,
    );
    this.db.transaction(() => {
      for (const id of tmplIds) {
        const decision = decisions[id] ?? 'accept';
        result[id] = decision;
        if (decision === 'accept') add.run(openid, id);
      }
    })();
    return result;
  }

  grants(openid?: string): Grant[] {
    const rows = (
      openid
        ? this.db.prepare('SELECT openid, template_id, remaining FROM grants WHERE openid = ? ORDER BY template_id').all(openid)
        : this.db.prepare('SELECT openid, template_id, remaining FROM grants ORDER BY openid, template_id').all()
    ) as { openid: string; template_id: string; remaining: number }[];
    return rows.map((r) => ({ openid: r.openid, templateId: r.template_id, remaining: r.remaining }));
  }

  addFault(fault: { errcode: number; count: number; templateId?: string; errmsg?: string }): Fault {
    const entry: Fault = { errcode: fault.errcode, errmsg: fault.errmsg ?? defaultErrmsg(fault.errcode), remaining: fault.count, templateId: fault.templateId };
    this.faultQueue.push(entry);
    return entry;
  }

  faults(): Fault[] {
    return this.faultQueue.map((f) => ({ ...f }));
  }

  clearFaults(): void {
    this.faultQueue.length = 0;
  }

  /** subscribeMessage.send: validate, apply injected faults, consume a grant; every attempt is recorded. */
  send(request: Record<string, unknown>, via: string, caller: string | null): SendOutcome {
    const touser = typeof request.touser === 'string' && request.touser ? request.touser : null;
    const templateId = typeof request.template_id === 'string' && request.template_id ? request.template_id : null;
    const outcome = this.decide(request, touser, templateId);
    const entry = {
      at: new Date().toISOString(),
      touser,
      templateId,
      page: request.page ?? null,
      data: request.data ?? null,
      miniprogramState: request.miniprogram_state ?? null,
      lang: request.lang ?? null,
      via,
      caller,
      ...outcome,
    };
    this.db.prepare('INSERT INTO outbox (at, touser, entry) VALUES (?, ?, ?)').run(Date.now(), touser, JSON.stringify(entry));
    return outcome;
  }

  private decide(request: Record<string, unknown>, touser: string | null, templateId: string | null): SendOutcome {
    if (!touser) return { errcode: 40003, errmsg: `invalid openid${rid()}` };
    if (!templateId) return { errcode: 40037, errmsg: `invalid template id${rid()}` };
    const dataProblem = checkData(request.data);
    if (dataProblem) return { errcode: 47003, errmsg: `argument invalid! ${dataProblem}${rid()}` };
    const fault = this.faultQueue.find((f) => f.remaining > 0 && (!f.templateId || f.templateId === templateId));
    if (fault) {
      fault.remaining -= 1;
      if (fault.remaining <= 0) this.faultQueue.splice(this.faultQueue.indexOf(fault), 1);
      return { errcode: fault.errcode, errmsg: `${fault.errmsg}${rid()}` };
    }
    const consumed = this.db
      .prepare('UPDATE grants SET remaining = remaining - 1 WHERE openid = ? AND template_id = ? AND remaining > 0')
      .run(touser, templateId).changes;
    if (consumed === 0) return { errcode: 43101, errmsg: `user refuse to accept the msg${rid()}` };
    this.msgCounter = (this.msgCounter + 1) % 1000;
    return { errcode: 0, errmsg: 'ok', msgid: Date.now() * 1000 + this.msgCounter };
  }

  outbox(touser?: string): OutboxEntry[] {
    const rows = (
      touser
        ? this.db.prepare('SELECT id, entry FROM outbox WHERE touser = ? ORDER BY id').all(touser)
        : this.db.prepare('SELECT id, entry FROM outbox ORDER BY id').all()
    ) as { id: number; entry: string }[];
    return rows.map((r) => ({ id: r.id, ...(JSON.parse(r.entry) as Omit<OutboxEntry, 'id'>) }));
  }

  clearOutbox(): void {
    this.db.prepare('DELETE FROM outbox').run();
  }
}

function checkData(data: unknown): string | null {
  if (!isPlainObject(data) || Object.keys(data).length === 0) return 'data must be an object of {keyword: {value}}';
  for (const [keyword, entry] of Object.entries(data)) {
    if (!isPlainObject(entry) || entry.value === undefined || entry.value === null || String(entry.value).length === 0) {
      return `data.${keyword}.value is empty`;
    }
    const value = String(entry.value);
    const limit = KEYWORD_LIMITS.find(([prefix]) => new RegExp(`^${prefix}\\d+$`).test(keyword));
    if (limit && [...value].length > limit[1]) return `data.${keyword}.value exceeds ${limit[1]} characters`;
  }
  return null;
}
