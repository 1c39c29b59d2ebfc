import { Text, View } from '@tarojs/components';
import type { HelpRequestSummary } from '@shared/contracts/help-views';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { HelpRequestList } from '@/components/HelpRequestList';
import { ListMore } from '@/components/ListMore';
import { usePagedList, type PagedList } from '@/hooks/usePagedList';
import { useRemote } from '@/hooks/useRemote';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';

const openRequest = (item: HelpRequestSummary) => openPage(ROUTES.helperRequest, { id: item.id });

/** Every request the helper accepted or was assigned and has not finished, soonest first, a page at a time. */
function MyWork() {
  const mine = usePagedList<HelpRequestSummary>((cursor) => call(api.help['requests.listAssigned'], cursor ? { filter: 'active', cursor } : { filter: 'active' }), {
    reloadOnShow: true,
  });
  return (
    <Section title="我的服务单" hint="我接下的和调度派给我的，还没办完的。" aside={mine.items ? `${mine.more ? '已显示 ' : ''}${mine.items.length} 件` : undefined}>
      <PagedRequests list={mine} label="我的服务单" empty="手上没有要办的单。" more="办理" />
    </Section>
  );
}

/** Open requests this helper may accept, only once their qualification is verified. */
function OpenRequests() {
  const open = usePagedList<HelpRequestSummary>((cursor) => call(api.help['requests.listOpen'], cursor ? { cursor } : {}), { reloadOnShow: true });
  return (
    <Section
      title="可接的单"
      hint="和您的服务区域、服务类型相符的申请，时间近的在前。接单后才能看到完整电话和地址。"
      aside={open.items ? `${open.more ? '已显示 ' : ''}${open.items.length} 件` : undefined}
    >
      <PagedRequests list={open} label="可接的单" empty="现在没有可接的单。" more="查看并接单" />
    </Section>
  );
}

function PagedRequests({ list, label, empty, more }: { list: PagedList<HelpRequestSummary>; label: string; empty: string; more: string }) {
  if (list.error && !list.items) {
    return (
      <View {...roleProps('alert')}>
        <Text>{messageOf(list.error)}</Text>
        <ActionButton label="重试" onPress={list.reload} />
      </View>
    );
  }
  if (!list.items) return <Text {...roleProps('status')}>正在加载，请稍候…</Text>;
  return (
    <>
      <HelpRequestList items={list.items} label={label} empty={empty} more={more} onOpen={openRequest} showContact />
      <ListMore shown={list.items.length} more={list.more} loading={list.loadingMore} onMore={list.loadMore} />
    </>
  );
}

function HelperLists() {
  const me = useRemote('helper', () => call(api.help['helpers.me'], {}), { reloadOnShow: true });
  if (me.error && !me.data) {
    return (
      <View {...roleProps('alert')}>
        <Text>{messageOf(me.error)}</Text>
        <ActionButton label="重试" onPress={me.reload} />
      </View>
    );
  }
  if (!me.data) return <Text {...roleProps('status')}>正在加载，请稍候…</Text>;
  const verified = me.data.profile?.status.value === 'verified';
  return (
    <>
      <MyWork />
      {verified ? (
        <OpenRequests />
      ) : (
        <Section title="可接的单">
          <Text {...roleProps('status')}>{me.data.message ?? '您的帮办员资格还没有认证或已暂停，暂时不能接新单。'}</Text>
        </Section>
      )}
    </>
  );
}

export default function HelperRequestsPage() {
  return (
    <RoleGate
      title="接单与服务"
      allows={(me) => me.roles.includes('helper')}
      deniedMessage="这里只给认证的帮办员使用。如果您需要别人帮忙办事，请回到首页点“帮办代办”。"
    >
      {() => <HelperLists />}
    </RoleGate>
  );
}
