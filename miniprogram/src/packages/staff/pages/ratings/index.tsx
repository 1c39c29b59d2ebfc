import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { LEVEL_LABELS, LEVELS, type Level } from '@shared/review/levels';
import { api, call } from '@/api';
import { Choice, ChoiceGroup } from '@/components/Choice';
import { RoleGate } from '@/components/RoleGate';
import { Section } from '@/components/Section';
import { roleProps } from '@/platform/a11y';
import { RatingSummary } from '@/packages/review/ui/RatingSummary';
import { usePagedList } from '@/hooks/usePagedList';
import { ListMore } from '@/components/ListMore';
import type { RatingView as Rating } from '@shared/contracts/review';
import '@/packages/review/ui/review.scss';

function DepartmentRatings() {
  const [level, setLevel] = useState<Level | null>(null);
  // The level is filtered by the backend, so every page holds only that level.
  const ratings = usePagedList<Rating>(
    (cursor) => call(api.review['ratings.forDepartment'], { ...(level ? { level } : {}), ...(cursor ? { cursor } : {}) }),
    { key: level ?? 'all', reloadOnShow: true },
  );
  const items = ratings.items ?? [];
  return (
    <>
      <View className="review-inline">
        <ChoiceGroup label="按等级查看" inline>
          <Choice label="全部" selected={level === null} onPress={() => setLevel(null)} />
          {LEVELS.map((value) => (
            <Choice key={value} label={LEVEL_LABELS[value]} selected={level === value} onPress={() => setLevel(value)} />
          ))}
        </ChoiceGroup>
      </View>
      <Section title={level ? LEVEL_LABELS[level] : '全部评价'} aside={ratings.items ? `${ratings.more ? '已显示 ' : ''}${items.length} 条` : undefined} hint="评价只能查看，不能修改或删除；评价人信息已脱敏。">
        {ratings.error && !ratings.items ? (
          <Text className="review-error" {...roleProps('alert')}>
            {ratings.error.message}
          </Text>
        ) : !ratings.items ? (
          <Text className="review-card__line" {...roleProps('status')}>
            正在加载…
          </Text>
        ) : items.length ? (
          <View className="review-list" {...roleProps('list')} aria-label="本部门收到的评价">
            {items.map((rating) => (
              <View key={rating.id} className="review-card" {...roleProps('listitem')}>
                <RatingSummary rating={rating} />
              </View>
            ))}
          </View>
        ) : (
          <Text className="review-empty">本部门还没有这类评价。</Text>
        )}
        {ratings.items ? <ListMore shown={items.length} more={ratings.more} loading={ratings.loadingMore} onMore={ratings.loadMore} /> : null}
      </Section>
    </>
  );
}

/** 评价查询: every rating about my department, read-only, the rater masked. */
export default function StaffRatingsPage() {
  return (
    <RoleGate
      title="评价查询"
      allows={(me) => me.roles.includes('staff')}
      deniedMessage="这里只给部门工作人员查看本部门收到的评价。如需开通，请联系本单位管理员。"
      subtitle={(me) => me.department?.name}
    >
      {() => <DepartmentRatings />}
    </RoleGate>
  );
}
