import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { OutputOf } from '@shared/contract';
import { REPLY_RATINGS, REPLY_RATING_LABELS } from '@shared/feedback/feedback';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice, ChoiceGroup } from '@/components/Choice';
import { Field } from '@/components/Field';
import { HelpSummaryCard } from '@/components/HelpSummaryCard';
import { HelpTimeline } from '@/components/HelpTimeline';
import { PageShell } from '@/components/PageShell';
import { RequestActions } from '@/components/RequestActions';
import { Section } from '@/components/Section';
import { messageOf } from '@/help/errors';
import { useHelpRequest } from '@/help/useHelpRequest';
import { roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import './request.scss';

type Candidate = OutputOf<(typeof api.help)['helpers.list']>['items'][number];
type Rating = (typeof REPLY_RATINGS)[number];

/** The coordinator on one request: assign or reassign a helper, record the 回访, terminate. */
export default function HelpDeskRequestPage() {
  const { params } = useRouter();
  const id = params.id ? decodeURIComponent(params.id) : undefined;
  const request = useHelpRequest(id);
  const data = request.data;
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [message, setMessage] = useState<{ text: string; ok: boolean } | null>(null);
  const [reached, setReached] = useState<boolean | null>(null);
  const [rating, setRating] = useState<Rating | null>(null);
  const [note, setNote] = useState('');

  const canAssign = data?.actions.some((a) => a.event === 'assign') ?? false;
  const canCallback = data?.actions.some((a) => a.event === 'callback') ?? false;

  useEffect(() => {
    if (!id || !canAssign) return;
    call(api.help['helpers.list'], { forRequestId: id }).then(
      (answer) => setCandidates(answer.items),
      (cause: unknown) => setMessage({ text: messageOf(cause), ok: false }),
    );
  }, [id, canAssign]);

  const assign = (helper: Candidate) => {
    if (!data) return;
    call(api.help['requests.assign'], { id: data.id, helperOpenid: helper.openid }).then(
      (detail) => {
        request.replace(detail);
        setMessage({ text: `已派给 ${helper.name ?? '帮办员'}`, ok: true });
      },
      (cause: unknown) => setMessage({ text: messageOf(cause), ok: false }),
    );
  };

  const recordCallback = () => {
    if (!data || reached === null) {
      setMessage({ text: '请先选择是否联系上了', ok: false });
      return;
    }
    call(api.help['requests.recordCallback'], {
      id: data.id,
      reached,
      ...(reached && rating ? { satisfaction: rating } : {}),
      ...(note.trim() ? { note: note.trim() } : {}),
    }).then(
      (detail) => {
        request.replace(detail);
        setMessage({ text: '回访已记录', ok: true });
      },
      (cause: unknown) => setMessage({ text: messageOf(cause), ok: false }),
    );
  };

  return (
    <PageShell
      title="调度：帮办申请"
      subtitle={data ? `${data.kind.label} · ${data.stateLabel}` : undefined}
      loading={!data && request.loading}
      error={!data ? request.error : null}
      onRetry={request.reload}
    >
      {data ? (
        <>
          <View className="desk-request__card">
            <HelpSummaryCard request={data} showContact />
            {data.helper ? <Text className="desk-request__line">帮办员：{data.helper.name ?? '—'}（{data.helper.via === 'assigned' ? '派单' : '自己接单'}）</Text> : null}
          </View>
          {message ? (
            <Text className={message.ok ? 'desk-request__ok' : 'desk-request__error'} {...roleProps(message.ok ? 'status' : 'alert')}>
              {message.ok ? '✓ ' : '! '}
              {message.text}
            </Text>
          ) : null}
          {canAssign ? (
            <Section title={data.helper ? '改派帮办员' : '派单'} hint="相符的在前，再看预约时间有没有空、手上有几单。">
              {candidates === null ? <Text {...roleProps('status')}>正在加载帮办员…</Text> : null}
              {(candidates ?? []).map((helper) => (
                <View key={helper.openid} className="desk-request__candidate">
                  <Text className="desk-request__name">
                    {helper.name ?? '帮办员'} · {helper.team.label}
                  </Text>
                  <Text className="desk-request__line">
                    {helper.fit?.matches ? '服务区域和类型相符' : `不相符：${helper.fit?.mismatches.join('、') ?? ''}`}；
                    {helper.fit?.availableInWindow ? '预约时间有空' : '预约时间可能没空'}；在办 {helper.activeCount} 件
                  </Text>
                  {helper.fit?.matches && helper.status.value === 'verified' ? (
                    <ActionButton label={`派给 ${helper.name ?? '这位帮办员'}`} variant="secondary" onPress={() => assign(helper)} />
                  ) : null}
                </View>
              ))}
            </Section>
          ) : null}
          {canCallback ? (
            <Section title="记录回访" hint="办结或终止后，打电话问问申请人。">
              <ChoiceGroup label="是否联系上了" inline>
                <Choice label="联系上了" selected={reached === true} onPress={() => setReached(true)} />
                <Choice label="没联系上" selected={reached === false} onPress={() => setReached(false)} />
              </ChoiceGroup>
              {reached ? (
                <ChoiceGroup label="满意程度" inline>
                  {REPLY_RATINGS.map((r) => (
                    <Choice key={r} label={REPLY_RATING_LABELS[r]} selected={rating === r} onPress={() => setRating(r)} />
                  ))}
                </ChoiceGroup>
              ) : null}
              <Field label="回访情况" value={note} onChange={setNote} placeholder="例如：电话无人接听" maxlength={500} />
              <ActionButton label="保存回访" onPress={recordCallback} />
            </Section>
          ) : null}
          <Section title="其他操作">
            <RequestActions
              request={{ ...data, actions: data.actions.filter((a) => a.event !== 'assign' && a.event !== 'callback') }}
              onDone={request.replace}
              onConflict={request.reload}
            />
          </Section>
          <Section title="办理进度">
            <HelpTimeline timeline={data.timeline} />
          </Section>
          <ActionButton label="回到调度台" variant="secondary" onPress={() => openPage(ROUTES.helpDesk)} />
        </>
      ) : null}
    </PageShell>
  );
}
