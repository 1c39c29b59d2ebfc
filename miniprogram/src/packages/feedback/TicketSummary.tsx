import { Text, View } from '@tarojs/components';
import type { FeedbackTicket } from '@shared/contracts/feedback';
import { Tag } from '@/components/Tag';
import { formatDateTime, formatDay } from '@/format';
import { headingProps } from '@/platform/a11y';
import { KIND_LABELS, pageName } from './labels';

const TONE = { submitted: 'notice', replied: 'primary', closed: 'success' } as const;

/** The head of a ticket: number, kind, status in words, department, dates. */
export function TicketSummary({ ticket, submitter }: { ticket: FeedbackTicket; submitter?: boolean }) {
  return (
    <>
      <View className="fb-card__head">
        <Text className="fb-card__title" {...headingProps(2)}>
          {KIND_LABELS[ticket.kind]} · {ticket.number}
        </Text>
        <Tag text={ticket.statusLabel} tone={TONE[ticket.status]} />
      </View>
      {ticket.overdue ? <Tag text="已超时" tone="notice" /> : null}
      {submitter && ticket.submitter ? <Text className="fb-card__line">提交人：{ticket.submitter}</Text> : null}
      <Text className="fb-card__line">负责部门：{ticket.department.name}</Text>
      <Text className="fb-card__line">反映的页面：{pageName(ticket.page)}</Text>
      <Text className="fb-card__line">提交时间：{formatDateTime(ticket.createdAt)}</Text>
      <Text className="fb-card__line">答复期限：{formatDay(ticket.dueDate)}</Text>
    </>
  );
}
