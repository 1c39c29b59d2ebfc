import { Text, View } from '@tarojs/components';
import { usePrivacyNotice } from '@/hooks/usePrivacyNotice';
import { headingProps, roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import { ActionButton } from '@/components/ActionButton';
import './index.scss';

/**
 * First use: the 用户隐私保护指引 in short, asking for agreement before anything personal is used. Declining
 * leaves the person browsing, told plainly what that means.
 */
export function PrivacyNotice() {
  const notice = usePrivacyNotice();
  if (notice.state === 'accepted') return null;
  if (notice.state === 'declined') {
    return (
      <View className="privacy-notice privacy-notice--declined" {...roleProps('status')}>
        <Text className="privacy-notice__text">
          您还没有同意《用户隐私保护指引》。现在可以随便看看；要办事、提投诉建议时，需要先同意。
        </Text>
        <ActionButton variant="secondary" label="重新阅读并同意" onPress={() => openPage(ROUTES.privacy)} />
      </View>
    );
  }
  return (
    <View className="privacy-notice" {...roleProps('region')} aria-label="用户隐私保护指引">
      <Text className="privacy-notice__title" {...headingProps(2)}>
        使用前请阅读《用户隐私保护指引》
      </Text>
      <Text className="privacy-notice__text">
        为给您办事，我们会用到您的姓名、证件号码、手机号等信息，只用于您申请的事项，不做别的用途。证件照片、银行卡等敏感信息，用到时会再单独问您。
      </Text>
      {notice.error ? (
        <Text className="privacy-notice__error" {...roleProps('alert')}>
          {notice.error}
        </Text>
      ) : null}
      <View className="privacy-notice__actions">
        <ActionButton label={notice.busy ? '正在提交…' : '同意并继续'} onPress={() => !notice.busy && notice.accept()} />
        <ActionButton variant="secondary" label="阅读全文" onPress={() => openPage(ROUTES.privacy)} />
        <ActionButton variant="plain" label="不同意，先随便看看" onPress={notice.decline} />
      </View>
    </View>
  );
}
