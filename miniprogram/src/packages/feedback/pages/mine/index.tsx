import { Text, View } from '@tarojs/components';
import { ActionButton } from '@/components/ActionButton';
import { ListMore } from '@/components/ListMore';
import { PageShell } from '@/components/PageShell';
import { pressableProps, roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import { TicketSummary } from '@/packages/feedback/TicketSummary';
import { useMyTickets } from '@/packages/feedback/useMyTickets';
import '@/packages/feedback/pages/shared.scss';

/** 我的投诉建议: every ticket with its status; tap one for the reply and to rate it. */
export default function FeedbackMinePage() {
  const { items, error, reload, more, loadingMore, loadMore } = useMyTickets();
  return (
    <PageShell title="我的投诉建议" loading={!items && !error} error={items ? null : error} onRetry={reload} feedback={false}>
      {items && !items.length ? (
        <Text className="fb-empty" {...roleProps('status')}>
          您还没有提过投诉或建议。
        </Text>
      ) : null}
      <View className="fb-list" {...roleProps('list')} aria-label="我的投诉建议">
        {(items ?? []).map((ticket) => (
          <View key={ticket.id} {...roleProps('listitem')}>
            <View className="fb-card" hoverClass="fb-card--pressed" {...pressableProps('link', () => openPage(ROUTES.feedbackDetail, { id: ticket.id }))}>
              <TicketSummary ticket={ticket} />
              <Text className="fb-card__content">{ticket.content}</Text>
              {ticket.reply ? <Text className="fb-card__line">部门已答复，点按查看</Text> : null}
            </View>
          </View>
        ))}
      </View>
      {items ? <ListMore shown={items.length} more={more} loading={loadingMore} onMore={loadMore} /> : null}
      <ActionButton variant="secondary" label="提新的投诉建议" onPress={() => openPage(ROUTES.feedbackNew, { page: 'packages/feedback/pages/mine/index' })} />
    </PageShell>
  );
}
