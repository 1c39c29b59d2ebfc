/**
 * Runs the built mini-program (dist/weapp) the way WeChat would, minus the phone: the app is required and
 * launched once, pages are loaded with WeChat's real WXML compiler (`compiler: 'official'`, wcc) and
 * WeChat's component framework (exparser), rendered into jsdom and attached; taps and input are dispatched
 * through exparser to Taro's event handler.
 */
import fs from 'node:fs';
import path from 'node:path';
import { wechat, wrapSetData, type PlatformCall } from './wechat';

const ROOT = path.resolve(__dirname, '../../..');
export const WEAPP_DIST = path.join(ROOT, 'dist/weapp');

/**
 * The part of miniprogram-simulate used here. (Its own typings pull in WeChat's global typings, whose global
 * `require` clashes with Node's across the whole TypeScript program.)
 */
interface RootComponent {
  readonly dom: Element;
  attach(parent: Element): void;
  detach(): void;
}
interface Simulate {
  load(componentPath: string, tagName: string, options: { rootPath: string; compiler: 'official' | 'simulate' }): string;
  render(id: string, properties?: Record<string, unknown>): RootComponent;
}

let simulate: Simulate | null = null;
let launched = false;
const pageIds = new Map<string, string>();

/** Every Component (Taro's recursive `comp` too) gets the JSON boundary on setData, like a real page. */
function withJsonBoundary(options: Record<string, any>): Record<string, any> {
  const lifetimes = { ...(options.lifetimes ?? {}) };
  const created = lifetimes.created ?? options.created;
  lifetimes.created = function (this: Record<string, any>, ...args: unknown[]) {
    wrapSetData(this, 'component');
    return typeof created === 'function' ? created.apply(this, args) : undefined;
  };
  return { ...options, lifetimes };
}

function loadSimulate(): Simulate {
  if (simulate) return simulate;
  simulate = require('miniprogram-simulate') as Simulate;
  const register = (globalThis as any).Component as (options: Record<string, unknown>) => void;
  (globalThis as any).Component = (options: Record<string, any>) => register(withJsonBoundary(options));
  return simulate;
}

/**
 * Requires dist/weapp/app.js (vendors, taro, runtime through the real wx.webpackJsonp) and calls onLaunch,
 * then lets Taro finish launching (it runs the app's launch hooks once React has mounted the app).
 */
export async function launchApp(): Promise<Record<string, any>> {
  const state = wechat();
  if (launched && state.app) return state.app;
  if (!fs.existsSync(path.join(WEAPP_DIST, 'app.js'))) {
    throw new Error(`${WEAPP_DIST}/app.js is missing: run \`npm run build:weapp\` first`);
  }
  loadSimulate();
  require(path.join(WEAPP_DIST, 'app.js'));
  const app = state.app;
  if (!app) throw new Error('dist/weapp/app.js did not call App()');
  const launchOptions = { path: 'pages/index/index', query: {}, scene: 1001, referrerInfo: {} };
  app.onLaunch?.call(app, launchOptions);
  app.onShow?.call(app, launchOptions);
  launched = true;
  await settle();
  return app;
}

function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

function wxElementOf(node: Element): any {
  return (node as any).__wxElement;
}

/**
 * The attributes the WXML gave an element, by their WXML names (`aria-label`…). exparser keeps them off the
 * DOM; j-component records them (camel-cased) on the node.
 */
