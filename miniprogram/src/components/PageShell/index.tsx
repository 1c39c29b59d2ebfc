import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { useElderMode } from '@/hooks/useElderMode';
import { headingProps, roleProps } from '@/platform/a11y';
import { ActionButton } from '@/components/ActionButton';
import { FeedbackLink } from '@/components/FeedbackLink';
import { PrivacyNotice } from '@/components/PrivacyNotice';
import './index.scss';

export interface PageShellProps {
  /** The page's one heading (level 1). */
  title: string;
  subtitle?: string;
  /** Replaces the plain header (the home page draws its own); must contain the level-1 heading. */
  header?: ReactNode;
  /** True while the page's first data is loading: a calm placeholder instead of the content. */
  loading?: boolean;
  /** A message to show instead of the content, with a 重试 button when `onRetry` is given. */
  error?: { message: string } | null;
  onRetry?: () => void;
  /** Extra class on the root, e.g. a page's own modifier (and later `ui-root--elder`). */
  className?: string;
  /** The 投诉建议 footer link (off on the feedback pages themselves). */
  feedback?: boolean;
  /** The first-use privacy notice (off on the notice's own page). */
  privacyNotice?: boolean;
  children?: ReactNode;
}

/** Every page's frame: design tokens root, heading, and the loading / error states in plain words. */
export function PageShell({ title, subtitle, header, loading, error, onRetry, className, feedback = true, privacyNotice = true, children }: PageShellProps) {
  const [elder] = useElderMode();
  return (
    <View className={`ui-root page-shell${elder ? ' ui-root--elder' : ''}${className ? ` ${className}` : ''}`}>
      {header ?? (
        <View className="page-shell__header">
          <Text className="page-shell__title" {...headingProps(1)}>
            {title}
          </Text>
          {subtitle ? <Text className="page-shell__subtitle">{subtitle}</Text> : null}
        </View>
      )}
      <View className="page-shell__body" {...roleProps('main')}>
        {privacyNotice ? <PrivacyNotice /> : null}
        {error ? (
          <View className="page-shell__state page-shell__state--error" {...roleProps('alert')}>
            <View className="page-shell__state-icon page-shell__state-icon--error" aria-hidden="true">
              <Text>!</Text>
            </View>
            <Text className="page-shell__state-title">没有加载出来</Text>
            <Text className="page-shell__state-text">{error.message}</Text>
            {onRetry ? (
              <ActionButton className="page-shell__retry" onPress={onRetry} label="重试" />
            ) : null}
          </View>
        ) : loading ? (
          <View className="page-shell__state" {...roleProps('status')}>
            <View className="page-shell__spinner" aria-hidden="true" />
            <Text className="page-shell__state-text">正在加载，请稍候…</Text>
          </View>
        ) : (
          children
        )}
        {feedback ? <FeedbackLink /> : null}
      </View>
    </View>
  );
}
