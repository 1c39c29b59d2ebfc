import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { api, call } from '../../../../api';
import { ActionButton } from '../../../../components/ActionButton';
import { Choice, ChoiceGroup } from '../../../../components/Choice';
import { EntryList } from '../../../../components/EntryList';
import { RoleGate } from '../../../../components/RoleGate';
import { Section } from '../../../../components/Section';
import { taskClock } from '../../../../onething/case-format';
import { useRemote } from '../../../../hooks/useRemote';
import { roleProps } from '../../../../platform/a11y';
import { openPage, ROUTES } from '../../../../routes';

type Filter = 'open' | 'finished' | 'all';
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'open', label: '待办' },
  { value: 'finished', label: '已办' },
  { value: 'all', label: '全部' },
];

function TaskLists() {
  const [filter, setFilter] = useState<Filter>('open');
  // Back from a case, the list may have changed: load it again.
  const tasks = useRemote(filter, () => call(api.onething['tasks.list'], { filter }), { reloadOnShow: true });
  const data = tasks.data;

  return (
    <>
      <ChoiceGroup label="看哪一类" inline>
        {FILTERS.map((f) => (
          <Choice key={f.value} label={f.label} selected={filter === f.value} onPress={() => setFilter(f.value)} />
        ))}
      </ChoiceGroup>
      {tasks.error ? (
        <View {...roleProps('alert')}>
          <Text>{tasks.error.message}</Text>
          <ActionButton label="重试" onPress={tasks.reload} />
        </View>
      ) : !data ? (
        <Text {...roleProps('status')}>正在加载，请稍候…</Text>
      ) : (
        <Section title={`${data.department.name} · ${FILTERS.find((f) => f.value === filter)!.label}`} hint="到期早的在前，超期的标出。" aside={`${data.items.length} 件`}>
          {data.items.length ? (
            <EntryList
              label="一件事待办"
              entries={data.items.map((item) => ({
                key: `${item.caseId}-${item.task.id}`,
                title: `${item.task.name} · ${item.themeName}`,
                description: [item.caseNumber, item.applicantName ?? '', taskClock(item.task)].filter(Boolean).join(' · '),
                tag: { text: item.task.overdue ? `${item.task.stateLabel} · 已超期` : item.task.stateLabel, tone: item.task.overdue ? 'notice' : 'primary' },
                onPress: () => openPage(ROUTES.onethingTask, { caseId: item.caseId, taskId: item.task.id }),
              }))}
            />
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
