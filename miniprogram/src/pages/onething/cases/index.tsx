import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import { useRef } from 'react';
import { api, call } from '../../../api';
import { ActionButton } from '../../../components/ActionButton';
import { EntryList } from '../../../components/EntryList';
import { PageShell } from '../../../components/PageShell';
import { Section } from '../../../components/Section';
import { formatDue } from '../../../onething/case-format';
import { useRemote } from '../../../hooks/useRemote';
import { openPage, ROUTES } from '../../../routes';
import '../onething.scss';

/** 我的办件: every 一件事 case, newest first, with where it stands and the next deadline. */
export default function OnethingCasesPage() {
  const cases = useRemote('mine', () => call(api.onething['applications.listMine'], { filter: 'all' }));
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) cases.reload();
    shownOnce.current = true;
  });
  const items = cases.data?.items ?? [];

  return (
    <PageShell title="我的办件" loading={!cases.data && cases.loading} error={!cases.data ? cases.error : null} onRetry={cases.reload}>
      {cases.data ? (
        items.length ? (
          <Section title={`共 ${items.length} 件`}>
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
