import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import type { FeedbackTicket } from '@shared/contracts/feedback';
import { ActionButton } from '@/components/ActionButton';
import { ListMore } from '@/components/ListMore';
import { RoleGate } from '@/components/RoleGate';
import { usePagedList } from '@/hooks/usePagedList';
import { api, ApiError, call } from '@/api';
import { inputLabelProps, roleProps } from '@/platform/a11y';
import { TicketSummary } from '@/packages/feedback/TicketSummary';
import '@/packages/feedback/pages/shared.scss';

function ReplyForm({ ticket, onReplied }: { ticket: FeedbackTicket; onReplied: (next: FeedbackTicket) => void }) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const send = () => {
    if (busy) return;
    if (text.trim().length < 5) {
      setError('答复请至少写5个字');
      return;
    }
    setBusy(true);
    setError(null);
    call(api.account['feedback.reply'], { ticketId: ticket.id, reply: text.trim() }).then(
      (next) => {
        setBusy(false);
        onReplied(next);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(ApiError.of(cause).message);
      },
    );
  };
  return (
    <View className="fb-card__reply">
      {error ? (
        <Text className="fb-error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      <Textarea
        className="fb-textarea"
        value={text}
        maxlength={1000}
        placeholder="写明处理结果和依据，用群众听得懂的话"
        onInput={(event) => setText(event.detail.value)}
        {...inputLabelProps(`答复 ${ticket.number}`)}
      />
      <ActionButton label={busy ? '正在发送…' : `发送答复 ${ticket.number}`} onPress={send} />
    </View>
  );
}

function Inbox() {
  const { items, error, more, loadingMore, loadMore, setItems } = usePagedList<FeedbackTicket>((cursor) =>
    call(api.account['feedback.listForDepartment'], cursor ? { cursor } : {}),
  );
  const failure = error ? (
    <Text className="fb-error" {...roleProps('alert')}>
      {error.message}
    </Text>
  ) : null;
  if (!items && failure) return failure;
  if (!items) {
    return (
      <Text className="fb-card__line" {...roleProps('status')}>
        正在加载…
      </Text>
    );
  }
  if (!items.length) return <Text className="fb-empty">本部门暂时没有投诉建议。</Text>;
  return (
    <>
    <View className="fb-list" {...roleProps('list')} aria-label="本部门的投诉建议">
      {items.map((ticket) => (
        <View key={ticket.id} className="fb-card" {...roleProps('listitem')}>
          <TicketSummary ticket={ticket} submitter />
          <Text className="fb-card__content">{ticket.content}</Text>
          {ticket.contactPreference === 'phone' ? <Text className="fb-card__line">要求电话回复：{ticket.contactPhone}</Text> : null}
          {ticket.reply ? (
            <View className="fb-card__reply">
              <Text className="fb-card__line">已答复：</Text>
              <Text className="fb-card__content">{ticket.reply.text}</Text>
              {ticket.rating ? <Text className="fb-card__line">群众评价：{ticket.rating.label}</Text> : null}
            </View>
          ) : (
            <ReplyForm ticket={ticket} onReplied={(next) => setItems((shown) => shown.map((item) => (item.id === next.id ? next : item)))} />
          )}
        </View>
      ))}
    </View>
    {failure}
    <ListMore shown={items.length} more={more} loading={loadingMore} onMore={loadMore} />
    </>
  );
}

/** 投诉建议办理: the department's inbox (overdue first, submitter masked) and the reply form. */
export default function StaffFeedbackPage() {
  return (
    <RoleGate
      title="投诉建议办理"
      allows={(me) => me.roles.includes('staff')}
      deniedMessage="这里只给部门工作人员办理投诉建议。如需开通，请联系本单位管理员。"
      subtitle={(me) => me.department?.name}
    >
      {() => <Inbox />}
    </RoleGate>
  );
}
