/**
 * A local, offline stand-in for Tencent CloudBase that the unmodified production SDKs
 * (`@cloudbase/node-sdk`, `wx-server-sdk`) talk to. See README.md.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { databaseActions } from './actions/database';
import { functionActions } from './actions/functions';
import { storageActions } from './actions/storage';
import type { ActionHandler } from './actions/types';
import { wxActions } from './actions/wx';
import { DocumentStore, type QueryReport } from './database/store';
import { TransactionManager } from './database/transactions';
import { exportAll, importAll, type ExportFile } from './dump';
import { FunctionHost } from './functions/host';
import { TimerScheduler } from './functions/timers';
import { createAdminRoute } from './http/admin';
import { createClientRoute } from './http/client';
import { createControlRoute } from './http/control';
import { createClientDatabaseRoute } from './http/client-database';
import { createCosRoute } from './http/cos';
import { createStaticRoute } from './http/static';
import { createSurfaceGuard } from './http/surface';
import { acquireDataDirLock } from './lock';
import { LogBuffer } from './logbuffer';
import { RequestLog } from './request-log';
import { readCollectionDeclarations, readStorageRule, seedStore } from './seed';
import { parseAccessRule, ADMIN_ONLY, type AccessRule } from './security/rules';
import { UrlSigner } from './security/signing';
import { closeServer, createHttpServer, listen } from './server';
import { openSqlite, wipeDataDir } from './sqlite';
import { FileStore } from './storage';
import { Subscriptions } from './subscriptions';

export interface EmulatorOptions {
  /** 0 = a random free port. Default 8787. */
  port?: number;
  /** Interface to bind. Default 127.0.0.1 (use 0.0.0.0 to reach it from a phone / another machine). */
  host?: string;
  /** Where the SQLite file lives. Created if missing. */
  dataDir: string;
  /** Wipe the data dir first (then seed again). */
  fresh?: boolean;
  /** The environment id the SDK is initialised with. Default 'local-env'. */
  envId?: string;
  /** Built functions: `<functionsDir>/<name>/index.js` (+ config.json, package.json). */
  functionsDir?: string;
  /** Served at `/` (e.g. the H5 build). */
  staticDir?: string;
  /** Seed data for an empty store (`collections/<name>.json`, `storage/**`, `personas.json`). */
  seedDir?: string;
  /** Served as-is at GET /__emulator/contracts. */
  contractsFile?: string;
  /** Collections (indexes, client access rules) to create at start. Default `<functionsDir>/collections.json` if present; false = none. */
  collectionsFile?: string | false;
  /** The storage bucket's client access rule (`{acl, rule?}`). Default `<functionsDir>/storage-rules.json` if present, else creator-only. */
  storageRulesFile?: string | false;
  /** Reset the store to this export file at start. */
  importFile?: string;
  /** Worker processes per function (concurrent invocations). Default 2. */
  poolSize?: number;
  /** Run timer triggers on their schedule. Default true. */
  timers?: boolean;
  /** Receives every log line (function output prefixed with the function name, emulator events). */
  log?: (line: string) => void;
  /** WX_APPID of client calls without an X-WX-APPID header. Default 'wx0000000000000000'. */
  appId?: string;
  /** Largest accepted upload. Default 10 MB. */
  maxUploadBytes?: number;
}

export interface RunningEmulator {
  /** `http://127.0.0.1:<port>` */
  url: string;
  /** `http://127.0.0.1:<port>/admin`: init({ serviceUrl }) / TCB_CONTEXT_CNFG URL. */
  adminUrl: string;
  port: number;
  envId: string;
  dataDir: string;
  /** Everything in the store as one JSON object (same format as `--export`). */
  exportData(): ExportFile;
  /** How the last database query found its candidates (which index, how many documents it read). */
  lastQuery(): QueryReport | undefined;
  close(): Promise<void>;
}

const MB = 1024 * 1024;
/** /admin bodies (CloudBase caps a request at 6 MB; leave headroom for EJSON/base64 overhead). */
const ADMIN_BODY_LIMIT = 16 * MB;
const CLIENT_BODY_LIMIT = 6 * MB;
/** Storage without a declared rule: a client reads and writes only what it uploaded (仅创建者及管理员可读写). */
const CREATOR_ONLY_STORAGE = parseAccessRule({ acl: 'PRIVATE' }, 'default storage rule');

