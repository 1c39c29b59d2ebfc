import { Text, View } from '@tarojs/components';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { BindingRequestList } from '@/components/BindingDecision/list';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { useRemote } from '@/hooks/useRemote';
import { roleProps } from '@/platform/a11y';

function RequestList() {
  const loaded = useRemote('pending', () => call(api.policy['bindingRequests.list'], {}), { reloadOnShow: true });
  if (loaded.error && !loaded.data) {
    return (
      <View {...roleProps('alert')}>
        <Text>绑定申请没有加载出来：{loaded.error.message}</Text>
        <ActionButton label="重试" variant="secondary" onPress={loaded.reload} />
      </View>
    );
  }
  if (!loaded.data) {
    return <Text {...roleProps('status')}>正在加载…</Text>;
  }
  const items = loaded.data.items;
  return (
    <Section title="待审核" aside={`${items.length} 件`} hint="先提交的在前。请对照营业执照和登记的法定代表人核实；如不同意，请写明原因，申请人能看到。">
      {items.length ? (
        <BindingRequestList items={items} onChanged={(next) => loaded.replace({ items: next })} />
      ) : (
        <Text>没有待审核的企业绑定申请。</Text>
      )}
    </Section>
  );
}

/** 企业绑定审核 (市场监管): binding requests the market register could not confirm, approved or refused with a reason. */
export default function BindingRequestsReviewPage() {
  return (
    <RoleGate
      title="企业绑定审核"
      allows={(me) => me.roles.includes('staff') && me.department?.id === 'samr'}
      deniedMessage="企业绑定申请由市场监督管理局的工作人员审核。"
    >
      {() => <RequestList />}
    </RoleGate>
  );
}
