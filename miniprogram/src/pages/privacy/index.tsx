import { Text, View } from '@tarojs/components';
import { CONSENTS, PRIVACY_NOTICE_VERSION } from '@shared/privacy/consents';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { HOTLINE } from '@/config';
import { usePrivacyNotice } from '@/hooks/usePrivacyNotice';
import { roleProps } from '@/platform/a11y';
import { goBack } from '@/routes';
import './index.scss';

const SENSITIVE = Object.values(CONSENTS).filter((item) => item.sensitive);

/** The full 用户隐私保护指引, and agreeing to it. */
export default function PrivacyPage() {
  const notice = usePrivacyNotice();
  return (
    <PageShell title="用户隐私保护指引" subtitle={`版本 ${PRIVACY_NOTICE_VERSION}`} privacyNotice={false}>
      <Section title="我们收集哪些信息，用来做什么">
        <Text className="privacy-text">{CONSENTS.privacy_notice.why}</Text>
        <Text className="privacy-text">您的信息只提供给受理您事项的部门，不会用于广告，也不会卖给任何人。</Text>
      </Section>
      <Section title="敏感信息会单独问您">
        <View className="privacy-list" {...roleProps('list')} aria-label="敏感信息">
          {SENSITIVE.map((item) => (
            <View key={item.purpose} className="privacy-list__item" {...roleProps('listitem')}>
              <Text className="privacy-list__title">{item.title}</Text>
              <Text className="privacy-text">{item.why}</Text>
            </View>
          ))}
        </View>
      </Section>
      <Section title="您的权利">
        <Text className="privacy-text">您可以在“我的 → 我的授权”查看和撤回授权，在“我的 → 我的数据”查看、复制您的信息，或申请删除（法律要求保存的办件记录除外）。</Text>
        <Text className="privacy-text">有疑问请拨打 {HOTLINE} 政务服务热线。</Text>
      </Section>
      {notice.error ? (
        <Text className="privacy-error" {...roleProps('alert')}>
          {notice.error}
        </Text>
      ) : null}
      {notice.state === 'accepted' ? (
        <Text className="privacy-done" {...roleProps('status')}>
          您已同意本版本指引。
        </Text>
      ) : (
        <ActionButton label={notice.busy ? '正在提交…' : '我已阅读，同意'} onPress={() => !notice.busy && notice.accept()} />
      )}
      <ActionButton variant="secondary" label="返回" onPress={goBack} />
    </PageShell>
  );
}
