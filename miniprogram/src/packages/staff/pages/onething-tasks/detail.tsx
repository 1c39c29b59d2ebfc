import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { OutputOf } from '@shared/contract';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice } from '@/components/Choice';
import { Field } from '@/components/Field';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { fieldProblems, messageOf } from '@/help/errors';
import { taskClock } from '@/onething/case-format';
import { CaseFiles } from '@/onething/CaseFiles';
import { CaseTimeline } from '@/onething/CaseTasks';
import { useRemote } from '@/hooks/useRemote';
import { roleProps } from '@/platform/a11y';
import '@/pages/onething/onething.scss';

type TaskDetail = OutputOf<(typeof api.onething)['tasks.get']>;
type DecideInput = Parameters<typeof call<(typeof api.onething)['tasks.decide']>>[1];

function TaskDesk({ caseId, taskId }: { caseId: string; taskId: string }) {
  const loaded = useRemote(`${caseId}/${taskId}`, () => call(api.onething['tasks.get'], { caseId, taskId }));
  const [replaced, setReplaced] = useState<TaskDetail | null>(null);
  const detail = replaced ?? loaded.data;
  const [documentNo, setDocumentNo] = useState('');
  const [reason, setReason] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (loaded.error && !detail) {
    return (
      <View {...roleProps('alert')}>
        <Text>{loaded.error.message}</Text>
      </View>
    );
  }
  if (!detail) return <Text {...roleProps('status')}>正在加载，请稍候…</Text>;
  const { task, case: view } = detail;
  const can = (decision: string) => detail.decisions.some((d) => d.value === decision);

  const decide = (input: DecideInput) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    call(api.onething['tasks.decide'], input).then(
      (next) => {
        setBusy(false);
        setReplaced(next);
        setProblems({});
      },
      (cause: unknown) => {
        setBusy(false);
        const fields = fieldProblems(cause);
        setError(fields.length ? fields.map((f) => f.message).join('；') : messageOf(cause));
      },
    );
  };

  const correctable = view.materials.filter((m) => m.via !== 'internal');
  const asked = Object.entries(problems);

  return (
    <>
      <View className="onething-card">
        <Text className="onething-card__strong">
          {task.name} · {task.stateLabel}
        </Text>
        <Text className="onething-card__text">
          {view.theme.name} · 办件编号 {view.number} · 申请人 {view.applicant.name ?? '—'}
        </Text>
        {taskClock(task) ? <Text className={task.overdue ? 'onething-field-error' : 'onething-card__note'}>{taskClock(task)}</Text> : null}
        {task.correction ? <Text className="onething-card__note">已要求补正：{task.correction.items.map((i) => i.materialName).join('、')}</Text> : null}
        {task.result ? <Text className="onething-card__note">结果编号：{task.result.documentNo}</Text> : null}
        {task.rejectionReason ? <Text className="onething-card__note">不予办理理由：{task.rejectionReason}</Text> : null}
      </View>

      <Section title="申请表">
        <View className="onething-list" {...roleProps('list')} aria-label="申请表">
          {view.form.map((f) => (
            <View key={f.id} className="onething-list__item" {...roleProps('listitem')}>
              <Text className="onething-list__note">{f.label}</Text>
              <Text className="onething-list__meta">{f.value}</Text>
            </View>
          ))}
        </View>
      </Section>

      <Section title="材料">
        <View className="onething-list" {...roleProps('list')} aria-label="材料">
          {view.materials.map((m) => (
            <View key={m.id} className="onething-list__item" {...roleProps('listitem')}>
              <Text className="onething-list__title">{m.name}</Text>
              <Text className="onething-list__meta">
                {m.sharedRecord
                  ? `电子证照：${m.sharedRecord.label} ${m.sharedRecord.holder} ${m.sharedRecord.numberMasked}（${m.sharedRecord.issuer}）`
                  : m.promise
                    ? `告知承诺${m.promise.supplyWithinDays !== null ? `，${m.promise.supplyWithinDays} 个工作日内补交` : ''}`
                    : m.via === 'internal'
                      ? '部门之间传递'
                      : `上传 ${m.files.length} 个文件`}
              </Text>
              {m.files.length ? <CaseFiles caseId={caseId} files={m.files} /> : null}
            </View>
          ))}
        </View>
      </Section>

      {error ? (
        <Text className="onething-problem" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}

      {can('accept') ? (
        <Section title="受理">
          <ActionButton label="受理" onPress={() => decide({ caseId, taskId, decision: 'accept' })} />
        </Section>
      ) : null}
      {can('approve') ? (
        <Section title="审批通过" hint={`出具：${task.output.name}`}>
          <Field label="证照或结果文书编号" value={documentNo} onChange={setDocumentNo} maxlength={64} />
          <ActionButton label="审批通过" onPress={() => decide({ caseId, taskId, decision: 'approve', result: { documentNo } })} />
        </Section>
      ) : null}
      {can('correct') ? (
        <Section title="一次性告知补正" hint="把所有有问题的材料一次列出来，写明问题；群众只补交这些。">
          <View className="onething-list" {...roleProps('list')} aria-label="需要补正的材料">
            {correctable.map((m) => (
              <View key={m.id} className="onething-list__item" {...roleProps('listitem')}>
                <Choice
                  label={`补正：${m.name}`}
                  selected={m.id in problems}
                  onPress={() => {
                    const next = { ...problems };
                    if (m.id in next) delete next[m.id];
                    else next[m.id] = '';
                    setProblems(next);
                  }}
                />
                {m.id in problems ? (
                  <Field label={`${m.name}的问题`} value={problems[m.id]!} onChange={(v) => setProblems({ ...problems, [m.id]: v })} maxlength={200} />
                ) : null}
              </View>
            ))}
          </View>
          <ActionButton
            label={`要求补正（${asked.length} 份）`}
            variant="secondary"
            onPress={() => decide({ caseId, taskId, decision: 'correct', items: asked.map(([materialId, problem]) => ({ materialId, problem })) })}
          />
        </Section>
      ) : null}
      {can('reject') ? (
        <Section title="不予办理" hint="必须写明理由，群众会看到。">
          <Field label="不予办理的理由" value={reason} onChange={setReason} maxlength={500} />
          <ActionButton label="不予办理" variant="secondary" onPress={() => decide({ caseId, taskId, decision: 'reject', reason })} />
        </Section>
      ) : null}

      <CaseTimeline view={view} />
    </>
  );
}

/** One task of a case for its department: the form and materials, and the decisions it can take now. */
export default function OnethingTaskPage() {
  const { params } = useRouter();
  const caseId = params.caseId ? decodeURIComponent(params.caseId) : '';
  const taskId = params.taskId ? decodeURIComponent(params.taskId) : '';
  return (
    <RoleGate title="办理事项" subtitle={(me) => me.department?.name} allows={(me) => me.roles.includes('staff')} deniedMessage="这里是部门工作人员办理一件事的地方。">
      {() =>
        caseId && taskId ? (
          <TaskDesk caseId={caseId} taskId={taskId} />
        ) : (
          <Text {...roleProps('alert')}>没有指定要办理的事项，请从待办列表进入。</Text>
        )
      }
    </RoleGate>
  );
}
