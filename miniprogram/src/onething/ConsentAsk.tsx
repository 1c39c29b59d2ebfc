import { Text, View } from '@tarojs/components';
import type { RequiredConsent } from '@shared/privacy/case-consents';
import { ActionButton } from '@/components/ActionButton';
import { headingProps, roleProps } from '@/platform/a11y';
import '@/components/ConsentGate/index.scss';

export interface ConsentAskProps {
  consents: RequiredConsent[];
  busy: boolean;
  error: string | null;
  onAgree: () => void;
  onDecline: () => void;
}

/**
 * Asked right where the submit needs it (PIPL 单独同意): each consent's title, why, and what withdrawing means;
 * 同意并提交 records them and continues the same submit, 暂不提交 leaves the draft as it is.
 */
export function ConsentAsk({ consents, busy, error, onAgree, onDecline }: ConsentAskProps) {
  return (
    <View className="consent-gate" {...roleProps('region')} aria-label="提交前需要您单独同意">
      <Text className="consent-gate__title" {...headingProps(2)}>
        提交前需要您单独同意
      </Text>
      {consents.map((consent) => (
        <View key={consent.purpose} className="consent-gate" {...roleProps('group')} aria-label={consent.title}>
          <Text className="consent-gate__title" {...headingProps(3)}>
            {consent.title}
          </Text>
          <Text className="consent-gate__text">为什么需要：{consent.why}</Text>
          <Text className="consent-gate__text">您可以随时在“我的授权”撤回：{consent.consequenceOfWithdrawal}</Text>
        </View>
      ))}
      {error ? (
        <Text className="consent-gate__error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      <ActionButton label={busy ? '正在提交…' : '同意并提交'} onPress={() => !busy && onAgree()} />
      <ActionButton variant="secondary" label="暂不提交" onPress={() => !busy && onDecline()} />
    </View>
  );
}
