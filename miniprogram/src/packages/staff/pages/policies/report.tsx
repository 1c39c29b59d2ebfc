import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { api, call } from '@/api';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/format';
import { roleProps } from '@/platform/a11y';
import { isStaff, STAFF_ONLY_MESSAGE } from '@/policy/staff';
import { useRemote } from '@/hooks/useRemote';
import './policies.scss';

const COUNT_ROWS = [
  ['matched', '符合并推送的企业'],
  ['sent', '订阅消息送达'],
  ['fellBack', '无订阅额度，转站内信'],
  ['inbox', '站内信'],
  ['pending', '等待重试（限流）'],
  ['muted', '企业已屏蔽此类别'],
  ['read', '企业已读'],
  ['objected', '提出异议'],
] as const;

function Report({ id }: { id: string }) {
  const report = useRemote(id || null, () => call(api.policy['policies.report'], { policyId: id }), { reloadOnShow: true });
  const data = report.data;
  if (!id) {
    return (
      <Text className="pol-staff__error" {...roleProps('alert')}>
        没有指定政策：请从“惠企政策”的政策列表点开。
      </Text>
    );
  }
  if (!data) {
    return report.error ? (
      <Text className="pol-staff__error" {...roleProps('alert')}>
        {report.error.message}
      </Text>
    ) : (
      <Text className="pol-staff__note" {...roleProps('status')}>
        正在加载送达报告…
      </Text>
    );
  }
  return (
    <>
      <Section title={data.policy.title} hint={`${data.policy.issuingDepartment} · ${data.policy.mode.label}`}>
        <View className="pol-staff__card" {...roleProps('list')} aria-label="送达情况">
          {COUNT_ROWS.map(([key, label]) => (
            <View key={key} className="pol-staff__line" {...roleProps('listitem')}>
              <Text>
                {label}：{data.counts[key]} 家
              </Text>
            </View>
          ))}
        </View>
      </Section>
      <Section title={`企业异议（${data.objections.length}）`} hint="免申即享的异议送达发布部门，请核实后答复">
        {data.objections.length ? (
          data.objections.map((objection) => (
            <View key={objection.id} className="pol-staff__card">
              <Text className="pol-staff__big">{objection.enterpriseName}</Text>
              <Text className="pol-staff__line">{objection.reason}</Text>
              <Text className="pol-staff__note">
                {objection.status.label} · {formatDateTime(objection.at)}
              </Text>
            </View>
          ))
        ) : (
          <Text className="pol-staff__note">还没有企业提出异议。</Text>
        )}
      </Section>
    </>
  );
}

/** Staff: how one policy reached the enterprises — matched, sent, fell back to inbox, read, objected. */
export default function PolicyReportPage() {
  const { params } = useRouter();
  return (
    <RoleGate title="送达报告" allows={isStaff} deniedMessage={STAFF_ONLY_MESSAGE}>
      {() => <Report id={params.id ?? ''} />}
    </RoleGate>
  );
}
