/**
 * The local CloudBase's own surface: another web page (or a DNS-rebound name) must not be able to read the
 * store through it, CORS is for its own origin only, and absurdly nested JSON is a 400 everywhere.
 */
import http from 'node:http';
import { expectHealthy, sdkFor, startTestEmulator, type TestEmulator } from './helpers';

/** A raw request with exactly the headers given (fetch would not let us set Host). */
function raw(port: number, path: string, headers: Record<string, string>, method = 'GET', body?: string): Promise<{ status: number; headers: http.IncomingHttpHeaders; text: string }> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers, setHost: false }, (res) => {
      let text = '';
      res.on('data', (chunk) => (text += chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
    });
    req.on('error', reject);
    req.end(body);
  });
}

let t: TestEmulator;
beforeAll(async () => {
  t = await startTestEmulator({ functionsDir: undefined });
  await t.app.database().createCollection('things');
});
afterAll(() => t.close());

describe('Host and Origin', () => {
  it('accepts its own names on its own port, with no Origin (SDKs, scripts) or its own Origin (the H5 app)', async () => {
    const port = t.emulator.port;
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      expect((await raw(port, '/__emulator/health', { Host: host })).status).toBe(200);
      expect((await raw(port, '/__emulator/health', { Host: host, Origin: `http://${host}` })).status).toBe(200);
    }
    expect((await t.app.database().collection('things').count()).total).toBe(0); // the node SDK sends no Origin
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign or null Origin, on every endpoint, without CORS headers', async () => {
    const port = t.emulator.port;
    const own = `127.0.0.1:${port}`;
    const attempts: Record<string, string>[] = [
      { Host: `evil.example:${port}` },
      { Host: `127.0.0.1:${port + 1}` },
      { Host: `192.168.1.20:${port}` }, // a LAN address only counts when bound to 0.0.0.0
      { Host: own, Origin: 'https://evil.example' },
      { Host: own, Origin: 'null' },
      { Host: own, Origin: `http://localhost:${port}` }, // a different origin than the one asked
    ];
    for (const path of ['/__emulator/export', '/__emulator/health', '/admin', '/__client/functions/whoami', '/__cos/a.png', '/']) {
      for (const headers of attempts) {
        const res = await raw(port, path, headers);
        expect({ path, headers, status: res.status }).toEqual({ path, headers, status: 403 });
        expect(res.headers['access-control-allow-origin']).toBeUndefined();
        expect(res.text).not.toContain('cloudbase-emulator-export');
      }
    }
    const noHost = await raw(port, '/__emulator/export', {}); // Node itself answers HTTP/1.1 without Host with 400
    expect([400, 403]).toContain(noHost.status);
    expect(noHost.text).not.toContain('cloudbase-emulator-export');
    const exported = await raw(port, '/__emulator/export', { Host: own, Origin: 'https://evil.example' });
    expect(JSON.parse(exported.text)).toMatchObject({ errCode: 'FORBIDDEN_ORIGIN', errMsg: expect.stringContaining('evil.example') });
    await expectHealthy(t.emulator);
  });

  it('refuses cross-site use of the control and admin endpoints even without an Origin', async () => {
    const own = `127.0.0.1:${t.emulator.port}`;
    expect((await raw(t.emulator.port, '/__emulator/export', { Host: own, 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
    expect((await raw(t.emulator.port, '/__emulator/health', { Host: own, 'Sec-Fetch-Site': 'same-origin' })).status).toBe(200);
  });
});

describe('CORS', () => {
  it('only for its own origin, and never on the control and admin endpoints', async () => {
    const port = t.emulator.port;
    const own = `127.0.0.1:${port}`;
    const origin = `http://${own}`;
    const client = await raw(port, '/__client/functions/none', { Host: own, Origin: origin }, 'POST', '{}');
    expect(client.headers['access-control-allow-origin']).toBe(origin);
    const preflight = await raw(port, '/__client/upload', { Host: own, Origin: origin, 'Access-Control-Request-Method': 'POST' }, 'OPTIONS');
    expect(preflight.status).toBe(204);
    expect(preflight.headers['access-control-allow-origin']).toBe(origin);
    for (const path of ['/__emulator/health', '/admin']) {
      const res = await raw(port, path, { Host: own, Origin: origin });
      expect(res.headers['access-control-allow-origin']).toBeUndefined();
      const pre = await raw(port, path, { Host: own, Origin: origin, 'Access-Control-Request-Method': 'POST' }, 'OPTIONS');
      expect(pre.status).toBe(403);
      expect(pre.headers['access-control-allow-origin']).toBeUndefined();
    }
    // no Origin, no CORS headers at all (nothing for the SDK to use, nothing for a page to read)
    expect((await raw(port, '/__emulator/health', { Host: own })).headers['access-control-allow-origin']).toBeUndefined();
  });
});

describe('bound to 0.0.0.0 (phone testing)', () => {
  it('accepts any local-network host on its own port but still refuses foreign Origins and names', async () => {
    const lan = await startTestEmulator({ functionsDir: undefined, host: '0.0.0.0' });
    try {
      const port = lan.emulator.port;
      for (const host of [`192.168.1.20:${port}`, `10.0.0.7:${port}`, `172.20.3.4:${port}`, `localhost:${port}`, `127.0.0.1:${port}`]) {
        expect({ host, status: (await raw(port, '/__emulator/health', { Host: host, Origin: `http://${host}` })).status }).toEqual({ host, status: 200 });
      }
      expect((await raw(port, '/__emulator/health', { Host: `192.168.1.20:${port + 1}` })).status).toBe(403);
      expect((await raw(port, '/__emulator/export', { Host: `evil.example:${port}` })).status).toBe(403);
      expect((await raw(port, '/__emulator/export', { Host: `8.8.8.8:${port}` })).status).toBe(403);
      expect((await raw(port, '/__emulator/export', { Host: `192.168.1.20:${port}`, Origin: 'https://evil.example' })).status).toBe(403);
      expect((await sdkFor(lan.emulator).database().createCollection('x')) ?? {}).toBeDefined();
    } finally {
      await lan.close();
    }
  });
});

describe('deeply nested JSON', () => {
  const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
  const deepObject = (depth: number) => `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;

  it('gets 400, not 500, on every JSON-reading endpoint; 100 levels are fine', async () => {
    const port = t.emulator.port;
    const own = { Host: `127.0.0.1:${port}`, 'content-type': 'application/json' };
    const deep = `{"action":"database.getDocument","collectionName":"things","x":${nested(5000)}}`;
    for (const path of ['/admin?env=local-env', '/__client/functions/whoami', '/__client/database', '/__client/temp-urls', '/__client/delete-files', '/__client/subscribe', '/__emulator/faults']) {
      const res = await raw(port, path, { ...own, 'X-WX-OPENID': 'oDeep' }, 'POST', deep);
      expect({ path, status: res.status }).toEqual({ path, status: 400 });
      expect(res.text).toMatch(/deeper than 100 levels/);
    }
    // nesting hidden inside an EJSON string (the SDK sends query/data as JSON text)
    const inString = await raw(port, '/admin?env=local-env', own, 'POST', JSON.stringify({ action: 'database.getDocument', collectionName: 'things', query: deepObject(200) }));
    expect(inString.status).toBe(200);
    expect(JSON.parse(inString.text)).toMatchObject({ code: 'INVALID_PARAM', message: expect.stringMatching(/deeper than 100 levels/) });
    const ok = await raw(port, '/admin?env=local-env', own, 'POST', JSON.stringify({ action: 'database.getDocument', collectionName: 'things', query: deepObject(98) }));
    expect(JSON.parse(ok.text).code).not.toBe('INVALID_PARAM');
    await expectHealthy(t.emulator);
  });
});
