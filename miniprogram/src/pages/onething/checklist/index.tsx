import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useRouter } from '@tarojs/taro';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { loadDraft, saveDraft } from '@/onething/drafts';
import { workingDays } from '@/onething/format';
import { evaluateGuide, type AnswerValue } from '@/onething/guide';
import { MaterialCard } from '@/onething/MaterialCard';
import { themeIdFrom } from '@/onething/theme-ref';
import { useRemote } from '@/hooks/useRemote';
import { roleProps } from '@/platform/a11y';
import { openPage, replacePage, ROUTES } from '@/routes';
import '@/pages/onething/onething.scss';

/** The tailored result of the guide: which sub-items, which materials, and for each what the person has to do. */
export default function OnethingChecklistPage() {
  const themeId = themeIdFrom(useRouter().params);
  const evaluation = useRemote(themeId, () => evaluateGuide(themeId!, loadDraft(themeId!).answers as Record<string, AnswerValue>));
  const [promises, setPromises] = useState<string[]>(() => (themeId ? loadDraft(themeId).promises : []));
  const [problem, setProblem] = useState<string | null>(null);
  const data = evaluation.data;

  const togglePromise = (materialId: string) => {
    if (!themeId) return;
    const next = promises.includes(materialId) ? promises.filter((id) => id !== materialId) : [...promises, materialId];
    setPromises(next);
    saveDraft(themeId, { promises: next });
    setProblem(null);
  };

  const editAnswers = () => themeId && replacePage(ROUTES.onethingGuide, { themeId });

  if (data && data.status === 'question') {
    return (
      <PageShell title="还有问题没回答">
        <View className="onething-card">
          <Text className="onething-card__text">回答完所有问题，才能知道您要办哪些事、交哪些材料。已经回答的都保存着。</Text>
        </View>
        <View className="onething-actions">
          <ActionButton label="继续回答" onPress={editAnswers} />
        </View>
      </PageShell>
    );
  }

  const result = data && data.status === 'result' ? data : null;
  const promiseIds = result ? result.materials.filter((m) => m.source.kind === 'promise').map((m) => m.id) : [];
  const count = (kinds: string[]) => (result ? result.materials.filter((m) => kinds.includes(m.source.kind)).length : 0);

  const next = () => {
    const missing = promiseIds.filter((id) => !promises.includes(id));
    if (missing.length) {
      setProblem(`还有 ${missing.length} 项告知承诺没有勾选；不想承诺的，可以改为上传材料（在申请表里上传）。`);
      return;
    }
    openPage(ROUTES.onethingForm, { themeId: themeId! });
  };

  return (
    <PageShell
      title="要办的事和材料"
      subtitle={result ? `共 ${result.subItems.length} 件事，承诺 ${workingDays(result.totalPromisedDays)}办结` : undefined}
      loading={!data && evaluation.loading}
      error={!themeId ? { message: '没有选择要办的事，请回到首页重新选择。' } : !data ? evaluation.error : null}
      onRetry={themeId ? evaluation.reload : undefined}
    >
      {result ? (
        <>
          {result.notices.length ? (
            <View className="onething-notice" {...roleProps('status')}>
              {result.notices.map((notice) => (
                <Text key={notice} className="onething-card__text">
                  {notice}
                </Text>
              ))}
            </View>
          ) : null}

          <Section
            title={`为您一起办这 ${result.subItems.length} 件事`}
            hint={`各部门同时办，承诺 ${workingDays(result.totalPromisedDays)}；分开办法定时限合计最长 ${workingDays(result.totalLegalDays)}。`}
          >
            <View className="onething-list" {...roleProps('list')} aria-label="要办的事">
              {result.subItems.map((item) => (
                <View key={item.id} className="onething-list__item" {...roleProps('listitem')}>
                  <Text className="onething-list__title">{item.name}</Text>
                  <Text className="onething-list__meta">
                    {item.departmentName} · 承诺 {workingDays(item.promisedDays)}（法定 {workingDays(item.legalDays)}）
                  </Text>
                  <Text className="onething-list__meta">办好后得到：{item.output.name}{item.output.electronic ? '（有电子版）' : ''}</Text>
                  {item.why.length ? <Text className="onething-list__note">为什么要办：{item.why.join('；')}</Text> : null}
                </View>
              ))}
            </View>
          </Section>

          <Section
            title={`材料 ${result.materials.length} 项`}
            hint={`不用交 ${count(['shared', 'internal'])} 项 · 告知承诺 ${count(['promise'])} 项 · 需上传 ${count(['upload'])} 项`}
          >
            <View className="onething-list" {...roleProps('list')} aria-label="材料清单">
              {result.materials.map((material) => (
                <MaterialCard
                  key={material.id}
                  material={material}
                  promised={promises.includes(material.id)}
                  onPromise={material.source.kind === 'promise' ? () => togglePromise(material.id) : undefined}
                />
              ))}
            </View>
          </Section>

          {problem ? (
            <Text className="onething-problem" {...roleProps('alert')}>
              ! {problem}
            </Text>
          ) : null}
          <View className="onething-actions">
            <ActionButton label="下一步：填写申请表" onPress={next} />
            <ActionButton label="修改回答" variant="secondary" onPress={editAnswers} />
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