export function wxAttributes(node: Element): Record<string, unknown> {
  const attrs: Array<{ name: string; value: unknown }> = wxElementOf(node)?._vt?.attrs ?? [];
  return Object.fromEntries(attrs.map(({ name, value }) => [name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`), value]));
}

function hasListener(node: Element, type: string): boolean {
  const events = wxElementOf(node)?.__wxEvents;
  return !!events && !!events[type] && !events[type].empty;
}

export interface TapTarget {
  /** Visible text inside the element to tap. */
  text?: string;
  /** Its aria-label. */
  label?: string;
}

export class PageHandle {
  constructor(
    readonly component: RootComponent,
    private readonly container: HTMLElement,
    readonly route: string,
  ) {}

  get dom(): HTMLElement {
    return this.component.dom as HTMLElement;
  }

  text(): string {
    return normalise(this.dom.textContent);
  }

  /** Polls until the page shows `expected` (React → Taro → setData → exparser is asynchronous). */
  async waitForText(expected: string | RegExp, timeoutMs = 5000): Promise<void> {
    await this.waitFor(() => (typeof expected === 'string' ? this.text().includes(expected) : expected.test(this.text())), `text ${expected}`, timeoutMs);
  }

  async waitFor(condition: () => boolean, what: string, timeoutMs = 5000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!condition()) {
      if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}; page ${this.route} shows: ${this.text().slice(0, 600)}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** Every element on the page, in document order. */
  private elements(): Element[] {
    return Array.from(this.dom.querySelectorAll('*'));
  }

  /** The innermost element matching the target, or null. */
  find(target: TapTarget): Element | null {
    const matches = this.elements().filter((el) => {
      if (target.label !== undefined && wxAttributes(el)['aria-label'] !== target.label) return false;
      if (target.text !== undefined && !normalise(el.textContent).includes(target.text)) return false;
      return true;
    });
    // Innermost: no other match inside it.
    return matches.find((el) => !matches.some((other) => other !== el && el.contains(other))) ?? null;
  }

  /** The element a finger on `target` would hit that has a tap handler (the target or an ancestor). */
  private tappable(target: TapTarget): Element {
    const start = this.find(target);
    if (!start) throw new Error(`nothing on ${this.route} matches ${JSON.stringify(target)}; page shows: ${this.text().slice(0, 600)}`);
    for (let el: Element | null = start; el; el = el.parentElement) {
      if (hasListener(el, 'tap')) return el;
      if (el === this.dom) break;
    }
    throw new Error(`${JSON.stringify(target)} on ${this.route} has no tap handler`);
  }

  /** Dispatches a WeChat `tap` through exparser, as the render thread would after a touch. */
  async tap(target: TapTarget): Promise<void> {
    this.dispatch(this.tappable(target), 'tap', { x: 0, y: 0 });
    await settle();
  }

  /** Types into the input whose aria-label is `label` (fires WeChat's `input` event with the new value). */
  async input(label: string, value: string): Promise<void> {
    const el = this.find({ label });
    if (!el) throw new Error(`no input labelled ${label} on ${this.route}`);
    this.dispatch(el, 'input', { value, cursor: value.length, keyCode: 0 });
    await settle();
  }

  /** The `picker` around the box labelled `label` (the nearest ancestor listening for `change`). */
  picker(label: string): Element {
    const box = this.find({ label });
    if (!box) throw new Error(`no picker labelled ${label} on ${this.route}`);
    for (let el: Element | null = box; el; el = el.parentElement) {
      if (hasListener(el, 'change')) return el;
      if (el === this.dom) break;
    }
    throw new Error(`${label} on ${this.route} is not inside a picker`);
  }

  /** Picks `value` in the picker labelled `label`, as WeChat's wheel does on 确定 (a date string, or an option's index). */
  async pick(label: string, value: string | number): Promise<void> {
    this.dispatch(this.picker(label), 'change', { value });
    await settle();
  }

  private dispatch(el: Element, type: string, detail: Record<string, unknown>): void {
    const exparser = require('miniprogram-exparser');
    const originalEvent = new CustomEvent(type, { bubbles: true });
    el.dispatchEvent(originalEvent);
    exparser.Event.dispatchEvent(
      wxElementOf(el),
      exparser.Event.create(type, detail, {
        originalEvent,
        bubbles: true,
        capturePhase: true,
        composed: true,
        extraFields: { touches: [], changedTouches: [] },
      }),
    );
  }

  /** Detaches the page (onHide, onUnload) and removes it from the document. */
  close(): void {
    this.component.detach();
    this.container.remove();
  }
}

/** Lets promise chains and Taro's batched setData run. */
export async function settle(ms = 30): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, ms));
}

/** Opens `route` (e.g. `pages/me/index`) with `query`, as WeChat would on navigateTo. */
export async function openPage(route: string, query: Record<string, string> = {}): Promise<PageHandle> {
  await launchApp();
  const sim = loadSimulate();
  const normalised = route.replace(/^\//, '').split('?')[0];
  const state = wechat();
  let id = pageIds.get(normalised);
  if (!id) {
    const file = path.join(WEAPP_DIST, normalised);
    if (!fs.existsSync(`${file}.js`)) throw new Error(`no page ${normalised} in ${WEAPP_DIST}`);
    state.loadingRoute = normalised;
    try {
      id = sim.load(file, 'page', { rootPath: WEAPP_DIST, compiler: 'official' });
    } finally {
      state.loadingRoute = null;
    }
    pageIds.set(normalised, id);
  }
  state.pendingQuery = query;
  const component = sim.render(id);
  const container = document.createElement('div');
  document.body.appendChild(container);
  component.attach(container);
  await settle();
  return new PageHandle(component, container, normalised);
}

/** Opens the page a recorded navigateTo/switchTab pointed at. */
export async function follow(call: PlatformCall): Promise<PageHandle> {
  const url = String(call.options.url ?? '');
  const [route, search = ''] = url.split('?');
  // WeChat hands onLoad the query values as they were written in the URL (still percent-encoded).
  const query = Object.fromEntries(
    search
      .split('&')
      .filter(Boolean)
      .map((pair) => {
        const at = pair.indexOf('=');
        return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
      }),
  );
  return openPage(route, query);
}

/** Navigation calls recorded since the last `clearCalls()`. */
export function navigations(): PlatformCall[] {
  return wechat().calls.filter((call) => ['navigateTo', 'redirectTo', 'switchTab', 'reLaunch', 'navigateBack'].includes(call.api));
}

export function clearCalls(): void {
  wechat().calls.length = 0;
  wechat().cloudCalls.length = 0;
}

/** Who the mini-program user is, as WeChat would attach it to every cloud call. */
export function actAs(openid: string | null): void {
  wechat().openid = openid;
}

export function useCloud(url: string): void {
  wechat().cloudUrl = url;
}
