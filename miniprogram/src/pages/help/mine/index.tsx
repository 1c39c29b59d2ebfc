import { useCallback, useEffect, useRef, useState } from 'react';
import { useDidShow } from '@tarojs/taro';
import type { HelpRequestSummary } from '@shared/contracts/help-views';
import { api, ApiError, call } from '../../../api';
import { ActionButton } from '../../../components/ActionButton';
import { HelpRequestList } from '../../../components/HelpRequestList';
import { PageShell } from '../../../components/PageShell';
import { Section } from '../../../components/Section';
import { HOTLINE } from '../../../config';
import { openPage, ROUTES } from '../../../routes';

/** 帮办代办's front door: ask for help, and every request I made with where it stands. */
export default function HelpMinePage() {
  const [items, setItems] = useState<HelpRequestSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const shownOnce = useRef(false);

  const load = useCallback(() => {
    setError(null);
    call(api.help['requests.listMine'], { filter: 'all' }).then(
      (answer) => setItems(answer.items),
      (cause: unknown) => setError(ApiError.of(cause)),
    );
  }, []);

  useEffect(load, [load]);
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
      <Section title="我的帮办" aside={items ? `${items.length} 件` : undefined}>
        {items ? (
          <HelpRequestList
            items={items}
            label="我的帮办"
            empty={`您还没有申请过帮办。需要时点上面的“申请帮办”，或拨打 ${HOTLINE}。`}
            more="查看进度"
            onOpen={(item) => openPage(ROUTES.helpDetail, { id: item.id })}
          />
        ) : null}
      </Section>
    </PageShell>
  );
}
