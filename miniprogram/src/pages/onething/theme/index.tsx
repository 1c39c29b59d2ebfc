import { Text, View } from '@tarojs/components';
import { useDidShow, useRouter } from '@tarojs/taro';
import { useState } from 'react';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { Tag } from '@/components/Tag';
import { hasStartedDraft } from '@/onething/drafts';
import { workingDays } from '@/onething/format';
import { themeIdFrom, themeRef } from '@/onething/theme-ref';
import { useRemote } from '@/hooks/useRemote';
import { roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import '@/pages/onething/onething.scss';

/** Before anything is asked: what this 一件事 bundles, how long it takes, what you will probably need. */
export default function OnethingThemePage() {
  const themeId = themeIdFrom(useRouter().params);
  const theme = useRemote(themeId, () => call(api.onething['themes.get'], themeRef(themeId!)));
  const [started, setStarted] = useState(false);
  // The draft may have changed on the guide page: read it whenever this page shows.
  useDidShow(() => setStarted(themeId ? hasStartedDraft(themeId) : false));
  const data = theme.data;

  return (
    <PageShell
      title={data?.name ?? '一件事'}
      subtitle={data ? `${data.lifeEventLabel} · ${data.audience === 'person' ? '个人办事' : '企业办事'}` : undefined}
      loading={!data && theme.loading}
      error={!themeId ? { message: '没有选择要办的事，请回到首页重新选择。' } : !data ? theme.error : null}
      onRetry={themeId ? theme.reload : undefined}
    >
      {data ? (
        <>
          <View className="onething-card">
            <Text className="onething-card__text">{data.summary}</Text>
          </View>

          <Section title="多长时间办完">
            <View className="onething-card">
              <Text className="onething-card__strong">承诺 {workingDays(data.promisedDays)}办结</Text>
              <Text className="onething-card__text">
                各事项分开办，法定时限合计最长 {workingDays(data.totalLegalDays)}；合在一起办，各部门同时审批。
              </Text>
              {data.promiseNote ? <Text className="onething-card__note">{data.promiseNote}</Text> : null}
              {data.city ? <Text className="onething-card__note">已按{data.city.name}的规定计算。</Text> : null}
            </View>
          </Section>

          <Section title={`一次办好这 ${data.subItems.length} 件事`} hint={`涉及部门：${data.departments.join('、')}`}>
            <View className="onething-list" {...roleProps('list')} aria-label="包含的事项">
              {data.subItems.map((item) => (
                <View key={item.id} className="onething-list__item" {...roleProps('listitem')}>
                  <View className="onething-list__head">
                    <Text className="onething-list__title">{item.name}</Text>
                    {item.usual ? null : <Tag text="视情况办理" tone="notice" />}
                  </View>
                  <Text className="onething-list__meta">
                    {item.department} · 承诺 {workingDays(item.promisedDays)}（法定 {workingDays(item.legalDays)}）
                  </Text>
                  <Text className="onething-list__meta">办好后得到：{item.output}</Text>
                </View>
              ))}
            </View>
          </Section>

          {data.preconditions.length ? (
            <Section title="开始前请确认">
              <View className="onething-card" {...roleProps('list')} aria-label="办理条件">
                {data.preconditions.map((line) => (
                  <Text key={line} className="onething-card__text" {...roleProps('listitem')}>
                    · {line}
                  </Text>
                ))}
              </View>
            </Section>
          ) : null}

          <Section title="您可能需要这些材料" hint="回答几个问题后，会告诉您具体要哪些。能从电子证照库调取的，不用您交。">
            <View className="onething-list" {...roleProps('list')} aria-label="可能需要的材料">
              {data.probableMaterials.map((material) => (
                <View key={material.id} className="onething-list__item" {...roleProps('listitem')}>
                  <Text className="onething-list__title">{material.name}</Text>
                  <Text className="onething-list__meta">{material.sourceSummary}</Text>
                </View>
              ))}
            </View>
          </Section>

          <Section title="办好后怎么拿">
            <View className="onething-card">
              <Text className="onething-card__text">{data.delivery.map((d) => d.label).join('、')}</Text>
            </View>
          </Section>

          <View className="onething-actions">
            <Text className="onething-card__note">先回答 {data.questionCount} 个以内的问题，每页一题，随时可以返回修改；没答完也会保存。</Text>
            <ActionButton label={started ? '继续办理' : '开始办理'} onPress={() => openPage(ROUTES.onethingGuide, { themeId: data.id })} />
          </View>
        </>
      ) : null}
    </PageShell>
  );
}
