/**
 * A fake WeChat platform for the weapp build, installed in the test realm before any test code runs
 * (jest `setupFiles`). What WeChat would do natively is either done for real (cloud calls reach the local
 * CloudBase over HTTP, setData payloads cross a JSON boundary as they do between WeChat's two threads) or
 * recorded for assertions (navigation, scrolling, toasts).
 *
 * miniprogram-simulate merges its own `wx` mock under this one when it loads, so what is defined here wins.
 */

type Callbacks = { success?: (res: unknown) => void; fail?: (err: unknown) => void; complete?: (res: unknown) => void };

/** One recorded platform call (navigation, scroll, toast…). */
export interface PlatformCall {
  api: string;
  options: Record<string, unknown>;
}

export interface CloudCall {
  name: string;
  data: unknown;
  openid: string | null;
  status: number;
}

/** A registered page definition (what the built page passed to `Page(…)`), keyed by route. */
export interface WechatState {
  /** The local CloudBase the fake `wx.cloud` talks to (`EMULATOR_URL` by default). */
  cloudUrl: string | null;
  /** The WeChat identity of the caller, sent as X-WX-OPENID (as WeChat attaches OPENID to the call). */
  openid: string | null;
  calls: PlatformCall[];
  cloudCalls: CloudCall[];
  cloudInit: Record<string, unknown> | null;
  storage: Map<string, unknown>;
  app: Record<string, any> | null;
  pageStack: Array<Record<string, any>>;
  /** The route of the page being loaded: Page() calls are attributed to it. */
  loadingRoute: string | null;
  /** Query handed to onLoad of the page attached next. */
  pendingQuery: Record<string, string>;
  /** Every setData payload, after its JSON round trip. */
  setDataCount: number;
}

declare global {
  // eslint-disable-next-line no-var
  var __wechat: WechatState;
  // eslint-disable-next-line no-var
  var __hostHttp: (url: string, init: { method: string; headers: Record<string, string>; body: string | number[] }) => Promise<{ status: number; text: string }>;
}

const state: WechatState = {
  cloudUrl: process.env.EMULATOR_URL || null,
  openid: process.env.WX_OPENID || null,
  calls: [],
  cloudCalls: [],
  cloudInit: null,
  storage: new Map(),
  app: null,
  pageStack: [],
  loadingRoute: null,
  pendingQuery: {},
  setDataCount: 0,
};
globalThis.__wechat = state;

export function wechat(): WechatState {
  return globalThis.__wechat;
}

/** Settles a WeChat-style async API: callbacks and a promise, like the real base library. */
function settle<T>(api: string, options: Callbacks & Record<string, unknown>, work: () => Promise<T> | T): Promise<T> {
  return Promise.resolve()
    .then(work)
    .then(
      (res) => {
        options.success?.(res);
        options.complete?.(res);
        return res;
      },
      (error: unknown) => {
        const err = { errMsg: `${api}:fail ${error instanceof Error ? error.message : String(error)}` };
        options.fail?.(err);
        options.complete?.(err);
        throw err;
      },
    );
}

function recorder(api: string) {
  return (options: Callbacks & Record<string, unknown> = {}) => {
    const { success: _s, fail: _f, complete: _c, ...rest } = options;
    state.calls.push({ api, options: rest });
    return settle(api, options, () => ({ errMsg: `${api}:ok` }));
  };
}

/**
 * The JSON boundary between WeChat's logic and render threads: functions, symbols and BigInts cannot cross
 * it, so the page must never put them into data. Fails loudly instead of silently dropping them.
 */
export function jsonRoundTrip<T>(value: T, where: string): T {
  const text = JSON.stringify(value, (key, v) => {
    if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') {
      throw new Error(`${where}: setData payload holds a ${typeof v} at "${key}", which cannot cross to the render thread`);
    }
    return v;
  });
  return text === undefined ? value : (JSON.parse(text) as T);
}

/** Make `this.setData` of a page or component instance pass its payload through the JSON boundary. */
export function wrapSetData(instance: Record<string, any>, where: string): void {
  const original = instance.setData;
  if (typeof original !== 'function' || original.__jsonRoundTrip) return;
  const wrapped = function (this: unknown, data: unknown, callback?: () => void) {
    state.setDataCount += 1;
    return original.call(instance, jsonRoundTrip(data, where), callback);
  };
  (wrapped as any).__jsonRoundTrip = true;
  instance.setData = wrapped;
}

const systemInfo = {
  brand: 'devtools',
  model: 'iPhone 12',
  pixelRatio: 2,
  screenWidth: 375,
  screenHeight: 812,
  windowWidth: 375,
  windowHeight: 700,
  statusBarHeight: 44,
  language: 'zh_CN',
  version: '8.0.50',
  system: 'iOS 17.0',
  platform: 'devtools',
  fontSizeSetting: 16,
  fontSizeScaleFactor: 1,
  SDKVersion: '3.4.0',
  benchmarkLevel: 1,
  safeArea: { left: 0, right: 375, top: 44, bottom: 778, width: 375, height: 734 },
  theme: 'light',
  enableDebug: false,
  deviceOrientation: 'portrait',
};

