import { useState } from 'react';
import type { OutputOf } from '@shared/contract';
import { FRONT_WINDOW_DEPARTMENT } from '@shared/departments';
import { Text, View } from '@tarojs/components';
import { api, ApiError, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice, ChoiceGroup } from '@/components/Choice';
import { Field } from '@/components/Field';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import { fieldProblems } from '@/help/errors';
import { useRemote } from '@/hooks/useRemote';
import { roleProps } from '@/platform/a11y';
import './index.scss';

type Filter = 'to_issue' | 'issued';
type WindowItem = OutputOf<(typeof api.onething)['results.list']>['items'][number];
const FILTERS: { value: Filter; label: string }[] = [
  { value: 'to_issue', label: '待出件' },
  { value: 'issued', label: '已出件' },
];

/** One completed case at the window: its documents, how it goes out, and the issue action (EMS needs its number). */
function WindowCase({ item, onIssued }: { item: WindowItem; onIssued: () => void }) {
  const [trackingNo, setTrackingNo] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const ems = item.delivery.method.value === 'ems';
  const issue = () => {
    setBusy(true);
    setError(null);
    call(api.onething['results.issue'], { caseId: item.caseId, ...(ems ? { trackingNo: trackingNo.trim() } : {}) }).then(
      () => {
        setBusy(false);
        onIssued();
      },
      (cause: unknown) => {
        setBusy(false);
        setError(fieldProblems(cause).find((problem) => problem.path === 'trackingNo')?.message ?? ApiError.of(cause).message);
      },
    );
  };
  const address = item.delivery.address;
  return (
    <View className="window-case" {...roleProps('group')} aria-label={`${item.themeName} ${item.caseNumber}`}>
      <Text className="window-case__title">
        {item.themeName} · {item.caseNumber}
      </Text>
      <Text>申请人：{item.applicantName ?? '—'}</Text>
      <Text>
        取件方式：{item.delivery.method.label}
        {address ? `（${address.recipient}，${address.phone}，${address.address}）` : ''}
      </Text>
      <Text>结果：{item.documents.map((d) => `${d.name}（${d.documentNo}）`).join('、')}</Text>
      <Tag text={item.handover.label} tone={item.handover.state === 'issued' ? 'success' : 'notice'} />
      {item.handover.state === 'to_issue' ? (
        <>
          {ems ? <Field label="EMS 邮件号" hint="13 位，如 EA123456789CN" value={trackingNo} onChange={setTrackingNo} error={error ?? undefined} /> : null}
          {!ems && error ? (
            <Text {...roleProps('alert')} className="field__error">
              {error}
            </Text>
          ) : null}
          <ActionButton label={ems ? '寄出并通知申请人' : item.delivery.method.value === 'window' ? '已备好，通知申请人领取' : '发放电子证照'} onPress={busy ? () => undefined : issue} />
        </>
      ) : item.handover.trackingNo ? (
        <Text>EMS 邮件号：{item.handover.trackingNo}</Text>
      ) : null}
    </View>
  );
}

function WindowLists() {
  const [filter, setFilter] = useState<Filter>('to_issue');
  // Back from a case, the list may have changed: load it again.
  const results = useRemote(filter, () => call(api.onething['results.list'], { filter }), { reloadOnShow: true });
  const data = results.data;
  return (
    <>
      <ChoiceGroup label="看哪一类" inline>
        {FILTERS.map((f) => (
          <Choice key={f.value} label={f.label} selected={filter === f.value} onPress={() => setFilter(f.value)} />
        ))}
      </ChoiceGroup>
      {results.error ? (
        <View {...roleProps('alert')}>
          <Text>{results.error.message}</Text>
          <ActionButton label="重试" onPress={results.reload} />
        </View>
      ) : !data ? (
        <Text {...roleProps('status')}>正在加载，请稍候…</Text>
      ) : (
        <Section title={FILTERS.find((f) => f.value === filter)!.label} hint={filter === 'to_issue' ? '各部门全部办结的办件，等得最久的在前。' : '已出件的办件，最近的在前。'} aside={`${data.items.length} 件`}>
          {data.items.length ? (
            data.items.map((item) => <WindowCase key={item.caseId} item={item} onIssued={results.reload} />)
          ) : (
            <Text className="role-gate__text">这一类现在没有办件。</Text>
          )}
        </Section>
      )}
    </>
  );
}

/** 综合窗口出件: the front window hands out every completed 一件事 case's result, once. */
export default function OnethingWindowPage() {
  return (
    <RoleGate
      title="综合窗口出件"
      subtitle={(me) => me.department?.name}
      allows={(me) => me.roles.includes('staff') && me.department?.id === FRONT_WINDOW_DEPARTMENT}
      deniedMessage="统一出件由综合窗口（政务服务数据管理局）办理。"
    >
      {() => <WindowLists />}
    </RoleGate>
  );
}
