import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { CONSENTS, type ConsentPurpose } from '@shared/privacy/consents';
import { useConsent } from '@/hooks/useConsent';
import { headingProps, roleProps } from '@/platform/a11y';
import { ActionButton } from '@/components/ActionButton';
import './index.scss';

export interface ConsentGateProps {
  purpose: ConsentPurpose;
  /** Recorded with the consent: which step asked (e.g. profile.id_photo). */
  context?: string;
  children: ReactNode;
}

/**
 * A sensitive step behind its own consent: until the person agrees (now, for this purpose), the step is not
 * shown; the card says what is needed and why. Withdrawing on 我的授权 closes it again.
 */
export function ConsentGate({ purpose, context, children }: ConsentGateProps) {
  const consent = useConsent(purpose, context);
  const definition = CONSENTS[purpose];
  if (consent.granted) return <>{children}</>;
  return (
    <View className="consent-gate" {...roleProps('region')} aria-label={`需要您同意：${definition.title}`}>
      <Text className="consent-gate__title" {...headingProps(3)}>
        这一步需要您单独同意：{definition.title}
      </Text>
      <Text className="consent-gate__text">为什么需要：{definition.why}</Text>
      <Text className="consent-gate__text">您可以随时在“我的授权”撤回。{definition.consequenceOfWithdrawal}</Text>
      {consent.item?.status === 'withdrawn' ? (
        <Text className="consent-gate__status">您之前撤回了这项授权。</Text>
      ) : null}
      {consent.error ? (
        <Text className="consent-gate__error" {...roleProps('alert')}>
          {consent.error}
        </Text>
      ) : null}
      {consent.item ? (
        <ActionButton label={consent.busy ? '正在提交…' : `同意，继续${definition.title}这一步`} onPress={() => !consent.busy && consent.grant()} />
      ) : (
        <Text className="consent-gate__text" {...roleProps('status')}>
          正在查询授权…
        </Text>
      )}
    </View>
  );
}
