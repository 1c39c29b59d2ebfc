'use strict';
/**
 * One function instance: a plain Node process (no TypeScript loader) that loads the function bundle once
 * and runs one invocation at a time, like a CloudBase/SCF instance. The parent (pool.ts) sends:
 *   {type:'init', entry}                         → replies {type:'ready'} | {type:'init-error', error}
 *   {type:'invoke', id, event, context, env}     → replies {type:'result', id, ok, json | error}
 * The caller's identity lives in process.env (that is where the SDKs read it), so env is swapped per call.
 */
let main = null;
let currentId = null;
let invocationEnvKeys = [];

function describe(error) {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  if (error && typeof error === 'object') {
    let text;
    try {
      text = JSON.stringify(error);
    } catch (_) {
      text = String(error);
    }
    return { name: 'Error', message: text, stack: undefined };
  }
  return { name: 'Error', message: String(error), stack: undefined };
}

function send(message) {
  if (process.connected) process.send(message);
}

function fatal(kind, error) {
  const described = describe(error);
  described.message = `${kind}: ${described.message}`;
  if (currentId !== null) send({ type: 'result', id: currentId, ok: false, fatal: true, error: described });
  else send({ type: 'fatal', error: described });
  process.stderr.write(`${described.stack || described.message}\n`, () => process.exit(1));
}

process.on('uncaughtException', (error) => fatal('Uncaught exception', error));
process.on('unhandledRejection', (reason) => fatal('Unhandled promise rejection', reason));

function run(event, context) {
  return new Promise((resolve, reject) => {
    let settled = false;
    const settle = (fn, value) => {
      if (settled) return;
      settled = true;
      fn(value);
    };
    const callback = (error, result) => (error ? settle(reject, error) : settle(resolve, result));
    let returned;
    try {
      returned = main(event, context, callback);
    } catch (error) {
      settle(reject, error);
      return;
    }
    if (returned && typeof returned.then === 'function') {
      returned.then((value) => settle(resolve, value), (error) => settle(reject, error));
    } else if (returned !== undefined || main.length < 3) {
      settle(resolve, returned);
    }
  });
}

async function invoke(message) {
  for (const key of invocationEnvKeys) delete process.env[key];
  invocationEnvKeys = Object.keys(message.env);
  Object.assign(process.env, message.env);
  currentId = message.id;
  try {
    const value = await run(message.event, message.context);
    let json;
    try {
      json = JSON.stringify(value === undefined ? null : value);
    } catch (error) {
      throw new Error(`the function's return value is not JSON-serialisable: ${error.message}`);
    }
    send({ type: 'result', id: message.id, ok: true, json: json === undefined ? 'null' : json });
  } catch (error) {
    send({ type: 'result', id: message.id, ok: false, error: describe(error) });
  } finally {
    currentId = null;
  }
}

process.on('message', (message) => {
  if (!message || typeof message !== 'object') return;
  if (message.type === 'init') {
    try {
      const loaded = require(message.entry);
      main = loaded && loaded.main;
      if (typeof main !== 'function') throw new Error(`${message.entry} does not export main(event, context)`);
      send({ type: 'ready' });
    } catch (error) {
      send({ type: 'init-error', error: describe(error) });
    }
  } else if (message.type === 'invoke') {
    invoke(message);
  }
});

process.on('disconnect', () => process.exit(0));
