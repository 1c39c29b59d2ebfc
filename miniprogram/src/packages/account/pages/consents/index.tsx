import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ConsentItem } from '@shared/contracts/privacy';
import type { ConsentPurpose } from '@shared/privacy/consents';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Tag, type TagProps } from '@/components/Tag';
import { api, ApiError, call } from '@/api';
import { formatDateTime } from '@/format';
import { headingProps, roleProps } from '@/platform/a11y';
import { forgetNoticeAnswer } from '@/settings/privacyNotice';
import './index.scss';

const STATUS: Record<ConsentItem['status'], TagProps> = {
  granted: { text: '已同意', tone: 'success' },
  withdrawn: { text: '已撤回', tone: 'neutral' },
  never: { text: '未授权', tone: 'neutral' },
  outdated: { text: '内容已更新，需重新同意', tone: 'notice' },
};

function ConsentCard({ item, onWithdrawn }: { item: ConsentItem; onWithdrawn: (item: ConsentItem, consequence: string) => void }) {
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const withdraw = () => {
    setBusy(true);
    call(api.account['consents.withdraw'], { purpose: item.purpose }).then(
      (result) => {
        setBusy(false);
        setConfirming(false);
        if (item.purpose === 'privacy_notice') forgetNoticeAnswer();
        onWithdrawn(result.item, result.consequence);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(ApiError.of(cause).message);
      },
    );
  };

  return (
    <View className="consent-card" {...roleProps('listitem')}>
      <View className="consent-card__head">
        <Text className="consent-card__title" {...headingProps(2)}>
          {item.title}
        </Text>
        <Tag {...STATUS[item.status]} />
      </View>
      <Text className="consent-card__line">用途：{item.why}</Text>
      <Text className="consent-card__line">
        {item.status === 'withdrawn' ? `撤回时间：${formatDateTime(item.withdrawnAt)}` : `同意时间：${formatDateTime(item.grantedAt)}`}
      </Text>
      <Text className="consent-card__line">版本：{item.version}{item.sensitive ? '（敏感个人信息，单独同意）' : ''}</Text>
      {error ? (
        <Text className="consent-card__error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      {item.status === 'granted' && !confirming ? (
        <ActionButton variant="secondary" label={`撤回“${item.title}”授权`} onPress={() => setConfirming(true)} />
      ) : null}
      {confirming ? (
        <View className="consent-card__confirm" {...roleProps('alert')}>
          <Text className="consent-card__line">撤回后：{item.consequenceOfWithdrawal}</Text>
          <ActionButton label={busy ? '正在撤回…' : '确认撤回'} onPress={() => !busy && withdraw()} />
          <ActionButton variant="plain" label="不撤回" onPress={() => setConfirming(false)} />
        </View>
      ) : null}
    </View>
  );
}

/** 我的授权: every purpose with its status, time and version; withdrawing states the consequence first. */
export default function ConsentsPage() {
  const [items, setItems] = useState<ConsentItem[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const load = useCallback(() => {
    setError(null);
    call(api.account['consents.list'], {}).then(
      (list) => setItems(list.items),
      (cause: unknown) => setError(ApiError.of(cause)),
    );
  }, []);
  useEffect(load, [load]);

  const replace = (purpose: ConsentPurpose, next: ConsentItem) =>
    setItems((list) => (list ?? []).map((entry) => (entry.purpose === purpose ? next : entry)));

  return (
    <PageShell title="我的授权" subtitle="您同意过哪些信息的使用，随时可以撤回" loading={!items && !error} error={error} onRetry={load}>
      {notice ? (
        <Text className="consents-notice" {...roleProps('status')}>
          {notice}
        </Text>
      ) : null}
      <View className="consents-list" {...roleProps('list')} aria-label="授权列表">
        {(items ?? []).map((item) => (
          <ConsentCard
            key={item.purpose}
            item={item}
            onWithdrawn={(next, consequence) => {
              replace(item.purpose, next);
              setNotice(`已撤回“${item.title}”。${consequence}`);
            }}
          />
        ))}
      </View>
    </PageShell>
  );
}
