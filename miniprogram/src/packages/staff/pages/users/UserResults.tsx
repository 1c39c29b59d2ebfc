import { Text, View } from '@tarojs/components';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { ListMore } from '@/components/ListMore';
import { usePagedList, type PagedList } from '@/hooks/usePagedList';
import { roleProps } from '@/platform/a11y';
import { describeRoles, personName, type FoundUser } from './describe';

export function useUserSearch(query: string): PagedList<FoundUser> {
  return usePagedList<FoundUser>((cursor) => call(api.account['users.find'], cursor ? { query, cursor } : { query }), { key: query });
}

interface Props {
  search: PagedList<FoundUser>;
  chosen: string | null;
  onChoose: (user: FoundUser) => void;
}

/** The people a search found: name, masked phone, roles and department, and a button to change their roles. */
export function UserResults({ search, chosen, onChoose }: Props) {
  if (search.error && !search.items) {
    return (
      <Text className="users-error" {...roleProps('alert')}>
        {search.error.message}
      </Text>
    );
  }
  if (!search.items) {
    return (
      <Text className="users-card__muted" {...roleProps('status')}>
        正在查找…
      </Text>
    );
  }
  if (search.items.length === 0) {
    return (
      <Text className="users-card__muted" {...roleProps('status')}>
        没有找到。请换个写法：姓名中的一两个字，或手机号后四位。对方要先打开过一次小程序才能找到。
      </Text>
    );
  }
  return (
    <>
      <View className="users-list" {...roleProps('list')} aria-label="查找结果">
        {search.items.map((user) => (
          <View key={user.openid} className={`users-card${chosen === user.openid ? ' users-card--chosen' : ''}`} {...roleProps('listitem')}>
            <Text className="users-card__name">{personName(user)}</Text>
            <Text className="users-card__line">手机号：{user.phoneMasked ?? '未填写'}</Text>
            <Text className="users-card__line">角色：{describeRoles(user)}</Text>
            <ActionButton label={`调整${personName(user)}的角色`} variant={chosen === user.openid ? 'primary' : 'secondary'} onPress={() => onChoose(user)} />
          </View>
        ))}
      </View>
      <ListMore shown={search.items.length} more={search.more} loading={search.loadingMore} onMore={search.loadMore} />
    </>
  );
}
