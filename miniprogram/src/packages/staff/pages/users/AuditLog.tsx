import { Text, View } from '@tarojs/components';
import { api, call } from '@/api';
import { ListMore } from '@/components/ListMore';
import { formatDateTime } from '@/help/format';
import { usePagedList, type PagedList } from '@/hooks/usePagedList';
import { roleProps } from '@/platform/a11y';
import { describeRoles, personName, type AuditEntry } from './describe';

export function useAuditLog(): PagedList<AuditEntry> {
  return usePagedList<AuditEntry>((cursor) => call(api.account['audit.list'], cursor ? { cursor } : {}), { reloadOnShow: true });
}

/** Every change of roles, newest first: when, who, whose, from what to what, and why. */
export function AuditLog({ log }: { log: PagedList<AuditEntry> }) {
  if (log.error && !log.items) {
    return (
      <Text className="users-error" {...roleProps('alert')}>
        {log.error.message}
      </Text>
    );
  }
  if (!log.items) {
    return (
      <Text className="users-card__muted" {...roleProps('status')}>
        正在加载…
      </Text>
    );
  }
  if (log.items.length === 0) return <Text className="users-card__muted">还没有调整过角色。</Text>;
  return (
    <>
      <View className="users-list" {...roleProps('list')} aria-label="调整记录">
        {log.items.map((entry) => (
          <View key={entry.id} className="users-card" {...roleProps('listitem')}>
            <Text className="users-card__name">{personName(entry.target)}</Text>
            <Text className="users-card__line">原来：{describeRoles(entry.before)}</Text>
            <Text className="users-card__line">改为：{describeRoles(entry.after)}</Text>
            <Text className="users-card__line">原因：{entry.reason ?? '未填写'}</Text>
            <Text className="users-card__muted">
              {formatDateTime(entry.at)} · 由{personName(entry.by)}调整
            </Text>
          </View>
        ))}
      </View>
      <ListMore shown={log.items.length} more={log.more} loading={log.loadingMore} onMore={log.loadMore} />
    </>
  );
}
