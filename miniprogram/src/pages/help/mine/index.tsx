import { useRef } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { HelpRequestSummary } from '@shared/contracts/help-views';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { HelpRequestList } from '@/components/HelpRequestList';
import { ListMore } from '@/components/ListMore';
import { PageShell } from '@/components/PageShell';
import { Section } from '@/components/Section';
import { HOTLINE } from '@/config';
import { usePagedList } from '@/hooks/usePagedList';
import { openPage, ROUTES } from '@/routes';

/** 帮办代办's front door: ask for help, and every request I made with where it stands. */
export default function HelpMinePage() {
  const { items, error, more, loadingMore, loadMore, reload: load } = usePagedList<HelpRequestSummary>((cursor) =>
    call(api.help['requests.listMine'], cursor ? { filter: 'all', cursor } : { filter: 'all' }),
  );
  const shownOnce = useRef(false);
  useDidShow(() => {
    if (shownOnce.current) load();
    shownOnce.current = true;
  });

  return (
    <PageShell
      title="帮办代办"
      subtitle="不会办、跑不动，可以请认证的帮办员帮您办，免费。"
      loading={items === null && !error}
      error={items === null ? error : null}
      onRetry={load}
    >
      <ActionButton label="申请帮办" onPress={() => openPage(ROUTES.helpNew)} />
      <Section title="我的帮办" aside={items ? `${more ? '已显示 ' : ''}${items.length} 件` : undefined}>
        {items ? (
          <HelpRequestList
            items={items}
            label="我的帮办"
            empty={`您还没有申请过帮办。需要时点上面的“申请帮办”，或拨打 ${HOTLINE}。`}
            more="查看进度"
            onOpen={(item) => openPage(ROUTES.helpDetail, { id: item.id })}
          />
        ) : null}
        {items ? <ListMore shown={items.length} more={more} loading={loadingMore} onMore={loadMore} /> : null}
      </Section>
    </PageShell>
  );
}
