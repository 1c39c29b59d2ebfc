import Taro from '@tarojs/taro';
import { PRIVACY_NOTICE_VERSION } from '@shared/privacy/consents';

/**
 * Whether this device has shown the 用户隐私保护指引 and the person agreed to the current version (the server
 * keeps the record: consents.grant). "Declined" lasts for this session: the person keeps browsing and is
 * asked again next time, or at the moment a step needs it.
 */
export const PRIVACY_STORAGE_KEY = 'privacy.noticeVersion';

export type NoticeState = 'accepted' | 'declined' | 'unanswered';
type Listener = (state: NoticeState) => void;
const listeners = new Set<Listener>();
let declined = false;

export function noticeState(): NoticeState {
  try {
    if (Taro.getStorageSync(PRIVACY_STORAGE_KEY) === PRIVACY_NOTICE_VERSION) return 'accepted';
  } catch {
    // No storage: ask.
  }
  return declined ? 'declined' : 'unanswered';
}

function notify(): void {
  const state = noticeState();
  listeners.forEach((listener) => listener(state));
}

export function markNoticeAccepted(): void {
  try {
    Taro.setStorageSync(PRIVACY_STORAGE_KEY, PRIVACY_NOTICE_VERSION);
  } catch {
    // The server record still counts.
  }
  declined = false;
  notify();
}

export function markNoticeDeclined(): void {
  declined = true;
  notify();
}

export function forgetNoticeAnswer(): void {
  try {
    Taro.removeStorageSync(PRIVACY_STORAGE_KEY);
  } catch {
    // ignore
  }
  declined = false;
  notify();
}

export function subscribeNotice(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
