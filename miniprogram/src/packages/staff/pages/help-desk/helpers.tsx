import { useCallback, useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { HelperProfile } from '@shared/contracts/help-views';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Field } from '@/components/Field';
import { RoleGate } from '@/components/RoleGate';
import { Tag } from '@/components/Tag';
import { messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import './request.scss';

/** Re-verifying keeps what was verified before (identity, skills, areas, hours). */
function reverifyInput(helper: HelperProfile) {
  return {
    decision: 'verify' as const,
    openid: helper.openid,
    team: helper.team.value,
    organisation: helper.organisation,
    skills: helper.skills.map((s) => s.value),
    supports: helper.supports.map((s) => s.value),
    languages: helper.languages,
    serviceAreas: helper.serviceAreas.map((a) => a.code),
    availability: {
      weekdays: helper.availability.weekdays,
      from: helper.availability.from,
      to: helper.availability.to,
      ...(helper.availability.note ? { note: helper.availability.note } : {}),
    },
  };
}

function HelperCard({ helper, onChanged }: { helper: HelperProfile; onChanged: (h: HelperProfile) => void }) {
  const [suspending, setSuspending] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const verified = helper.status.value === 'verified';

  const run = (input: Parameters<typeof call<(typeof api.help)['helpers.verify']>>[1]) => {
    setError(null);
    call(api.help['helpers.verify'], input).then(
      (profile) => {
        setSuspending(false);
        setReason('');
        onChanged(profile);
      },
      (cause: unknown) => setError(messageOf(cause)),
    );
  };

  return (
    <View className="desk-request__candidate" {...roleProps('listitem')}>
      <View className="desk-helpers__top">
        <Text className="desk-request__name">
          {helper.name ?? '帮办员'} · {helper.team.label}
        </Text>
        <Tag text={helper.status.label} tone={verified ? 'success' : 'notice'} />
      </View>
      <Text className="desk-request__line">
        {helper.organisation}；服务：{helper.skills.map((s) => s.label).join('、')}
      </Text>
      <Text className="desk-request__line">区域：{helper.serviceAreas.map((a) => a.name).join('、')}</Text>
      <Text className="desk-request__line">时间：{helper.availability.text}；在办 {helper.activeCount} 件，已办结 {helper.completedCount} 件</Text>
      {helper.statusReason ? <Text className="desk-request__line">暂停原因：{helper.statusReason}</Text> : null}
      {error ? (
        <Text className="desk-request__error" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}
      {verified ? (
        suspending ? (
          <>
            <Field label={`暂停${helper.name ?? ''}的原因`} value={reason} onChange={setReason} maxlength={200} />
            <ActionButton label="确认暂停" onPress={() => run({ decision: 'suspend', openid: helper.openid, reason })} />
            <ActionButton label="先不了" variant="secondary" onPress={() => setSuspending(false)} />
          </>
        ) : (
          <ActionButton label={`暂停 ${helper.name ?? '帮办员'}`} variant="secondary" onPress={() => setSuspending(true)} />
        )
      ) : (
        <ActionButton label={`恢复认证 ${helper.name ?? '帮办员'}`} onPress={() => run(reverifyInput(helper))} />
      )}
    </View>
  );
}

function HelperList() {
  const [items, setItems] = useState<HelperProfile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(() => {
    setError(null);
    call(api.help['helpers.list'], {}).then(
      (answer) => setItems(answer.items),
      (cause: unknown) => setError(messageOf(cause)),
    );
  }, []);
  useEffect(load, [load]);

  if (error) {
    return (
      <View {...roleProps('alert')}>
        <Text>{error}</Text>
        <ActionButton label="重试" onPress={load} />
      </View>
    );
  }
  if (!items) return <Text {...roleProps('status')}>正在加载，请稍候…</Text>;
  return (
    <View className="desk-helpers" {...roleProps('list')} aria-label="帮办员">
      {items.map((helper) => (
        <HelperCard key={helper.openid} helper={helper} onChanged={(p) => setItems((all) => (all ?? []).map((h) => (h.openid === p.openid ? p : h)))} />
      ))}
    </View>
  );
}

export default function HelpDeskHelpersPage() {
  return (
    <RoleGate title="帮办员名单" allows={(me) => me.roles.includes('coordinator')} deniedMessage="帮办员名单只给帮办调度员使用。">
      {() => <HelperList />}
    </RoleGate>
  );
}
