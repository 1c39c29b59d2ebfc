import { Text, View } from '@tarojs/components';
import type { RectificationView } from '@shared/contracts/review';
import { ActionButton } from '@/components/ActionButton';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import { api, call } from '@/api';
import { roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import { usePagedList } from '@/hooks/usePagedList';
import { ListMore } from '@/components/ListMore';
import '@/packages/review/ui/review.scss';

function FixCard({ fix }: { fix: RectificationView }) {
  return (
    <View className={`review-card${fix.overdue ? ' review-card--alert' : ''}`} {...roleProps('listitem')}>
      <View className="review-card__head">
        <Text className="review-card__title">办件 {fix.caseNumber}</Text>
        <Tag text={fix.level.label} tone="notice" />
      </View>
      <View className="review-card__tags">
        <Tag text={fix.state.label} tone={fix.state.value === 'finished' ? 'success' : 'primary'} />
        {fix.overdue ? <Tag text="已超期" tone="notice" /> : null}
        {fix.escalation ? <Tag text="已上报" tone="notice" /> : null}
      </View>
      <Text className="review-card__line">
        {fix.department.name} · 整改期限 {fix.dueDate}
        {fix.rater ? ` · 评价人 ${fix.rater}` : ''}
      </Text>
      {fix.comment ? <Text className="review-card__text">“{fix.comment}”</Text> : null}
      <ActionButton label={`处理 ${fix.caseNumber}`} variant={fix.actions.length ? 'primary' : 'secondary'} onPress={() => openPage(ROUTES.staffRectification, { id: fix.id })} />
    </View>
  );
}

function FixList({ label, open, empty }: { label: string; open: boolean; empty: string }) {
  const fixes = usePagedList<RectificationView>((cursor) => call(api.review['rectifications.list'], cursor ? { open, cursor } : { open }), { reloadOnShow: true });
  if (fixes.error && !fixes.items) {
    return (
      <Text className="review-error" {...roleProps('alert')}>
        {fixes.error.message}
      </Text>
    );
  }
  if (!fixes.items) {
    return (
      <Text className="review-card__line" {...roleProps('status')}>
        正在加载…
      </Text>
    );
  }
  if (!fixes.items.length) return <Text className="review-empty">{empty}</Text>;
  return (
    <>
      <View className="review-list" {...roleProps('list')} aria-label={label}>
        {fixes.items.map((fix) => (
          <FixCard key={fix.id} fix={fix} />
        ))}
      </View>
      <ListMore shown={fixes.items.length} more={fixes.more} loading={fixes.loadingMore} onMore={fixes.loadMore} />
    </>
  );
}

function Worklist() {
  return (
    <>
      <Section title="待处理" hint="已上报的排在前面，其余按整改期限，期限按工作日计算。">
        <FixList label="待处理的差评" open empty="没有待处理的差评。" />
      </Section>
      <Section title="已办结">
        <FixList label="已办结的差评" open={false} empty="还没有办结的差评。" />
      </Section>
    </>
  );
}

/** 整改工作台: every bad review the department must rectify, overdue ones flagged, each with its deadline. */
export default function RectificationsPage() {
  return (
    <RoleGate
      title="差评整改"
      allows={(me) => me.roles.includes('staff') || me.roles.includes('admin')}
      deniedMessage="这里只给部门工作人员和管理员处理差评整改。如需开通，请联系本单位管理员。"
      subtitle={(me) => me.department?.name ?? (me.roles.includes('admin') ? '全部部门' : undefined)}
    >
      {() => <Worklist />}
    </RoleGate>
  );
}
