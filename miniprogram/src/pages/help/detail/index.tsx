import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { HelpRequestDetail } from '@shared/contracts/help-views';
import { api, call } from '@/api';
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

/**
 * Whether this completed request still waits for my rating (好差评): then the page offers 去评价.
 * Asked again whenever the request is reloaded (e.g. back from rating it).
 */
function useAwaitingRating(request: HelpRequestDetail | null): boolean {
  const [awaiting, setAwaiting] = useState(false);
  useEffect(() => {
    if (!request || request.state !== 'completed') return;
    call(api.review['ratings.pending'], {}).then(
      (pending) => setAwaiting(pending.items.some((item) => item.case.source === 'help' && item.case.id === request.id && item.stage.value === 'completed')),
      () => setAwaiting(false),
    );
  }, [request]);
  return awaiting;
}

/** One of my help requests: where it stands, every step so far, and what I can do now (sign, cancel, add a note). */
export default function HelpDetailPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const request = useHelpRequest(id);
  const data = request.data;
  const awaitingRating = useAwaitingRating(data);

  return (
    <PageShell
      title="帮办进度"
      subtitle={data ? `${data.kind.label} · ${data.stateLabel}` : undefined}
      loading={!data && request.loading}
      error={!data ? request.error : null}
      onRetry={request.reload}
    >
      {data ? (
        <>
          <View className="help-detail__card">
            <HelpSummaryCard request={data} />
            {data.helper ? (
              <Text className="help-detail__line">
                帮办员：{data.helper.name ?? '已安排'}
                {data.helper.team ? `（${data.helper.team}）` : ''}
              </Text>
            ) : null}
            {data.endReason ? <Text className="help-detail__line">结束原因：{data.endReason}</Text> : null}
            {data.ratingInvitedAt ? <Text className="help-detail__line">已办结，欢迎您对这次帮办做出评价。</Text> : null}
          </View>
          {awaitingRating ? (
            <ActionButton label="去评价" onPress={() => openPage(ROUTES.reviewRate, { source: 'help', caseId: data.id, stage: 'completed' })} />
          ) : null}
          {data.authorization ? (
            <Section title="代办委托书">
              <Text className="help-detail__line">
                {data.authorization.confirmedAt ? `已于 ${formatDateTime(data.authorization.confirmedAt)} 签署，有效期至 ${data.authorization.validUntil}` : '还没有签署'}
              </Text>
              {data.authorization.problem ? <Text className="help-detail__warn">注意：{data.authorization.problem}</Text> : null}
            </Section>
          ) : null}
          <Section title="您现在可以">
            <RequestActions
              request={data}
              onDone={request.replace}
              onConflict={request.reload}
              onOther={(action) => {
                if (action.event === 'authorize' || action.event === 'renewAuthorization') openPage(ROUTES.helpAuthorize, { id: data.id });
              }}
            />
            {data.actions.length === 0 ? <Text className="help-detail__line">现在不需要您做什么，有进展会显示在下面。</Text> : null}
          </Section>
          <Section title="办理进度" hint="每一步是谁做的、什么时候做的。">
            <HelpTimeline timeline={data.timeline} />
          </Section>
          <ActionButton label="查看我的全部帮办" variant="secondary" onPress={() => openPage(ROUTES.helpMine)} />
        </>
      ) : null}
    </PageShell>
  );
}