export async function startEmulator(options: EmulatorOptions): Promise<RunningEmulator> {
  const envId = options.envId ?? 'local-env';
  const dataDir = path.resolve(options.dataDir);
  const poolSize = options.poolSize ?? 2;
  if (!Number.isInteger(poolSize) || poolSize < 1) throw new Error('poolSize must be a positive integer');
  const maxUploadBytes = options.maxUploadBytes ?? 10 * MB;
  const logs = new LogBuffer(2000, options.log);
  const requests = new RequestLog(10_000);
  const started = performance.now();
  const sinceStart = () => performance.now() - started;

  const releaseLock = acquireDataDirLock(dataDir);
  let db: ReturnType<typeof openSqlite> | undefined;
  try {
    if (options.fresh) wipeDataDir(dataDir);
    db = openSqlite(dataDir);
    const store = new DocumentStore(db);
    const transactions = new TransactionManager(store);
    const files = new FileStore(db, envId);
    const subscriptions = new Subscriptions(db);

    if (options.importFile) {
      const counts = importAll(db, store, JSON.parse(readFileSync(options.importFile, 'utf8')));
      logs.info(`imported ${options.importFile}: ${counts.collections} collections, ${counts.documents} documents, ${counts.files} files`);
    }
    if (options.seedDir && existsSync(options.seedDir) && store.countAllDocuments() === 0 && files.count() === 0) {
      const seeded = seedStore(options.seedDir, store, files);
      const summary = Object.entries(seeded.collections).map(([n, c]) => `${n}(${c})`).join(', ');
      if (summary || seeded.files) logs.info(`seeded from ${options.seedDir}: ${summary || 'no collections'}${seeded.files ? `, ${seeded.files} files` : ''}`);
    }
    const collectionsFile =
      options.collectionsFile === false
        ? undefined
        : (options.collectionsFile ?? (options.functionsDir ? path.join(options.functionsDir, 'collections.json') : undefined));
    // client-side access: declared per collection; anything undeclared is admin-only
    const collectionRules = new Map<string, AccessRule>();
    if (collectionsFile && existsSync(collectionsFile)) {
      for (const declaration of readCollectionDeclarations(collectionsFile)) {
        store.ensureCollection(declaration.name, declaration.indexes);
        collectionRules.set(declaration.name, declaration.permission);
      }
    } else if (options.collectionsFile) {
      throw new Error(`collections file ${options.collectionsFile} does not exist`);
    }
    const storageRulesFile =
      options.storageRulesFile === false
        ? undefined
        : (options.storageRulesFile ?? (options.functionsDir ? path.join(options.functionsDir, 'storage-rules.json') : undefined));
    if (options.storageRulesFile && !existsSync(options.storageRulesFile)) throw new Error(`storage rules file ${options.storageRulesFile} does not exist`);
    const storageRule = storageRulesFile && existsSync(storageRulesFile) ? readStorageRule(storageRulesFile) : CREATOR_ONLY_STORAGE;
    const signer = new UrlSigner();

    let baseUrl = '';
    const host = new FunctionHost({
      functionsDir: options.functionsDir ? path.resolve(options.functionsDir) : undefined,
      envId,
      poolSize,
      adminUrl: () => `${baseUrl}/admin`,
      log: (entry) => logs.add(entry),
    });
    const timers = new TimerScheduler(host, (line) => logs.info(line));
    const actions: Record<string, ActionHandler> = {
      ...databaseActions(store, transactions),
      ...storageActions(files, signer),
      ...functionActions(host),
      ...wxActions(subscriptions),
    };
    const exportData = () => exportAll(envId, store, files, subscriptions);
    const fallbackBaseUrl = () => baseUrl;
    const appId = options.appId ?? 'wx0000000000000000';
    const bindHost = options.host ?? '127.0.0.1';
    let boundPort = 0;
    const database = createClientDatabaseRoute({
      envId,
      appId,
      actions,
      ruleOf: (name) => collectionRules.get(name) ?? ADMIN_ONLY,
      bodyLimit: CLIENT_BODY_LIMIT,
      fallbackBaseUrl,
    });
    const server = createHttpServer(
      {
        admin: createAdminRoute({ envId, actions, host, bodyLimit: ADMIN_BODY_LIMIT, fallbackBaseUrl, info: (l) => logs.info(l), requests, now: sinceStart }),
        cos: createCosRoute(files, signer, maxUploadBytes),
        client: createClientRoute({ host, files, signer, storageRule, database, subscriptions, appId, maxUploadBytes, bodyLimit: CLIENT_BODY_LIMIT, fallbackBaseUrl }),
        control: createControlRoute({
          envId,
          startedAt: Date.now(),
          host,
          timers,
          store,
          subscriptions,
          logs,
          requests,
          contractsFile: options.contractsFile,
          seedDir: options.seedDir,
          bodyLimit: CLIENT_BODY_LIMIT,
          exportData,
          aclOf: (name) => (collectionRules.get(name) ?? ADMIN_ONLY).acl,
        }),
        static: createStaticRoute(options.staticDir),
      },
      createSurfaceGuard(bindHost, () => boundPort),
      (error) => logs.info(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`),
    );

    const port = await listen(server, options.port ?? 8787, bindHost);
    boundPort = port;
    const urlHost = bindHost === '0.0.0.0' || bindHost === '::' ? '127.0.0.1' : bindHost.includes(':') ? `[${bindHost}]` : bindHost;
    baseUrl = `http://${urlHost}:${port}`;
    if (options.timers !== false) timers.start();

    let closing: Promise<void> | undefined;
    const openDb = db;
    return {
      url: baseUrl,
      adminUrl: `${baseUrl}/admin`,
      port,
      envId,
      dataDir,
      exportData,
      lastQuery: () => store.lastQuery,
      close: () =>
        (closing ??= (async () => {
          timers.stop();
          await host.close();
          await closeServer(server);
          openDb.close();
          releaseLock();
        })()),
    };
  } catch (error) {
    db?.close();
    releaseLock();
    throw error;
  }
}

export { importAll, exportAll, EXPORT_FORMAT } from './dump';
export type { ExportFile } from './dump';
export { parseCron, nextFire } from './functions/cron';
export type { QueryReport } from './database/store';
