import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { api, call } from '../../../../api';
import { ActionButton } from '../../../../components/ActionButton';
import { Choice, ChoiceGroup } from '../../../../components/Choice';
import { EntryList } from '../../../../components/EntryList';
import { ListMore } from '../../../../components/ListMore';
import { RoleGate } from '../../../../components/RoleGate';
import { Section } from '../../../../components/Section';
import { taskClock } from '../../../../onething/case-format';
import { usePagedList } from '../../../../hooks/usePagedList';
import { roleProps } from '../../../../platform/a11y';
import { openPage, ROUTES } from '../../../../routes';

type Filter = 'open' | 'finished' | 'all';
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'open', label: '待办' },
  { value: 'finished', label: '已办' },
  { value: 'all', label: '全部' },
];

type TaskItem = OutputOf<(typeof api.onething)['tasks.list']>['items'][number];

function TaskLists() {
  const [filter, setFilter] = useState<Filter>('open');
  const [department, setDepartment] = useState<string | null>(null);
  // A page at a time by cursor; back from a case the list may have changed, so it is read again.
  const tasks = usePagedList<TaskItem>(
    async (cursor) => {
      const page = await call(api.onething['tasks.list'], cursor ? { filter, cursor } : { filter });
      setDepartment(page.department.name);
      return page;
    },
    { key: filter, reloadOnShow: true },
  );
  const items = tasks.items;

  return (
    <>
      <ChoiceGroup label="看哪一类" inline>
        {FILTERS.map((f) => (
          <Choice key={f.value} label={f.label} selected={filter === f.value} onPress={() => setFilter(f.value)} />
        ))}
      </ChoiceGroup>
      {tasks.error && !items ? (
        <View {...roleProps('alert')}>
          <Text>{tasks.error.message}</Text>
          <ActionButton label="重试" onPress={tasks.reload} />
        </View>
      ) : !items ? (
        <Text {...roleProps('status')}>正在加载，请稍候…</Text>
      ) : (
        <Section
          title={`${department ?? ''} · ${FILTERS.find((f) => f.value === filter)!.label}`}
          hint="到期早的在前，超期的标出。"
          aside={tasks.more ? `已显示 ${items.length} 件` : `${items.length} 件`}
        >
          {items.length ? (
            <>
              <EntryList
                label="一件事待办"
                entries={items.map((item) => ({
                  key: `${item.caseId}-${item.task.id}`,
                  title: `${item.task.name} · ${item.themeName}`,
                  description: [item.caseNumber, item.applicantName ?? '', taskClock(item.task)].filter(Boolean).join(' · '),
                  tag: { text: item.task.overdue ? `${item.task.stateLabel} · 已超期` : item.task.stateLabel, tone: item.task.overdue ? 'notice' : 'primary' },
                  onPress: () => openPage(ROUTES.onethingTask, { caseId: item.caseId, taskId: item.task.id }),
                }))}
              />
              {tasks.error ? (
                <View {...roleProps('alert')}>
                  <Text>{tasks.error.message}</Text>
                </View>
              ) : null}
              <ListMore shown={items.length} more={tasks.more} loading={tasks.loadingMore} onMore={tasks.loadMore} />
            </>
          ) : (
            <Text className="role-gate__text">这一类现在没有事项。</Text>
          )}
        </Section>
      )}
    </>
  );
}

/** A department's 一件事 desk: only its own tasks, the oldest due first, overdue flagged. */
export default function OnethingTasksPage() {
  return (
    <RoleGate title="一件事待办" subtitle={(me) => me.department?.name} allows={(me) => me.roles.includes('staff')} deniedMessage="这里是部门工作人员办理一件事的地方。">
      {() => <TaskLists />}
    </RoleGate>
  );
}
