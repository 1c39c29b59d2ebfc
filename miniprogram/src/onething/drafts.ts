import Taro from '@tarojs/taro';
import type { Answers } from '@shared/catalog/conditions';
import type { InputOf } from '@shared/contract';
import type { api } from '@/api';

type SubmitInput = InputOf<(typeof api.onething)['applications.submit']>;
export type MaterialSupply = SubmitInput['materials'][string];
export type DeliveryInput = SubmitInput['delivery'];
/** What the person typed into the one form: text, or the chosen values of a multi-select. */
export type FormValues = Record<string, string | string[]>;

/**
 * A 一件事 in progress, one per theme, kept in the device's storage so it survives leaving the mini-program
 * (Taro storage: wx storage in WeChat, localStorage in H5 — same API, nothing platform-specific here).
 */
export interface OnethingDraft {
  themeId: string;
  /** The guide's answers as the backend last kept them (answers to questions no longer asked are dropped). */
  answers: Answers;
  /** Material ids whose 告知承诺 the person ticked on the checklist. */
  promises: string[];
  /** The one form (一表申请), as typed. */
  form: FormValues;
  /** How each material is supplied (shared record chosen, files uploaded); promises come from `promises`. */
  supplies: Record<string, MaterialSupply>;
  delivery?: DeliveryInput;
  /** Set when the person first submits; a retry reuses it so the backend never creates a second case. */
  requestId?: string;
  updatedAt: string;
}

const KEY_PREFIX = 'onething.draft.';

function keyOf(themeId: string): string {
  return `${KEY_PREFIX}${themeId}`;
}

function emptyDraft(themeId: string): OnethingDraft {
  return { themeId, answers: {}, promises: [], form: {}, supplies: {}, updatedAt: new Date().toISOString() };
}

export function loadDraft(themeId: string): OnethingDraft {
  try {
    const stored: unknown = Taro.getStorageSync(keyOf(themeId));
    if (stored && typeof stored === 'object' && (stored as OnethingDraft).themeId === themeId) {
      const draft = stored as OnethingDraft;
      return { ...emptyDraft(themeId), ...draft };
    }
  } catch {
    // Storage unavailable: start afresh.
  }
  return emptyDraft(themeId);
}

/** Merges `change` into the stored draft and returns the result. */
export function saveDraft(themeId: string, change: Partial<Omit<OnethingDraft, 'themeId' | 'updatedAt'>>): OnethingDraft {
  const next: OnethingDraft = { ...loadDraft(themeId), ...change, themeId, updatedAt: new Date().toISOString() };
  try {
    Taro.setStorageSync(keyOf(themeId), next);
  } catch {
    // Still usable for this session through the returned value.
  }
  return next;
}

export function hasStartedDraft(themeId: string): boolean {
  return Object.keys(loadDraft(themeId).answers).length > 0;
}

export function clearDraft(themeId: string): void {
  try {
    Taro.removeStorageSync(keyOf(themeId));
  } catch {
    // Nothing stored.
  }
}
