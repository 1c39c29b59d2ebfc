/**
 * Runs the built function bundles unmodified, the way a CloudBase instance does: the real SDK inside the
 * function is pointed back at this emulator through `TCB_CONTEXT_CNFG`, and the caller's identity is
 * handed over in the environment variables and `context` that node-sdk / wx-server-sdk read.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { ApiError, Codes } from '../errors';
import { newRequestId, randomHex } from '../ids';
import type { LogLine } from '../logbuffer';
import { FunctionPool, type Outcome } from './pool';
import { FunctionRegistry, type FunctionDefinition } from './registry';

export interface Identity {
  openid?: string;
  appid?: string;
  unionid?: string;
  clientIp?: string;
}

/** One running invocation (looked up when its SDK calls come back to `/admin`). */
export interface InvocationInfo {
  id: string;
  functionName: string;
  requestId: string;
  identity: Identity;
  source: string | undefined;
  definition: FunctionDefinition;
}

export interface InvokeOptions {
  identity?: Identity;
  /** TCB_SOURCE: `wx_client` from the app, `…,scf` from another function, `wx_trigger` from a timer. */
  source?: string;
  trigger?: 'timer';
}

export interface FunctionHostOptions {
  functionsDir: string | undefined;
  envId: string;
  poolSize: number;
  /** The emulator's `/admin` URL (known once the server listens). */
  adminUrl: () => string;
  log: (entry: Omit<LogLine, 'at'>) => void;
}

const WX_CONTEXT_KEYS = 'WX_OPENID,WX_APPID,WX_UNIONID,WX_CLIENTIP,WX_CLIENTIPV6';
const TCB_CONTEXT_KEYS = 'TCB_ENV,TCB_SEQID,TCB_SOURCE';
export const INVOCATION_QUERY_PARAM = '__invocation';
/** Synchronous invocation response limit of the platform. */
const MAX_RESPONSE_BYTES = 6 * 1024 * 1024;

/** node_modules the emulator itself uses: bundles elsewhere still find the SDKs. */
function sdkNodeModules(): string {
  try {
    return path.resolve(path.dirname(createRequire(__filename).resolve('@cloudbase/node-sdk/package.json')), '..', '..');
  } catch {
    return path.resolve(__dirname, '..', '..', 'node_modules');
  }
}

export class FunctionHost {
  readonly registry: FunctionRegistry;
  private readonly pools = new Map<string, FunctionPool>();
  private readonly running = new Map<string, InvocationInfo>();
  private readonly workerScript = path.join(__dirname, 'worker.cjs');
  private readonly nodePath: string;
  private closed = false;

  constructor(private readonly options: FunctionHostOptions) {
    this.registry = new FunctionRegistry(options.functionsDir);
    this.nodePath = [sdkNodeModules(), process.env.NODE_PATH].filter(Boolean).join(path.delimiter);
  }

  names(): string[] {
    return this.registry.names();
  }

  invocation(id: string | undefined): InvocationInfo | undefined {
    return id ? this.running.get(id) : undefined;
  }

  /** Runs `name` with `event`; resolves with the JSON text of its return value; rejects with an ApiError. */
  async invoke(name: string, event: unknown, options: InvokeOptions = {}): Promise<string> {
    if (this.closed) throw new ApiError(Codes.FUNCTIONS_EXECUTE_FAIL, 'the emulator is shutting down', 503);
    let definition: FunctionDefinition | undefined;
    try {
      definition = this.registry.get(name);
    } catch (error) {
      throw new ApiError(Codes.FUNCTIONS_EXECUTE_FAIL, (error as Error).message, 500);
    }
    if (!definition) {
      const known = this.names();
      throw new ApiError(
        Codes.FUNCTION_NOT_FOUND,
        `[ResourceNotFound.Function] function "${name}" not found${this.options.functionsDir ? ` in ${this.options.functionsDir}` : ' (no functions directory configured)'}${known.length ? `; known: ${known.join(', ')}` : ''}`,
        404,
      );
    }
    const identity = options.identity ?? {};
    const requestId = `${randomHex(4)}-${randomHex(2)}-${randomHex(2)}-${randomHex(2)}-${randomHex(6)}`;
    const invocationId = newRequestId();
    const info: InvocationInfo = { id: invocationId, functionName: name, requestId, identity, source: options.source, definition };
    const env = this.invocationEnv(info, options);
    const context = {
      callbackWaitsForEmptyEventLoop: false,
      memory_limit_in_mb: definition.config.memorySize,
      time_limit_in_ms: Math.round(definition.config.timeout * 1000),
      request_id: requestId,
      environment: JSON.stringify(env),
      environ: Object.entries(env)
        .map(([k, v]) => `${k}=${v}`)
        .join(';'),
      function_version: '$LATEST',
      function_name: name,
      namespace: this.options.envId,
      tencentcloud_region: 'ap-shanghai',
      tencentcloud_appid: '',
      tencentcloud_uin: '',
    };
    this.running.set(invocationId, info);
    const started = Date.now();
    let outcome: Outcome;
    try {
      outcome = await new Promise<Outcome>((resolve) => this.pool(name).submit({ requestId, event, context, env, resolve }));
    } finally {
      this.running.delete(invocationId);
    }
    if (outcome.ok && Buffer.byteLength(outcome.json) > MAX_RESPONSE_BYTES) {
      outcome = { ok: false, code: Codes.FUNCTIONS_EXECUTE_FAIL, message: `the function's return value is ${Buffer.byteLength(outcome.json)} bytes; CloudBase allows at most 6 MB` };
    }
    this.options.log({
      source: name,
      stream: 'emulator',
      requestId,
      line: `${options.trigger === 'timer' ? 'timer run' : 'invocation'} ${outcome.ok ? 'succeeded' : `failed (${outcome.code})`} in ${Date.now() - started} ms${identity.openid ? ` for ${identity.openid}` : ''}`,
    });
    if (!outcome.ok) {
      const status = outcome.code === Codes.FUNCTIONS_TIME_LIMIT_EXCEEDED ? 504 : outcome.code === Codes.FUNCTION_NOT_FOUND ? 404 : 500;
      throw new ApiError(outcome.code, outcome.message, status);
    }
    return outcome.json;
  }

