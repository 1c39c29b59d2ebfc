import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import type { CaseSummary } from '@shared/contracts/onething-cases';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { EntryList } from '@/components/EntryList';
import { ListMore } from '@/components/ListMore';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { formatDue } from '@/onething/case-format';
import { usePagedList } from '@/hooks/usePagedList';
import { openPage, ROUTES } from '@/routes';
import '@/pages/onething/onething.scss';

/** 我的办件: every 一件事 case, newest first a page at a time, with where it stands and the next deadline. */
export default function OnethingCasesPage() {
  const cases = usePagedList<CaseSummary>((cursor) => call(api.onething['applications.listMine'], cursor ? { filter: 'all', cursor } : { filter: 'all' }));
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) cases.reload();
    shownOnce.current = true;
  });
  const items = cases.items ?? [];

  return (
    <PageShell title="我的办件" loading={!cases.items && !cases.error} error={!cases.items ? cases.error : null} onRetry={cases.reload}>
      {cases.items ? (
        items.length ? (
          <Section title={cases.more ? `已显示 ${items.length} 件` : `共 ${items.length} 件`}>
            <EntryList
              label="我的办件"
              entries={items.map((item) => ({
                key: item.id,
                title: `${item.theme.name} · ${item.number}`,
                description: [
                  `已办结 ${item.approvedCount}/${item.taskCount} 件`,
                  item.correctionCount ? `待补正 ${item.correctionCount} 份材料` : '',
                  item.overdue ? '有事项已超期' : item.nextDueOn ? `最近到期 ${formatDue(item.nextDueOn)}` : '',
                ]
                  .filter(Boolean)
                  .join(' · '),
                tag: { text: item.statusLabel, tone: item.status === 'completed' ? 'success' : item.status === 'correction' || item.overdue ? 'notice' : 'primary' },
                onPress: () => openPage(ROUTES.onethingCase, { id: item.id }),
              }))}
            />
            <ListMore shown={items.length} more={cases.more} loading={cases.loadingMore} onMore={cases.loadMore} />
          </Section>
        ) : (
          <View className="onething-card">
            <Text className="onething-card__text">还没有办件。在首页选一件要办的事，回答几个问题就能申请。</Text>
            <ActionButton label="去首页" onPress={() => openPage(ROUTES.home)} />
          </View>
        )
      ) : null}
    </PageShell>
  );
}
