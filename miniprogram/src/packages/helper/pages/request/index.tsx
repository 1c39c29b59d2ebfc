import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ActionButton } from '@/components/ActionButton';
import { HelpSummaryCard } from '@/components/HelpSummaryCard';
import { HelpTimeline } from '@/components/HelpTimeline';
import { PageShell } from '@/components/PageShell';
import { RequestActions } from '@/components/RequestActions';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/help/format';
import { useHelpRequest } from '@/help/useHelpRequest';
import { openPage, ROUTES } from '@/routes';
import './index.scss';

/** A request as the helper sees it: masked until accepted, then the whole contact and the next steps. */
export default function HelperRequestPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const request = useHelpRequest(id);
  const data = request.data;

  return (
    <PageShell
      title="服务单"
      subtitle={data ? `${data.kind.label} · ${data.stateLabel}` : undefined}
      loading={!data && request.loading}
      error={!data ? request.error : null}
      onRetry={request.reload}
    >
      {data ? (
        <>
          <View className="helper-request__card">
            <HelpSummaryCard request={data} showContact />
            {data.masked ? <Text className="helper-request__note">接单后才能看到完整的电话和地址。</Text> : null}
            {data.description ? <Text className="helper-request__line">补充说明：{data.description}</Text> : null}
            {data.forSomeoneElse ? (
              <Text className="helper-request__line">
                替{data.forSomeoneElse.relation.label}申请：{data.forSomeoneElse.name} {data.forSomeoneElse.phone}（{data.forSomeoneElse.consent.method.label}）
              </Text>
            ) : null}
            {data.language ? <Text className="helper-request__line">语言：{data.language}</Text> : null}
            {data.deadlines.dueAt ? <Text className="helper-request__line">办结时限：{formatDateTime(data.deadlines.dueAt)}</Text> : null}
          </View>
          {data.authorization ? (
            <Section title="代办委托书" hint={data.authorization.valid ? '委托书有效，请只在权限内办理。' : data.authorization.problem ?? undefined}>
              <View className="helper-request__paper">
                {data.authorization.text.split('\n').map((line, index) => (
                  <Text key={index} className="helper-request__line">
                    {line}
                  </Text>
                ))}
              </View>
            </Section>
          ) : null}
          <Section title="下一步">
            <RequestActions
              request={data}
              // Accepting answers the masked view the helper had; the whole contact comes with a fresh read.
              onDone={(detail) => (detail.masked ? request.reload() : request.replace(detail))}
              onConflict={request.reload}
            />
            {data.actions.length === 0 ? <Text className="helper-request__line">现在没有需要您做的。</Text> : null}
          </Section>
          <Section title="办理进度">
            <HelpTimeline timeline={data.timeline} />
          </Section>
          <ActionButton label="回到服务单列表" variant="secondary" onPress={() => openPage(ROUTES.helperRequests)} />
        </>
      ) : null}
    </PageShell>
  );
}
