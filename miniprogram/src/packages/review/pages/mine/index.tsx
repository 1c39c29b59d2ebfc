import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { MyRatingView, RectificationView } from '@shared/contracts/review';
import { FIX_RATING_LABELS, FIX_RATINGS, type FixRating } from '@shared/review/levels';
import { api, ApiError, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/help/format';
import { roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import { RatingSummary } from '@/packages/review/ui/RatingSummary';
import { RectificationProgress } from '@/packages/review/ui/RectificationProgress';
import { useRemote } from '@/hooks/useRemote';
import { usePagedList } from '@/hooks/usePagedList';
import { ListMore } from '@/components/ListMore';
import '@/packages/review/ui/review.scss';

/** 评价整改结果: three answers; 不满意 sends it back to the department once and up to the administrator. */
function RateFix({ fix, onRated }: { fix: RectificationView; onRated: (next: RectificationView, rating: FixRating) => void }) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const rate = (rating: FixRating) => {
    if (busy) return;
    setBusy(true);
    setError(null);
    call(api.review['rectifications.rate'], { id: fix.id, rating }).then(
      (next) => {
        setBusy(false);
        onRated(next, rating);
      },
      (cause: unknown) => {
        setBusy(false);
        setError(ApiError.of(cause).message);
      },
    );
  };
  return (
    <View className="review-form">
      <Text className="review-form__label">部门已办结，您对整改结果满意吗？</Text>
      {error ? (
        <Text className="review-error" {...roleProps('alert')}>
          {error}
        </Text>
      ) : null}
      <View className="review-form" {...roleProps('group')} aria-label={`评价整改结果 ${fix.caseNumber}`}>
        {FIX_RATINGS.map((rating) => (
          <ActionButton key={rating} label={FIX_RATING_LABELS[rating]} variant="secondary" onPress={() => rate(rating)} />
        ))}
      </View>
    </View>
  );
}

/** 我的评价: cases waiting for my rating, my ratings, and for my bad reviews how the rectification is going. */
export default function MyReviewsPage() {
  const pending = useRemote('pending', () => call(api.review['ratings.pending'], {}), { reloadOnShow: true });
  // My ratings page by cursor, newest first; each bad one carries its rectification.
  const ratings = usePagedList<MyRatingView>((cursor) => call(api.review['ratings.listMine'], cursor ? { cursor } : {}), { reloadOnShow: true });
  const [justRated, setJustRated] = useState<{ id: string; rating: FixRating } | null>(null);

  const replaceFix = (next: RectificationView, rating: FixRating) => {
    ratings.setItems((shown) => shown.map((item) => (item.rectification?.id === next.id ? { ...item, rectification: next } : item)));
    setJustRated({ id: next.id, rating });
  };
  const error = pending.error ?? ratings.error;
  const reload = () => {
    pending.reload();
    ratings.reload();
  };

  return (
    <PageShell
      title="我的评价"
      subtitle="办结的事可以评价；不满意的，部门会整改并回访您。"
      loading={(!pending.data || !ratings.items) && !error}
      error={!pending.data || !ratings.items ? error : null}
      onRetry={reload}
    >
      {pending.data && ratings.items ? (
        <>
          <Section title="待评价" aside={`${pending.data.items.length} 件`}>
            {pending.data.items.length ? (
              <View className="review-list" {...roleProps('list')} aria-label="待评价">
                {pending.data.items.map((item) => (
                  <View key={`${item.case.source}-${item.case.id}-${item.stage.value}`} className="review-card" {...roleProps('listitem')}>
                    <Text className="review-card__title">{item.case.itemName}</Text>
                    <Text className="review-card__line">
                      办件编号 {item.case.number} · {item.stage.label}环节 · {item.channel.label}
                    </Text>
                    <Text className="review-card__line">请在 {formatDateTime(item.closesAt)} 前评价</Text>
                    <ActionButton
                      label={`评价${item.stage.label}环节 ${item.case.number}`}
                      onPress={() => openPage(ROUTES.reviewRate, { source: item.case.source, caseId: item.case.id, stage: item.stage.value })}
                    />
                  </View>
                ))}
              </View>
            ) : (
              <Text className="review-empty">现在没有需要评价的办件。</Text>
            )}
          </Section>
          <Section title="我做过的评价" aside={`${ratings.more ? '已显示 ' : ''}${ratings.items.length} 条`}>
            {ratings.items.length ? (
              <View className="review-list" {...roleProps('list')} aria-label="我做过的评价">
                {ratings.items.map((rating) => {
                  const fix = rating.rectification;
                  return (
                    <View key={rating.id} className="review-card" {...roleProps('listitem')}>
                      <RatingSummary rating={rating} />
                      {fix ? (
                        <>
                          <Text className="review-form__label">差评整改进度</Text>
                          <RectificationProgress fix={fix} />
                          {fix.actions.includes('rate') ? <RateFix fix={fix} onRated={replaceFix} /> : null}
                          {justRated?.id === fix.id ? (
                            <Text className="review-card__text" {...roleProps('status')}>
                              已收到您对整改结果的评价：{FIX_RATING_LABELS[justRated.rating]}
                              {fix.state.value === 'opened' ? '。部门会重新整改，并已上报管理员。' : '。'}
                            </Text>
                          ) : null}
                        </>
                      ) : null}
                    </View>
                  );
                })}
              </View>
            ) : (
              <Text className="review-empty">您还没有评价过办件。</Text>
            )}
            <ListMore shown={ratings.items.length} more={ratings.more} loading={ratings.loadingMore} onMore={ratings.loadMore} />
          </Section>
          <ActionButton label="好差评结果公示" variant="secondary" onPress={() => openPage(ROUTES.reviewDashboard)} />
        </>
      ) : null}
    </PageShell>
  );
}
