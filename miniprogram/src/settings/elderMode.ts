import Taro from '@tarojs/taro';
import { systemFontEnlarged } from '@/platform/fontScale';

/**
 * 关怀模式 (elder mode): larger type, larger tap targets, one column. The person's own choice (switch on 我的)
 * is stored and wins; with no choice yet, it follows WeChat's enlarged font setting.
 */
export const ELDER_MODE_STORAGE_KEY = 'ui.elderMode';

type Listener = (on: boolean) => void;
const listeners = new Set<Listener>();
let cached: boolean | null = null;

function storedChoice(): boolean | null {
  try {
    const value: unknown = Taro.getStorageSync(ELDER_MODE_STORAGE_KEY);
    if (value === 'on') return true;
    if (value === 'off') return false;
  } catch {
    // Storage unavailable: fall back to the system hint.
  }
  return null;
}

export function isElderMode(): boolean {
  if (cached === null) cached = storedChoice() ?? systemFontEnlarged();
  return cached;
}

export function setElderMode(on: boolean): void {
  cached = on;
  try {
    Taro.setStorageSync(ELDER_MODE_STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // Still applies for this session.
  }
  listeners.forEach((listener) => listener(on));
}

export function subscribeElderMode(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
