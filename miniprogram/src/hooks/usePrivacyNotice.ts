import { useCallback, useEffect, useState } from 'react';
import { PRIVACY_NOTICE_VERSION } from '@shared/privacy/consents';
import { api, ApiError, call } from '@/api';
import { markNoticeAccepted, markNoticeDeclined, noticeState, subscribeNotice, type NoticeState } from '@/settings/privacyNotice';

/** The first-use privacy notice: its state on this device, and agreeing (recorded by consents.grant). */
export function usePrivacyNotice() {
  const [state, setState] = useState<NoticeState>(noticeState);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    setState(noticeState());
    return subscribeNotice(setState);
  }, []);

  const accept = useCallback(() => {
    setBusy(true);
    setError(null);
    call(api.account['consents.grant'], { purpose: 'privacy_notice', version: PRIVACY_NOTICE_VERSION, context: 'first_use' }).then(
      () => {
        setBusy(false);
        markNoticeAccepted();
      },
      (cause: unknown) => {
        setBusy(false);
        setError(ApiError.of(cause).message);
      },
    );
  }, []);

  return { state, busy, error, accept, decline: markNoticeDeclined };
}
