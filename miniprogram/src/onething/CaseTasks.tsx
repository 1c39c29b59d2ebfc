import { Text, View } from '@tarojs/components';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import { roleProps } from '@/platform/a11y';
import { formatDateTime } from '@/help/format';
import { byDepartment, taskClock, type CaseView } from './case-format';

const TONES: Record<string, 'neutral' | 'primary' | 'notice' | 'success'> = {
  approved: 'success',
  correction: 'notice',
  rejected: 'notice',
  pending: 'neutral',
  waiting: 'neutral',
};

/** Every department's tasks with their state, due date and countdown; overdue said in words. */
export function CaseTasks({ view }: { view: CaseView }) {
  return (
    <>
      {byDepartment(view.tasks).map((group) => (
        <Section key={group.department} title={group.department}>
          <View className="onething-list" {...roleProps('list')} aria-label={`${group.department}的事项`}>
            {group.tasks.map((task) => (
              <View key={task.id} className="onething-list__item" {...roleProps('listitem')}>
                <View className="onething-list__head">
                  <Text className="onething-list__title">{task.name}</Text>
                  <Tag text={task.overdue ? `${task.stateLabel} · 已超期` : task.stateLabel} tone={task.overdue ? 'notice' : (TONES[task.state] ?? 'primary')} />
                </View>
                {taskClock(task) ? <Text className={task.overdue ? 'onething-field-error' : 'onething-list__meta'}>{taskClock(task)}</Text> : null}
                {task.correction ? (
                  <Text className="onething-list__meta">要补正：{task.correction.items.map((i) => `${i.materialName}（${i.problem}）`).join('；')}</Text>
                ) : null}
                {task.rejectionReason ? <Text className="onething-list__meta">理由：{task.rejectionReason}</Text> : null}
                {task.result ? (
                  <Text className="onething-list__meta">
                    结果：{task.output.name} {task.result.documentNo}（{formatDateTime(task.result.issuedAt)}）
                  </Text>
                ) : null}
              </View>
            ))}
          </View>
        </Section>
      ))}
    </>
  );
}

/** Every recorded step: who, when, what. */
export function CaseTimeline({ view }: { view: CaseView }) {
  return (
    <Section title="办理记录" hint="每一步是谁做的、什么时候做的。">
      <View className="onething-list" {...roleProps('list')} aria-label="办理记录">
        {[...view.timeline].reverse().map((entry, index) => (
          <View key={`${entry.at}-${index}`} className="onething-list__item" {...roleProps('listitem')}>
            <Text className="onething-list__meta">
              {formatDateTime(entry.at)} · {entry.label}
              {entry.taskName ? `：${entry.taskName}` : ''}
            </Text>
            <Text className="onething-list__note">
              {entry.actor.department ?? (entry.actor.kind === 'applicant' ? '申请人' : entry.actor.kind === 'system' ? '系统' : '')}
              {entry.actor.name ? ` ${entry.actor.name}` : ''}
              {entry.note ? ` · ${entry.note}` : ''}
            </Text>
          </View>
        ))}
      </View>
    </Section>
  );
}