async function callFunction(options: Callbacks & { name: string; data?: unknown }) {
  return settle('cloud.callFunction', options, async () => {
    if (!state.cloudUrl) {
      throw new Error('no local CloudBase: set EMULATOR_URL or wechat().cloudUrl before calling a function');
    }
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (state.openid) headers['X-WX-OPENID'] = state.openid;
    const response = await globalThis.__hostHttp(`${state.cloudUrl}/__client/functions/${encodeURIComponent(options.name)}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(options.data ?? {}),
    });
    state.cloudCalls.push({ name: options.name, data: jsonRoundTrip(options.data ?? {}, 'callFunction'), openid: state.openid, status: response.status });
    if (response.status !== 200) throw new Error(`HTTP ${response.status} ${response.text.slice(0, 200)}`);
    return { result: JSON.parse(response.text) as unknown, errMsg: 'cloud.callFunction:ok', requestID: `local-${state.cloudCalls.length}` };
  });
}

const storageApi = {
  getStorageSync: (key: string) => (state.storage.has(key) ? state.storage.get(key) : ''),
  setStorageSync: (key: string, value: unknown) => {
    state.storage.set(key, jsonRoundTrip(value, 'setStorageSync'));
  },
  removeStorageSync: (key: string) => {
    state.storage.delete(key);
  },
  clearStorageSync: () => state.storage.clear(),
  getStorage: (o: Callbacks & { key: string }) =>
    settle('getStorage', o, () => {
      if (!state.storage.has(o.key)) throw new Error('data not found');
      return { data: state.storage.get(o.key), errMsg: 'getStorage:ok' };
    }),
  setStorage: (o: Callbacks & { key: string; data: unknown }) =>
    settle('setStorage', o, () => {
      state.storage.set(o.key, jsonRoundTrip(o.data, 'setStorage'));
      return { errMsg: 'setStorage:ok' };
    }),
  removeStorage: (o: Callbacks & { key: string }) =>
    settle('removeStorage', o, () => {
      state.storage.delete(o.key);
      return { errMsg: 'removeStorage:ok' };
    }),
  getStorageInfoSync: () => ({ keys: [...state.storage.keys()], currentSize: 0, limitSize: 10240 }),
};

const wx = {
  // Navigation and page UI: recorded, answered "ok".
  navigateTo: recorder('navigateTo'),
  redirectTo: recorder('redirectTo'),
  switchTab: recorder('switchTab'),
  reLaunch: recorder('reLaunch'),
  navigateBack: recorder('navigateBack'),
  pageScrollTo: recorder('pageScrollTo'),
  showToast: recorder('showToast'),
  hideToast: recorder('hideToast'),
  showLoading: recorder('showLoading'),
  hideLoading: recorder('hideLoading'),
  showModal: (o: Callbacks & Record<string, unknown> = {}) => {
    const { success: _s, fail: _f, complete: _c, ...rest } = o;
    state.calls.push({ api: 'showModal', options: rest });
    return settle('showModal', o, () => ({ confirm: true, cancel: false, errMsg: 'showModal:ok' }));
  },
  setNavigationBarTitle: recorder('setNavigationBarTitle'),
  makePhoneCall: recorder('makePhoneCall'),
  requestSubscribeMessage: recorder('requestSubscribeMessage'),
  // System information: an iPhone-sized device with WeChat's default font size.
  getSystemInfoSync: () => ({ ...systemInfo }),
  getSystemInfo: (o: Callbacks = {}) => settle('getSystemInfo', o, () => ({ ...systemInfo, errMsg: 'getSystemInfo:ok' })),
  getWindowInfo: () => ({ ...systemInfo }),
  getDeviceInfo: () => ({ ...systemInfo }),
  getAppBaseInfo: () => ({ ...systemInfo }),
  getLaunchOptionsSync: () => ({ path: 'pages/index/index', scene: 1001, query: {}, referrerInfo: {} }),
  getEnterOptionsSync: () => ({ path: 'pages/index/index', scene: 1001, query: {}, referrerInfo: {} }),
  ...storageApi,
  cloud: {
    init: (options: Record<string, unknown> = {}) => {
      state.cloudInit = { ...options };
    },
    callFunction,
  },
};

(globalThis as any).wx = wx;

// App / getApp / getCurrentPages / Page: WeChat's page system, on top of miniprogram-simulate's Component.
(globalThis as any).App = (config: Record<string, any>) => {
  state.app = config;
};
(globalThis as any).getApp = () => state.app;
(globalThis as any).getCurrentPages = () => [...state.pageStack];

const PAGE_LIFECYCLES = ['onLoad', 'onShow', 'onReady', 'onHide', 'onUnload'];

/**
 * miniprogram-simulate loads components, not pages: register the page config as a Component whose
 * `attached` calls onLoad(query) then onShow, `ready` → onReady, `detached` → onUnload
 * (wechat-miniprogram/miniprogram-simulate#26).
 */
(globalThis as any).Page = (config: Record<string, any>) => {
  const route = state.loadingRoute;
  const methods: Record<string, unknown> = {};
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(config)) {
    if (key === 'data') continue;
    if (typeof value === 'function') methods[key] = value;
    else fields[key] = value;
  }
  const Component = (globalThis as any).Component as (options: Record<string, unknown>) => void;
  Component({
    data: config.data ?? {},
    methods,
    lifetimes: {
      created(this: Record<string, any>) {
        Object.assign(this, fields);
        this.route = route;
        this.__route__ = route;
        this.options = {};
        wrapSetData(this, `page ${route}`);
      },
      attached(this: Record<string, any>) {
        const query = state.pendingQuery;
        state.pendingQuery = {};
        this.options = query;
        state.pageStack.push(this);
        for (const name of PAGE_LIFECYCLES) {
          if (typeof this[name] !== 'function' && typeof config[name] === 'function') this[name] = config[name];
        }
        this.onLoad?.(query);
        this.onShow?.();
      },
      ready(this: Record<string, any>) {
        this.onReady?.();
      },
      detached(this: Record<string, any>) {
        this.onHide?.();
        this.onUnload?.();
        state.pageStack = state.pageStack.filter((page) => page !== this);
      },
    },
  });
};

export {};