  private pool(name: string): FunctionPool {
    let pool = this.pools.get(name);
    if (!pool) {
      pool = new FunctionPool(name, () => this.registry.get(name), {
        size: this.options.poolSize,
        workerScript: this.workerScript,
        workerEnv: (def) => this.workerEnv(def),
        log: this.options.log,
      });
      this.pools.set(name, pool);
    }
    return pool;
  }

  /** What a fresh instance's process.env looks like (no caller identity yet). */
  private workerEnv(def: FunctionDefinition): Record<string, string> {
    const inherited: Record<string, string> = {};
    for (const key of ['PATH', 'HOME', 'LANG', 'SystemRoot', 'TMPDIR', 'TEMP', 'TMP']) {
      const value = process.env[key];
      if (value !== undefined) inherited[key] = value;
    }
    return {
      ...inherited,
      NODE_PATH: this.nodePath,
      TZ: 'UTC',
      SCF_RUNTIME: 'Nodejs16.13',
      SCF_FUNCTIONNAME: def.name,
      SCF_FUNCTIONVERSION: '$LATEST',
      SCF_NAMESPACE: this.options.envId,
      SCF_MEMORY_SIZE: String(def.config.memorySize),
      USER_CODE_ROOT: def.dir,
      TENCENTCLOUD_RUNENV: 'SCF',
      TENCENTCLOUD_REGION: 'ap-shanghai',
      TENCENTCLOUD_SECRETID: 'local-emulator-secret-id',
      TENCENTCLOUD_SECRETKEY: 'local-emulator-secret-key',
      TCB_ENV: this.options.envId,
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: this.options.adminUrl() }),
      ...def.config.envVariables,
    };
  }

  /** Per-invocation variables: caller identity (named in WX_CONTEXT_KEYS), request id, source, SDK redirect. */
  private invocationEnv(info: InvocationInfo, options: InvokeOptions): Record<string, string> {
    const env: Record<string, string> = {
      TCB_ENV: this.options.envId,
      SCF_NAMESPACE: this.options.envId,
      TCB_SEQID: info.requestId,
      TRIGGER_SRC: options.trigger === 'timer' ? 'timer' : 'tcb',
      WX_CONTEXT_KEYS,
      TCB_CONTEXT_KEYS,
      // the query parameter lets the emulator know which invocation an SDK call belongs to
      TCB_CONTEXT_CNFG: JSON.stringify({ URL: `${this.options.adminUrl()}?${INVOCATION_QUERY_PARAM}=${info.id}&` }),
    };
    const { identity } = info;
    if (identity.openid) env.WX_OPENID = identity.openid;
    if (identity.appid) env.WX_APPID = identity.appid;
    if (identity.unionid) env.WX_UNIONID = identity.unionid;
    if (identity.clientIp) env.WX_CLIENTIP = identity.clientIp;
    if (options.source) env.TCB_SOURCE = options.source;
    return env;
  }

  stats(): { name: string; workers: number; busy: number }[] {
    return [...this.pools.entries()].map(([name, pool]) => ({ name, workers: pool.workerCount, busy: pool.busyCount }));
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all([...this.pools.values()].map((pool) => pool.close()));
  }
}
