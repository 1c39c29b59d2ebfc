import { useState } from 'react';
import { Text, Textarea, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import type { OutputOf } from '@shared/contract';
import type { RatingView } from '@shared/contracts/review';
import type { Indicator } from '@shared/review/indicators';
import { LEVEL_LABELS, LEVELS, type Level } from '@shared/review/levels';
import { STAGES, type Stage } from '@shared/review/window';
import { api, ApiError, call, newRequestId } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice, ChoiceGroup as InlineChoices } from '@/components/Choice';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { ErrorSummary } from '@/components/ErrorSummary';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { formatDateTime } from '@/help/format';
import { inputLabelProps, roleProps } from '@/platform/a11y';
import { choosePhotosAndUpload } from '@/platform/upload';
import { openPage, replacePage, ROUTES } from '@/routes';
import { useRemote } from '@/hooks/useRemote';
import '@/packages/review/ui/review.scss';

type Pending = OutputOf<(typeof api.review)['ratings.pending']>['items'][number];
const MAX_PHOTOS = 3;
const LEVEL_CHOICES = LEVELS.map((value) => ({ value, label: LEVEL_LABELS[value] }));

function Submitted({ rating }: { rating: RatingView }) {
  return (
    <View className="review-done" {...roleProps('status')}>
      <Text className="review-done__title">评价已提交，谢谢您</Text>
      <Text className="review-card__text">
        {rating.case.itemName}（{rating.case.number}）{rating.stage.label}环节：{rating.level.label}
      </Text>
      {rating.bad ? (
        <Text className="review-card__text">
          这条差评已交给{rating.department.name}整改，整改后会回访您，您还可以评价整改结果。进度在“我的评价”里查看。
        </Text>
      ) : (
        <Text className="review-card__line">您的评价会帮助我们把服务做得更好。</Text>
      )}
      <ActionButton label="查看我的评价" onPress={() => replacePage(ROUTES.reviewMine)} />
    </View>
  );
}

function RateForm({ item, onSubmitted }: { item: Pending; onSubmitted: (rating: RatingView) => void }) {
  const [level, setLevel] = useState<Level | null>(null);
  const [indicators, setIndicators] = useState<Partial<Record<Indicator, Level>>>({});
  const [comment, setComment] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [photoError, setPhotoError] = useState<string | null>(null);
  const [missingLevel, setMissingLevel] = useState(false);
  const [failure, setFailure] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [requestId] = useState(newRequestId);
  // `overall` is the level itself: the other indicators are optional details.
  const details = item.indicators.filter((indicator) => indicator.name !== 'overall');

  const addPhotos = () => {
    setPhotoError(null);
    choosePhotosAndUpload('review', MAX_PHOTOS - photos.length).then(
      (ids) => setPhotos([...photos, ...ids].slice(0, MAX_PHOTOS)),
      () => setPhotoError('照片没有添加成功，可以重试，也可以不加照片直接提交。'),
    );
  };

  const submit = () => {
    if (busy) return;
    if (!level) {
      setMissingLevel(true);
      return;
    }
    setMissingLevel(false);
    setFailure(null);
    setBusy(true);
    const input = {
      case: { source: item.case.source, id: item.case.id },
      stage: item.stage.value,
      level,
      indicators,
      photos,
      anonymous: false,
      ...(comment.trim() ? { comment: comment.trim() } : {}),
    };
    call(api.review['ratings.submit'], input, { requestId }).then(onSubmitted, (cause: unknown) => {
      setBusy(false);
      setFailure(ApiError.of(cause));
    });
  };

  return (
    <View className="review-form">
      <ErrorSummary errors={missingLevel ? [{ field: 'rate-level', message: '请选择您对这次办事的总体评价' }] : []} />
      {failure ? (
        <View className="review-card review-card--alert" {...roleProps('alert')}>
          <Text className="review-error">{failure.message}</Text>
          {failure.code === 'CONFLICT' ? <ActionButton label="查看我的评价" variant="secondary" onPress={() => openPage(ROUTES.reviewMine)} /> : null}
        </View>
      ) : null}
      <Section title="总体评价" hint="五个等级都可以选，不满意也请如实评价，我们会整改并回访您。" id="rate-level">
        <ChoiceGroup
          label="总体评价"
          choices={LEVEL_CHOICES}
          value={level}
          onChange={(next) => {
            setLevel(next);
            setMissingLevel(false);
          }}
        />
      </Section>
      {details.length ? (
        <Section title="分项评价（可不填）" hint={`${item.channel.label}的评价指标`}>
          {details.map((indicator) => (
            <View key={indicator.name} className="review-form">
              <Text className="review-form__label" aria-hidden="true">
                {indicator.label}
              </Text>
              <View className="review-inline">
                <InlineChoices label={indicator.label} inline>
                  {LEVELS.map((value) => (
                    <Choice
                      key={value}
                      label={LEVEL_LABELS[value]}
                      selected={indicators[indicator.name] === value}
                      onPress={() => setIndicators({ ...indicators, [indicator.name]: value })}
                    />
                  ))}
                </InlineChoices>
              </View>
            </View>
          ))}
        </Section>
      ) : null}
      <Section title="想说的话（可不填）">
        <Textarea
          className="review-textarea"
          value={comment}
          maxlength={500}
          placeholder="哪里好、哪里不好，写下来我们会认真看"
          onInput={(event) => setComment(event.detail.value)}
          {...inputLabelProps('想说的话')}
        />
        {photoError ? (
          <Text className="review-error" {...roleProps('alert')}>
            {photoError}
          </Text>
        ) : null}
        {photos.length ? <Text className="review-form__hint">已添加 {photos.length} 张照片</Text> : null}
        {photos.length < MAX_PHOTOS ? <ActionButton variant="secondary" label="添加照片" onPress={addPhotos} /> : null}
      </Section>
      <ActionButton label={busy ? '正在提交…' : '提交评价'} onPress={submit} />
    </View>
  );
}

