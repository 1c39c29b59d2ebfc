import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { cityConfig } from '@shared/config/city';
import { api, call } from '@/api';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/help/format';
import { roleProps } from '@/platform/a11y';
import { BarChart, type Bar } from '@/packages/review/ui/BarChart';
import { percent, score, share } from '@/packages/review/ui/format';
import { useRemote } from '@/hooks/useRemote';
import '@/packages/review/ui/review.scss';

type Summary = OutputOf<(typeof api.review)['stats.summary']>;
type Group = Summary['byTheme'][number];

/** 好评率 bars with the satisfaction score and the count in words beside each. */
function goodRateBars(groups: readonly Group[]): Bar[] {
  return groups.map((group) => ({
    key: group.key,
    label: group.label,
    value: group.goodRate,
    text: `好评率 ${percent(group.goodRate)} · 满意度 ${score(group.satisfaction)} · ${group.count}条`,
  }));
}

function Figure({ value, label }: { value: string; label: string }) {
  return (
    <View className="review-figure" {...roleProps('listitem')}>
      <Text className="review-figure__value">{value}</Text>
      <Text className="review-figure__label">{label}</Text>
    </View>
  );
}

/** The public 好差评 dashboard: anyone can see it, logged in or not; figures only, nothing about any person. */
export default function ReviewDashboardPage() {
  const loaded = useRemote('page', () => call(api.review['stats.summary'], {}), { reloadOnShow: true });
  const data = loaded.data;
  const bad = data?.badReviews;

  return (
    <PageShell
      title={cityConfig().dashboard.title}
      subtitle="群众对政务服务的评价和差评整改情况，向社会公开。"
      loading={!data && !loaded.error}
      error={!data ? loaded.error : null}
      onRetry={loaded.reload}
    >
      {data && bad ? (
        <>
          <View className="review-figures" {...roleProps('list')} aria-label="总体情况">
            <Figure value={String(data.total.count)} label="评价总数" />
            <Figure value={percent(data.total.goodRate)} label="好评率" />
            <Figure value={score(data.total.satisfaction)} label="满意度" />
          </View>
          <Section title="按主题" hint="好评率：非常满意、满意、基本满意所占的比例；满意度：五个等级折算的平均分（满分100）。">
            <BarChart title="各主题好评率" bars={goodRateBars(data.byTheme)} empty="还没有评价。" />
          </Section>
          <Section title="按部门">
            <BarChart title="各部门好评率" bars={goodRateBars(data.byDepartment)} empty="还没有评价。" />
          </Section>
          <Section title="按月份">
            <BarChart title="每月好评率" bars={goodRateBars(data.byMonth)} empty="还没有评价。" />
          </Section>
          <Section title="差评整改">
            <View className="review-figures" {...roleProps('list')} aria-label="差评整改情况">
              <Figure value={String(bad.received)} label="收到差评" />
              <Figure value={String(bad.rectifiedOnTime)} label="按期整改" />
              <Figure value={String(bad.open)} label="正在整改" />
            </View>
            <BarChart
              title="整改和回访"
              empty="还没有差评。"
              bars={
                bad.received
                  ? [
                      { key: 'on-time', label: '按期整改率', value: share(bad.rectifiedOnTime, bad.received), text: `${percent(share(bad.rectifiedOnTime, bad.received))}（${bad.rectifiedOnTime}/${bad.received}）` },
                      { key: 'callback', label: '实名差评回访率', value: bad.callbackRate, text: percent(bad.callbackRate) },
                    ]
                  : []
              }
            />
          </Section>
          <Text className="review-card__line">统计时间：{formatDateTime(data.generatedAt)}。申诉成立的评价不计入统计。</Text>
        </>
      ) : null}
    </PageShell>
  );
}
