import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ApiError } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { messageOf } from '@/help/errors';
import { loadDraft, saveDraft } from '@/onething/drafts';
import {
  answersBefore,
  answersThrough,
  evaluateGuide,
  type AnswerValue,
  type GuideEvaluation,
  type GuideQuestionPage,
} from '@/onething/guide';
import { answerToSend, QuestionInput } from '@/onething/QuestionInput';
import { themeIdFrom } from '@/onething/theme-ref';
import { headingProps, pressableProps, roleProps } from '@/platform/a11y';
import { goBack, replacePage, ROUTES } from '@/routes';
import '@/pages/onething/onething.scss';

interface Shown {
  page: GuideQuestionPage;
  value: AnswerValue | null;
}

/**
 * 情形引导: one question per page. The answers live in the draft (they survive leaving the mini-program);
 * 上一题 / 下一题 move along the asked questions keeping every answer; changing an early answer drops only the
 * answers to questions that are no longer asked (the backend decides, and says which).
 */
export default function OnethingGuidePage() {
  const themeId = themeIdFrom(useRouter().params);
  // Every answer so far, as the backend last evaluated them: gives the asking order (path).
  const [full, setFull] = useState<GuideEvaluation | null>(null);
  // The question on screen; null with a finished `full` = the summary of answers.
  const [shown, setShown] = useState<Shown | null>(null);
  const [loadError, setLoadError] = useState<ApiError | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const busyRef = useRef(false);

  const run = useCallback(async (work: () => Promise<void>) => {
    if (busyRef.current) return;
    busyRef.current = true;
    setBusy(true);
    setProblem(null);
    try {
      await work();
    } catch (cause) {
      setProblem(messageOf(cause));
    } finally {
      busyRef.current = false;
      setBusy(false);
    }
  }, []);

  const start = useCallback(() => {
    if (!themeId) return;
    setLoadError(null);
    evaluateGuide(themeId, loadDraft(themeId).answers as Record<string, AnswerValue>).then(
      (evaluation) => {
        saveDraft(themeId, { answers: evaluation.answers });
        setFull(evaluation);
        setShown(evaluation.status === 'question' ? { page: evaluation, value: null } : null);
      },
      (cause: unknown) => setLoadError(ApiError.of(cause)),
    );
  }, [themeId]);

  useEffect(start, [start]);

  /** Shows an earlier (answered) question with its answer chosen. */
  const showQuestion = (questionId: string) =>
    run(async () => {
      if (!themeId || !full) return;
      const page = await evaluateGuide(themeId, answersBefore(full, questionId));
      if (page.status === 'question') setShown({ page, value: full.answers[page.question.id] ?? null });
    });

  const answer = () =>
    run(async () => {
      if (!themeId || !shown) return;
      const question = shown.page.question;
      const checked = answerToSend(question, shown.value);
      if (!checked.ok) {
        setProblem(checked.message);
        return;
      }
      const base = full ? full.answers : {};
      const next = await evaluateGuide(themeId, { ...base, [question.id]: checked.value });
      saveDraft(themeId, { answers: next.answers });
      setFull(next);
      const isLast = next.path[next.path.length - 1]?.questionId === question.id;
      // The page after this one: already answered (shown with its answer) or the first unanswered.
      const after = isLast ? next : await evaluateGuide(themeId, answersThrough(next, question.id));
      if (after.status === 'question') {
        setShown({ page: after, value: next.answers[after.question.id] ?? null });
        return;
      }
      replacePage(ROUTES.onethingChecklist, { themeId });
    });

  const back = () => {
    const previous = shown?.page.previousQuestionId;
    if (previous) void showQuestion(previous);
    else goBack();
  };

  const total = full ? (full.status === 'question' ? full.progress.asked : full.path.length) : 0;

  return (
    <PageShell
      title={shown ? '请回答' : '您的回答'}
      subtitle={shown ? `第 ${shown.page.path.length + 1} 题，共 ${Math.max(total, shown.page.path.length + 1)} 题` : undefined}
      loading={!full && !loadError}
      error={!themeId ? { message: '没有选择要办的事，请回到首页重新选择。' } : loadError}
      onRetry={themeId ? start : undefined}
    >
      {shown ? (
        <View className="onething-question">
          <View className="onething-progress" aria-hidden="true">
            <View
              className="onething-progress__bar"
              style={{ width: `${Math.round((shown.page.path.length / Math.max(total, shown.page.path.length + 1)) * 100)}%` }}
            />
          </View>
          <Text className="onething-question__text" {...headingProps(2)}>
            {shown.page.question.text}
          </Text>
          {shown.page.question.help ? <Text className="onething-card__note">{shown.page.question.help}</Text> : null}
          <QuestionInput question={shown.page.question} value={shown.value} onChange={(value) => setShown({ ...shown, value })} />
          {problem ? (
            <Text className="onething-problem" {...roleProps('alert')}>
              ! {problem}
            </Text>
          ) : null}
          <View className="onething-actions">
            <ActionButton label={busy ? '请稍候…' : '下一题'} onPress={() => void answer()} />
            <ActionButton label={shown.page.previousQuestionId ? '上一题' : '返回'} variant="secondary" onPress={back} />
          </View>
        </View>
      ) : full ? (
        <>
          <Section title="已经答完" hint="点一条回答可以修改；改了前面的回答，后面不再需要的问题会自动去掉。">
            <View className="onething-list" {...roleProps('list')} aria-label="您的回答">
              {full.path.map((step) => (
                <View key={step.questionId} className="onething-list__item" {...roleProps('listitem')}>
                  <View className="onething-list__row" {...pressableProps('button', () => void showQuestion(step.questionId))}>
                    <View className="onething-list__body">
                      <Text className="onething-list__meta">{step.text}</Text>
                      <Text className="onething-list__title">{step.answerLabel}</Text>
                    </View>
                    <Text className="onething-list__link">修改</Text>
                  </View>
                </View>
              ))}
            </View>
          </Section>
          {problem ? (
            <Text className="onething-problem" {...roleProps('alert')}>
              ! {problem}
            </Text>
          ) : null}
          <View className="onething-actions">
            <ActionButton label="查看材料清单" onPress={() => themeId && replacePage(ROUTES.onethingChecklist, { themeId })} />
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
