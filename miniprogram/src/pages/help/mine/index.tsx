import { useCallback, useEffect, useRef, useState } from 'react';
import { Text, View } from '@tarojs/components';
import { useDidShow } from '@tarojs/taro';
import type { HelpRequestSummary } from '@shared/contracts/help-views';
import { api, ApiError, call } from '../../../api';
import { ActionButton } from '../../../components/ActionButton';
import { HelpSummaryCard } from '../../../components/HelpSummaryCard';
import { PageShell } from '../../../components/PageShell';
import { Section } from '../../../components/Section';
import { HOTLINE } from '../../../config';
import { pressableProps, roleProps } from '../../../platform/a11y';
import { openPage, ROUTES } from '../../../routes';
import './index.scss';

/** 帮办代办's front door: ask for help, and every request I made with where it stands. */
export default function HelpMinePage() {
  const [items, setItems] = useState<HelpRequestSummary[] | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const shownOnce = useRef(false);

  const load = useCallback(() => {
    setError(null);
    call(api.help['requests.listMine'], { filter: 'all' }).then(
      (answer) => setItems(answer.items),
      (cause: unknown) => setError(cause instanceof ApiError ? cause : ApiError.network(cause)),
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
        {items && items.length ? (
          <View className="help-mine__list" {...roleProps('list')} aria-label="我的帮办">
            {items.map((item) => (
              <View key={item.id} className="help-mine__item" {...roleProps('listitem')}>
                <View
                  className="help-mine__row"
                  hoverClass="help-mine__row--pressed"
                  {...pressableProps('link', () => openPage(ROUTES.helpDetail, { id: item.id }))}
                >
                  <HelpSummaryCard request={item} />
                  <Text className="help-mine__more">查看进度 ›</Text>
                </View>
              </View>
            ))}
          </View>
        ) : (
          <View className="help-mine__empty" {...roleProps('status')}>
            <Text>您还没有申请过帮办。需要时点上面的“申请帮办”，或拨打 {HOTLINE}。</Text>
          </View>
        )}
      </Section>
    </PageShell>
  );
}
