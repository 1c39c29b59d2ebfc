import { Text, View } from '@tarojs/components';
import { roleProps } from '../../platform/a11y';
import './index.scss';

export interface ErrorSummaryProps {
  /** One line per thing to fix, in the order of the form. */
  messages: readonly string[];
  title?: string;
}

/** The box at the top of a form that lists everything to fix before it can be sent. */
export function ErrorSummary({ messages, title }: ErrorSummaryProps) {
  if (messages.length === 0) return null;
  return (
    <View className="error-summary" {...roleProps('alert')}>
      <Text className="error-summary__title">{title ?? `还有 ${messages.length} 处需要修改`}</Text>
      {messages.map((message, index) => (
        <Text key={`${index}-${message}`} className="error-summary__item">
          {index + 1}. {message}
        </Text>
      ))}
    </View>
  );
}
