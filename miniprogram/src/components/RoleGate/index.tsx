import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { useWhoami, type Whoami } from '@/hooks/useWhoami';
import { roleProps } from '@/platform/a11y';
import { goBack } from '@/routes';
import { ActionButton } from '@/components/ActionButton';
import { PageShell } from '@/components/PageShell';
import './index.scss';

export interface RoleGateProps {
  title: string;
  /** Whether this user may use the page; the functions check again on every call. */
  allows: (me: Whoami) => boolean;
  /** Plain words for someone who landed here without the right: what this page is for and what to do. */
  deniedMessage: string;
  subtitle?: (me: Whoami) => string | undefined;
  children: (me: Whoami) => ReactNode;
}

/** A workbench page: loads who the user is, and shows the content only to those it is meant for. */
export function RoleGate({ title, allows, deniedMessage, subtitle, children }: RoleGateProps) {
  const whoami = useWhoami();
  const me = whoami.data;
  return (
    <PageShell
      title={title}
      subtitle={me ? subtitle?.(me) : undefined}
      loading={!me && whoami.status === 'loading'}
      error={!me && whoami.status === 'error' ? whoami.error : null}
      onRetry={whoami.reload}
    >
      {me ? (
        allows(me) ? (
          children(me)
        ) : (
          <View className="role-gate__denied" {...roleProps('alert')}>
            <Text className="role-gate__title">暂时不能使用</Text>
            <Text className="role-gate__text">{deniedMessage}</Text>
            <ActionButton label="返回" variant="secondary" onPress={goBack} />
          </View>
        )
      ) : null}
    </PageShell>
  );
}
