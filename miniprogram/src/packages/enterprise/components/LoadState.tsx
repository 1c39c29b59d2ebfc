import { Text, View } from '@tarojs/components';
import { ActionButton } from '@/components/ActionButton';
import { roleProps } from '@/platform/a11y';
import './policy.scss';

export interface LoadStateProps {
  loading: boolean;
  error: { message: string } | null;
  onRetry: () => void;
  /** What is loading, e.g. 企业信息. */
  what: string;
}

/** A block's own loading / error state inside a page that has already shown its frame. */
export function LoadState({ loading, error, onRetry, what }: LoadStateProps) {
  if (error) {
    return (
      <View className="pol-card" {...roleProps('alert')}>
        <Text className="pol-card__line">
          {what}没有加载出来：{error.message}
        </Text>
        <ActionButton label="重试" variant="secondary" onPress={onRetry} />
      </View>
    );
  }
  if (loading) {
    return (
      <Text className="pol-card__note" {...roleProps('status')}>
        正在加载{what}…
      </Text>
    );
  }
  return null;
}
