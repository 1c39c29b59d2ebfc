import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { COORDINATOR_FILTERS } from '@shared/contracts/help-coordination';
import type { HelpRequestSummary } from '@shared/contracts/help-views';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice, ChoiceGroup } from '@/components/Choice';
import { HelpRequestList } from '@/components/HelpRequestList';
import { ListMore } from '@/components/ListMore';
import { usePagedList } from '@/hooks/usePagedList';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';

type Filter = (typeof COORDINATOR_FILTERS)[number];
type Counts = OutputOf<(typeof api.help)['requests.listForCoordinator']>['counts'];

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
  const [counts, setCounts] = useState<Counts | null>(null);
  const desk = usePagedList<HelpRequestSummary>(
    (cursor) =>
      call(api.help['requests.listForCoordinator'], cursor ? { filter, cursor } : { filter }).then((answer) => {
        setCounts(answer.counts);
        return answer;
      }),
    { key: filter, reloadOnShow: true },
  );

  const count = (f: Filter): string => {
    if (!counts) return '';
    const n = { attention: counts.attention, open: counts.open, active: counts.active, awaiting_callback: counts.awaitingCallback }[f as 'attention'];
    return n === undefined ? '' : `（${n}）`;
  };

  return (
    <>
      <ChoiceGroup label="看哪一类" inline>
        {COORDINATOR_FILTERS.map((f) => (
          <Choice key={f} label={`${FILTER_LABELS[f]}${count(f)}`} selected={filter === f} onPress={() => setFilter(f)} />
        ))}
      </ChoiceGroup>
      {desk.error && !desk.items ? (
        <View {...roleProps('alert')}>
          <Text>{messageOf(desk.error)}</Text>
          <ActionButton label="重试" onPress={desk.reload} />
        </View>
      ) : !desk.items ? (
        <Text {...roleProps('status')}>正在加载，请稍候…</Text>
      ) : (
        <Section title={FILTER_LABELS[filter]} hint="超时没人接和逾期的排在最前。" aside={`${desk.more ? '已显示 ' : ''}${desk.items.length} 件`}>
          <HelpRequestList
            items={desk.items}
            label={FILTER_LABELS[filter]}
            empty="这一类现在没有申请。"
            more="派单、回访"
            onOpen={(item) => openPage(ROUTES.helpDeskRequest, { id: item.id })}
            showContact
          />
          <ListMore shown={desk.items.length} more={desk.more} loading={desk.loadingMore} onMore={desk.loadMore} />
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
