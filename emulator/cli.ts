/**
 * Command line: `tsx emulator/cli.ts [options]` — see `--help` and README.md.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DocumentStore } from './database/store';
import { exportAll, importAll } from './dump';
import { startEmulator, type EmulatorOptions } from './index';
import { acquireDataDirLock } from './lock';
import { openSqlite } from './sqlite';
import { FileStore } from './storage';
import { Subscriptions } from './subscriptions';

const HELP = `CloudBase emulator — a local stand-in for Tencent CloudBase that the unmodified SDKs talk to.

Usage: tsx emulator/cli.ts [options]

  --port N              port to listen on (default: $PORT, else 8787; 0 = any free port)
  --host H              interface to bind (default 127.0.0.1; 0.0.0.0 for other devices)
  --data-dir D          where the data lives (default .emulator-data)
  --fresh               wipe the data dir and seed again
  --env ID              environment id (default local-env)
  --functions DIR       built functions: DIR/<name>/index.js + config.json
  --static DIR          serve DIR at /
  --seed DIR            seed an empty store from DIR/collections/<name>.json (and DIR/storage/**)
  --contracts FILE      served at GET /__emulator/contracts
  --collections FILE    collections (indexes, client access rules) to create at start (default: <functions>/collections.json)
  --storage-rules FILE  the storage bucket's client access rule (default: <functions>/storage-rules.json, else creator-only)
  --pool-size N         worker processes per function (default 2)
  --no-timers           do not run timer triggers on schedule (POST /__emulator/timers/... still works)
  --import FILE         reset the store to an export file, then serve
  --export FILE         write the whole store (collections, files, grants, outbox) to FILE and exit
  --export-on-exit FILE serve, and write the export when stopped (Ctrl-C / SIGTERM)
  --help                this text
`;

interface CliArgs {
  options: Omit<EmulatorOptions, 'log'>;
  exportFile?: string;
  exportOnExit?: string;
}

function fail(message: string): never {
  process.stderr.write(`error: ${message}\n\n${HELP}`);
  process.exit(2);
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): CliArgs {
  const envPort = env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : undefined;
  const options: Omit<EmulatorOptions, 'log'> = { port: envPort ?? 8787, dataDir: '.emulator-data' };
  const out: CliArgs = { options };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const [flag, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || (inline === undefined && v.startsWith('--'))) fail(`${flag} needs a value`);
      return v;
    };
    switch (flag) {
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535) fail('--port must be 0-65535');
        options.port = port;
        break;
      }
      case '--host':
        options.host = value();
        break;
      case '--data-dir':
        options.dataDir = value();
        break;
      case '--fresh':
        options.fresh = true;
        break;
      case '--env':
        options.envId = value();
        break;
      case '--functions':
        options.functionsDir = value();
        break;
      case '--static':
        options.staticDir = value();
        break;
      case '--seed':
        options.seedDir = value();
        break;
      case '--contracts':
        options.contractsFile = value();
        break;
      case '--collections':
        options.collectionsFile = value();
        break;
      case '--storage-rules':
        options.storageRulesFile = value();
        break;
      case '--pool-size': {
        const size = Number(value());
        if (!Number.isInteger(size) || size < 1) fail('--pool-size must be a positive integer');
        options.poolSize = size;
        break;
      }
      case '--no-timers':
        options.timers = false;
        break;
      case '--import':
        options.importFile = value();
        break;
      case '--export':
        out.exportFile = value();
        break;
      case '--export-on-exit':
        out.exportOnExit = value();
        break;
      case '--help':
      case '-h':
        process.stdout.write(HELP);
        process.exit(0);
        break;
      default:
        fail(`unknown option ${arg}`);
    }
  }
  if (envPort !== undefined && (!Number.isInteger(envPort) || envPort < 0 || envPort > 65535)) fail('PORT must be 0-65535');
  return out;
}

/** `--export` without serving: open the data dir, (import,) write the file. */
function exportOnly(args: CliArgs): void {
  const { dataDir, envId = 'local-env', importFile } = args.options;
  if (!existsSync(dataDir) && !importFile) fail(`data dir ${dataDir} does not exist`);
  const release = acquireDataDirLock(dataDir);
  const db = openSqlite(dataDir);
  try {
    const store = new DocumentStore(db);
    if (importFile) importAll(db, store, JSON.parse(readFileSync(importFile, 'utf8')));
    const data = exportAll(envId, store, new FileStore(db, envId), new Subscriptions(db));
    writeFileSync(args.exportFile!, `${JSON.stringify(data, null, 2)}\n`);
    const docs = Object.values(data.collections).reduce((n, c) => n + c.documents.length, 0);
    process.stdout.write(`exported ${Object.keys(data.collections).length} collections, ${docs} documents, ${data.files.length} files → ${path.resolve(args.exportFile!)}\n`);
  } finally {
    db.close();
    release();
  }
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.exportFile) {
    exportOnly(args);
    return;
  }
  const emulator = await startEmulator({ ...args.options, log: (line) => process.stdout.write(`${line}\n`) });
  process.stdout.write(
    [
      `CloudBase emulator (env ${emulator.envId}) listening on ${emulator.url}`,
      `  SDK endpoint : ${emulator.adminUrl}   (tcb.init({ env: '${emulator.envId}', serviceUrl: '${emulator.adminUrl}', secretId: 'x', secretKey: 'y' }))`,
      `  health       : ${emulator.url}/__emulator/health`,
      `  data dir     : ${emulator.dataDir}`,
      '',
    ].join('\n'),
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    process.stdout.write(`\n${signal}: stopping\n`);
    if (args.exportOnExit) {
      writeFileSync(args.exportOnExit, `${JSON.stringify(emulator.exportData(), null, 2)}\n`);
      process.stdout.write(`exported → ${path.resolve(args.exportOnExit)}\n`);
    }
    await emulator.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]).replace(/\.ts$/, '') === __filename.replace(/\.ts$/, '');
if (invokedDirectly) {
  main().catch((error: unknown) => {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
}
