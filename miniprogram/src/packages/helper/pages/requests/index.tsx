import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { HelpRequestSummary } from '@shared/contracts/help-views';
import { api, call } from '../../../../api';
import { ActionButton } from '../../../../components/ActionButton';
import { HelpRequestList } from '../../../../components/HelpRequestList';
import { RoleGate } from '../../../../components/RoleGate';
import { Section } from '../../../../components/Section';
import { messageOf } from '../../../../help/errors';
import { roleProps } from '../../../../platform/a11y';
import { openPage, ROUTES } from '../../../../routes';

interface Lists {
  open: HelpRequestSummary[];
  mine: HelpRequestSummary[];
  note: string | null;
}

function HelperLists() {
  const [lists, setLists] = useState<Lists | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shownOnce = useRef(false);

  const load = useCallback(() => {
    setError(null);
    Promise.all([
      call(api.help['helpers.me'], {}),
      call(api.help['requests.listAssigned'], { filter: 'active' }),
    ])
      .then(async ([me, mine]) => {
        const verified = me.profile?.status.value === 'verified';
        const open = verified ? (await call(api.help['requests.listOpen'], {})).items : [];
        setLists({ open, mine: mine.items, note: verified ? null : me.message ?? '您的帮办员资格还没有认证或已暂停，暂时不能接新单。' });
      })
      .catch((cause: unknown) => setError(messageOf(cause)));
  }, []);

  useEffect(load, [load]);
  useDidShow(() => {
    if (shownOnce.current) load();
    shownOnce.current = true;
  });

  const open = (item: HelpRequestSummary) => openPage(ROUTES.helperRequest, { id: item.id });

  if (error) {
    return (
      <View {...roleProps('alert')}>
        <Text>{error}</Text>
        <ActionButton label="重试" onPress={load} />
      </View>
    );
  }
  if (!lists) return <Text {...roleProps('status')}>正在加载，请稍候…</Text>;
  return (
    <>
      <Section title="我的服务单" hint="我接下的和调度派给我的，还没办完的。" aside={`${lists.mine.length} 件`}>
        <HelpRequestList items={lists.mine} label="我的服务单" empty="手上没有要办的单。" more="办理" onOpen={open} showContact />
      </Section>
      <Section title="可接的单" hint="和您的服务区域、服务类型相符的申请，时间近的在前。接单后才能看到完整电话和地址。" aside={`${lists.open.length} 件`}>
        {lists.note ? <Text {...roleProps('status')}>{lists.note}</Text> : null}
        <HelpRequestList items={lists.open} label="可接的单" empty="现在没有可接的单。" more="查看并接单" onOpen={open} showContact />
      </Section>
      <ActionButton label="刷新" variant="secondary" onPress={load} />
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
