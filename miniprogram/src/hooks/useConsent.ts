import { useCallback, useEffect, useState } from 'react';
import type { ConsentItem } from '@shared/contracts/privacy';
import { CONSENTS, type ConsentPurpose } from '@shared/privacy/consents';
import { api, ApiError, call } from '@/api';
import { markNoticeAccepted } from '@/settings/privacyNotice';

/** The device remembers an agreed privacy notice, so the first-use card stops asking. */
function remember(item: ConsentItem | null): void {
  if (item?.purpose === 'privacy_notice' && item.status === 'granted') markNoticeAccepted();
}

export interface ConsentState {
  /** null while loading. */
  item: ConsentItem | null;
  granted: boolean;
  busy: boolean;
  error: string | null;
  /** Agree to the current version, at this moment, for this step. */
  grant: () => void;
  reload: () => void;
}

/** One purpose's consent (e.g. `useConsent('id_photo')`): is it granted now, and asking for it. */
export function useConsent(purpose: ConsentPurpose, context?: string): ConsentState {
  const [item, setItem] = useState<ConsentItem | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const fail = (cause: unknown) => {
    setBusy(false);
    setError(ApiError.of(cause).message);
  };

  const reload = useCallback(() => {
    setError(null);
    call(api.account['consents.list'], {}).then((list) => {
      const found = list.items.find((entry) => entry.purpose === purpose) ?? null;
      remember(found);
      setItem(found);
    }, fail);
  }, [purpose]);

  useEffect(reload, [reload]);

  const grant = useCallback(() => {
    setBusy(true);
    setError(null);
    call(api.account['consents.grant'], { purpose, version: CONSENTS[purpose].version, ...(context ? { context } : {}) }).then((granted) => {
      setBusy(false);
      remember(granted);
      setItem(granted);
    }, fail);
  }, [purpose, context]);

  return { item, granted: item?.status === 'granted', busy, error, grant, reload };
}
