import { useCallback, useEffect, useState } from 'react';
import type { FeedbackTicket } from '@shared/contracts/feedback';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { REPLY_RATING_LABELS, REPLY_RATINGS, type ReplyRating } from '@shared/feedback/feedback';
import { ActionButton } from '@/components/ActionButton';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { api, ApiError, call } from '@/api';
import { formatDateTime } from '@/format';
import { roleProps } from '@/platform/a11y';
import { TicketSummary } from '@/packages/feedback/TicketSummary';
import '@/packages/feedback/pages/shared.scss';

/** One ticket: what I wrote, the department's reply, and rating that reply. */
export default function FeedbackDetailPage() {
  const { params } = useRouter();
  const [ticket, setTicket] = useState<FeedbackTicket | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [rating, setRating] = useState<ReplyRating | null>(null);
  const [rateError, setRateError] = useState<string | null>(null);
  // The one ticket by id (not found in a list: a list is paged and may not hold it).
  const reload = useCallback(() => {
    setError(null);
    if (!params.id) {
      setError(new ApiError({ code: 'NOT_FOUND', message: '没有找到这条投诉建议，可能已被删除。', details: null }));
      return;
    }
    call(api.account['feedback.getMine'], { ticketId: params.id }).then(setTicket, (cause: unknown) => setError(ApiError.of(cause)));
  }, [params.id]);
  useEffect(reload, [reload]);

  const rate = () => {
    if (!ticket) return;
    if (!rating) {
      setRateError('请先选择满意、基本满意或不满意');
      return;
    }
    setRateError(null);
    call(api.account['feedback.rate'], { ticketId: ticket.id, rating }).then(
      (next) => setTicket(next),
      (cause: unknown) => setRateError(ApiError.of(cause).message),
    );
  };

  return (
    <PageShell title="投诉建议详情" loading={!ticket && !error} error={error} onRetry={reload} feedback={false}>
      {ticket ? (
        <>
          <View className="fb-card">
            <TicketSummary ticket={ticket} />
            <Text className="fb-card__content">{ticket.content}</Text>
            {ticket.photos.length ? <Text className="fb-card__line">附照片 {ticket.photos.length} 张</Text> : null}
          </View>
          <Section title="部门答复">
            {ticket.reply ? (
              <View className="fb-card__reply">
                <Text className="fb-card__content">{ticket.reply.text}</Text>
                <Text className="fb-card__line">
                  {ticket.reply.by} · {formatDateTime(ticket.reply.at)}
                </Text>
              </View>
            ) : (
              <Text className="fb-card__line">部门还没有答复，答复后会在这里显示。</Text>
            )}
          </Section>
          {ticket.reply ? (
            <Section title="您对答复满意吗">
              {ticket.rating ? (
                <Text className="fb-card__content" {...roleProps('status')}>
                  您的评价：{ticket.rating.label}。谢谢您！
                </Text>
              ) : (
                <>
                  {rateError ? (
                    <Text className="fb-error" {...roleProps('alert')}>
                      {rateError}
                    </Text>
                  ) : null}
                  <ChoiceGroup
                    label="对答复的评价"
                    value={rating}
                    onChange={setRating}
                    choices={REPLY_RATINGS.map((value) => ({ value, label: REPLY_RATING_LABELS[value] }))}
                  />
                  <ActionButton label="提交评价" onPress={rate} />
                </>
              )}
            </Section>
          ) : null}
        </>
      ) : null}
    </PageShell>
  );
}
