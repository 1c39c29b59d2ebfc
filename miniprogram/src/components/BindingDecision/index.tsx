import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { BindingRequestView } from '@shared/contracts/enterprise-binding';
import { api, ApiError, call } from '@/api';
import { inputLabelProps, roleProps } from '@/platform/a11y';
import { ActionButton } from '@/components/ActionButton';
import './index.scss';

/**
 * Approve or refuse a binding request (市场监管 staff, or the enterprise's legal representative). Refusing needs a
 * reason: the requester reads it.
 */
export function BindingDecision({ request, onDecided }: { request: BindingRequestView; onDecided: (next: BindingRequestView) => void }) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const decide = (decision: 'approve' | 'refuse') => {
    if (busy) return;
    setBusy(true);
    setError(null);
    call(api.policy['bindingRequests.decide'], { id: request.id, decision, reason }).then(
      (next) => {
        setBusy(false);
        onDecided(next);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(ApiError.of(cause).message);
      },
    );
  };
  const label = `审核意见（${request.enterpriseName}）`;
  return (
    <View className="binding-decision">
      {error ? (
        <Text className="binding-decision__error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      <Text className="binding-decision__label" aria-hidden="true">
        审核意见（如不同意，必须写明原因，申请人能看到）
      </Text>
      <Textarea className="binding-decision__input" value={reason} maxlength={200} onInput={(event) => setReason(event.detail.value)} {...inputLabelProps(label)} />
      <ActionButton label="通过" onPress={() => decide('approve')} />
      <ActionButton label="不通过" variant="secondary" onPress={() => decide('refuse')} />
    </View>
  );
}