function parseStage(value: string | undefined): Stage {
  return (STAGES as readonly string[]).includes(value ?? '') ? (value as Stage) : 'completed';
}

/** 评价一件办件: five levels as large choices, the channel's indicators, an optional comment and photos. */
export default function RatePage() {
  const { params } = useRouter();
  const source = params.source === 'onething' ? 'onething' : 'help';
  const caseId = params.caseId ? decodeURIComponent(params.caseId) : '';
  const stage = parseStage(params.stage);
  const pending = useRemote('page', () => call(api.review['ratings.pending'], {}), { reloadOnShow: true });
  const [submitted, setSubmitted] = useState<RatingView | null>(null);
  const item = pending.data?.items.find((it) => it.case.source === source && it.case.id === caseId && it.stage.value === stage);

  return (
    <PageShell
      title="评价办件"
      subtitle={item ? `${item.case.itemName} · ${item.stage.label}环节` : undefined}
      loading={!pending.data && !pending.error && !submitted}
      error={!pending.data && !submitted ? pending.error : null}
      onRetry={pending.reload}
    >
      {submitted ? (
        <Submitted rating={submitted} />
      ) : item ? (
        <>
          <View className="review-card">
            <Text className="review-card__title">{item.case.itemName}</Text>
            <Text className="review-card__line">
              办件编号 {item.case.number} · {item.channel.label}
              {item.served?.name ? ` · 服务人员 ${item.served.name}` : ''}
            </Text>
            <Text className="review-card__line">请在 {formatDateTime(item.closesAt)} 前评价</Text>
          </View>
          <RateForm item={item} onSubmitted={setSubmitted} />
        </>
      ) : pending.data ? (
        <View className="review-card" {...roleProps('status')}>
          <Text className="review-card__text">这件办件现在不需要评价：可能已经评价过，或者已超过评价期限。</Text>
          <ActionButton label="查看我的评价" onPress={() => replacePage(ROUTES.reviewMine)} />
        </View>
      ) : null}
    </PageShell>
  );
}
