import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { OutputOf } from '@shared/contract';
import { COORDINATOR_FILTERS } from '@shared/contracts/help-coordination';
import { api, call } from '../../../../api';
import { ActionButton } from '../../../../components/ActionButton';
import { Choice, ChoiceGroup } from '../../../../components/Choice';
import { HelpRequestList } from '../../../../components/HelpRequestList';
import { RoleGate } from '../../../../components/RoleGate';
import { Section } from '../../../../components/Section';
import { messageOf } from '../../../../help/errors';
import { roleProps } from '../../../../platform/a11y';
import { openPage, ROUTES } from '../../../../routes';

type Filter = (typeof COORDINATOR_FILTERS)[number];
type Desk = OutputOf<(typeof api.help)['requests.listForCoordinator']>;

const FILTER_LABELS: Record<Filter, string> = {
  attention: '超时和逾期',
  open: '等待接单',
  active: '办理中',
  awaiting_callback: '待回访',
  finished: '已结束',
  all: '全部',
};

function DeskLists() {
  const [filter, setFilter] = useState<Filter>('attention');
  const [desk, setDesk] = useState<Desk | null>(null);
  const [error, setError] = useState<string | null>(null);
  const shownOnce = useRef(false);

  const load = useCallback(() => {
    setError(null);
    call(api.help['requests.listForCoordinator'], { filter }).then(setDesk, (cause: unknown) => setError(messageOf(cause)));
  }, [filter]);

  useEffect(load, [load]);
  useDidShow(() => {
    if (shownOnce.current) load();
    shownOnce.current = true;
  });

  const count = (f: Filter): string => {
    if (!desk) return '';
    const n = { attention: desk.counts.attention, open: desk.counts.open, active: desk.counts.active, awaiting_callback: desk.counts.awaitingCallback }[
      f as 'attention'
    ];
    return n === undefined ? '' : `（${n}）`;
  };

  return (
    <>
      <ChoiceGroup label="看哪一类" inline>
        {COORDINATOR_FILTERS.map((f) => (
          <Choice key={f} label={`${FILTER_LABELS[f]}${count(f)}`} selected={filter === f} onPress={() => setFilter(f)} />
        ))}
      </ChoiceGroup>
      {error ? (
        <View {...roleProps('alert')}>
          <Text>{error}</Text>
          <ActionButton label="重试" onPress={load} />
        </View>
      ) : !desk ? (
        <Text {...roleProps('status')}>正在加载，请稍候…</Text>
      ) : (
        <Section title={FILTER_LABELS[filter]} hint="超时没人接和逾期的排在最前。" aside={`${desk.items.length} 件`}>
          <HelpRequestList
            items={desk.items}
            label={FILTER_LABELS[filter]}
            empty="这一类现在没有申请。"
            more="派单、回访"
            onOpen={(item) => openPage(ROUTES.helpDeskRequest, { id: item.id })}
            showContact
          />
        </Section>
      )}
      <ActionButton label="帮办员名单" variant="secondary" onPress={() => openPage(ROUTES.helpDeskHelpers)} />
    </>
  );
}

export default function HelpDeskPage() {
  return (
    <RoleGate
      title="帮办调度台"
      allows={(me) => me.roles.includes('coordinator')}
      deniedMessage="调度台只给帮办调度员使用。"
    >
      {() => <DeskLists />}
    </RoleGate>
  );
}
