import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { api, ApiError, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { useRemote } from '@/hooks/useRemote';
import { roleProps } from '@/platform/a11y';
import { openBind } from '@/policy/navigation';
import { BindingRequestCard } from '@/components/BindingDecision/card';
import { LoadState } from '@/packages/enterprise/components/LoadState';
import '@/packages/enterprise/components/policy.scss';

/** 我的绑定申请: each request's state (待审核 / 已通过 / 未通过 and why / 已撤回); a pending one can be withdrawn. */
export default function BindingRequestsPage() {
  const loaded = useRemote('mine', () => call(api.policy['bindingRequests.mine'], {}), { reloadOnShow: true });
  const [failure, setFailure] = useState<string | null>(null);
  const withdraw = (id: string) => {
    setFailure(null);
    call(api.policy['bindingRequests.withdraw'], { id }).then(
      (next) => loaded.data && loaded.replace({ items: loaded.data.items.map((item) => (item.id === next.id ? next : item)) }),
      (cause: unknown) => setFailure(ApiError.of(cause).message),
    );
  };
  const items = loaded.data?.items ?? [];
  return (
    <PageShell title="我的绑定申请" subtitle="以法定代表人身份绑定、需要审核的申请">
      <LoadState what="绑定申请" loading={loaded.loading && !loaded.data} error={loaded.data ? null : loaded.error} onRetry={loaded.reload} />
      {failure ? (
        <Text className="pol-objection__error" {...roleProps('alert')}>
          {failure}
        </Text>
      ) : null}
      {loaded.data ? (
        <Section title="申请记录" aside={`${items.length} 份`} hint="审核通过前，您不能查看或办理这家企业的事项。">
          {items.length ? (
            <View {...roleProps('list')} aria-label="绑定申请">
              {items.map((request) => (
                <BindingRequestCard key={request.id} request={request}>
                  {request.status.value === 'pending' ? <ActionButton label="撤回申请" variant="secondary" onPress={() => withdraw(request.id)} /> : null}
                </BindingRequestCard>
              ))}
            </View>
          ) : (
            <Text className="pol-card__note">您还没有需要审核的绑定申请。</Text>
          )}
        </Section>
      ) : null}
      <ActionButton label="绑定企业" variant="plain" onPress={openBind} />
    </PageShell>
  );
}
