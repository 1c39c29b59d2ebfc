import { useState } from 'react';
import { Input, Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { ActionButton } from '@/components/ActionButton';
import { EntryList, type Entry } from '@/components/EntryList';
import { PageShell } from '@/components/PageShell';
import { PersonaSwitcher } from '@/components/PersonaSwitcher';
import { Section } from '@/components/Section';
import { HOTLINE } from '@/config';
import { CAPABILITIES, type Capability } from '@/data/services';
import { useWhoami } from '@/hooks/useWhoami';
import { useThemeSearch, useThemes, type ThemeSummary } from '@/onething/useThemes';
import { headingProps, inputLabelProps, pressableProps, roleProps } from '@/platform/a11y';
import { openPage, ROUTES } from '@/routes';
import './index.scss';

const AUDIENCES = [
  { value: 'person', label: '个人办事' },
  { value: 'enterprise', label: '企业办事' },
] as const;
const ONE_THING_ANCHOR = 'onething-list';

function openCapability(capability: Capability): void {
  switch (capability.key) {
    case 'onething':
      void Taro.pageScrollTo({ selector: `#${ONE_THING_ANCHOR}`, duration: 300 });
      return;
    case 'help':
      openPage(ROUTES.helpMine);
      return;
    case 'policy':
      openPage(ROUTES.enterprise);
      return;
    case 'review':
      openPage(ROUTES.reviewMine);
      return;
  }
}

/** A theme as a row: what it bundles and how long; in search results also what matched. */
function themeEntry(theme: ThemeSummary): Entry {
  const bundle = `${theme.subItemCount} 件事一起办 · 承诺 ${theme.promisedDays} 个工作日`;
  // "关键词：上户口" says itself; a bare "介绍" means the words were found in the description.
  const matched = theme.matched.map((m) => (m.includes('：') ? m : `${m}里提到`));
  return {
    key: theme.id,
    title: theme.name,
    description: matched.length ? `${matched.join('；')} · ${bundle}` : bundle,
    tag: { text: theme.lifeEventLabel, tone: 'primary' },
    onPress: () => openPage(ROUTES.onethingTheme, { themeId: theme.id }),
  };
}

export default function HomePage() {
  const whoami = useWhoami();
  const [query, setQuery] = useState('');
  const themes = useThemes();
  const search = useThemeSearch(query);
  const allThemes = themes.data;
  const name = whoami.data?.name ?? null;

  const header = (
    <View className="home-hero">
      <View className="home-hero__top">
        <Text className="home-hero__greeting">{name ? `${name}，您好` : '您好'}</Text>
        <PersonaSwitcher variant="chip" name={name} />
      </View>
      <Text className="home-hero__title" {...headingProps(1)}>
        有事好办，一次办成
      </Text>
      <View className="home-search" {...roleProps('search')}>
        <View className="home-search__icon" aria-hidden="true" />
        <Input
          className="home-search__input"
          type="text"
          confirmType="search"
          value={query}
          placeholder="搜索要办的事，如：退休"
          placeholderClass="home-search__placeholder"
          maxlength={30}
          onInput={(event) => setQuery(event.detail.value)}
          {...inputLabelProps('搜索要办的事')}
        />
        {query ? (
          <View
            className="home-search__clear"
            aria-label="清除搜索内容"
            {...pressableProps('button', () => setQuery(''))}
          >
            <Text aria-hidden="true">×</Text>
          </View>
        ) : null}
      </View>
    </View>
  );

  return (
    <PageShell title="一网通办" header={header} className="home">
      {!query ? (
        <View className="home-capabilities" {...roleProps('list')} aria-label="主要服务">
          {CAPABILITIES.map((capability) => (
            <View key={capability.key} className="home-capabilities__cell" {...roleProps('listitem')}>
              <View
                className="home-capability"
                hoverClass="home-capability--pressed"
                {...pressableProps('link', () => openCapability(capability))}
              >
                <View className={`home-capability__icon home-capability__icon--${capability.accent}`} aria-hidden="true">
                  <Text>{capability.glyph}</Text>
                </View>
                <Text className="home-capability__name">{capability.name}</Text>
                <Text className="home-capability__summary">{capability.summary}</Text>
              </View>
            </View>
          ))}
        </View>
      ) : null}

      <View id={ONE_THING_ANCHOR} className="home-onething">
        {query ? (
          <Section title="搜索结果" aside={search.results ? `${search.results.length} 项` : undefined}>
            {search.error ? (
              <View className="home-empty" {...roleProps('alert')}>
                <Text className="home-empty__text">{search.error}</Text>
              </View>
            ) : !search.results ? (
              <View className="home-empty" {...roleProps('status')}>
                <Text className="home-empty__text">正在搜索…</Text>
              </View>
            ) : search.results.length ? (
              <EntryList entries={search.results.map(themeEntry)} label="搜索结果" />
            ) : (
              <View className="home-empty" {...roleProps('status')}>
                <Text className="home-empty__title">没有找到“{query.trim()}”相关的事</Text>
                <Text className="home-empty__text">换个说法试试，或拨打 {HOTLINE} 政务服务热线问一问。</Text>
              </View>
            )}
          </Section>
        ) : (
          <Section title="高效办成一件事" hint="把要跑多个部门的事合在一起：一张表、一套材料、一次办完。">
            {themes.error ? (
              <View className="home-empty" {...roleProps('alert')}>
                <Text className="home-empty__text">{themes.error.message}</Text>
                <ActionButton label="重试" variant="secondary" onPress={themes.reload} />
              </View>
            ) : !allThemes ? (
              <View className="home-empty" {...roleProps('status')}>
                <Text className="home-empty__text">正在加载要办的事…</Text>
              </View>
            ) : (
              AUDIENCES.map((audience) => (
                <View key={audience.value} className="home-onething__group">
                  <Text className="home-onething__group-title" {...headingProps(3)}>
                    {audience.label}
                  </Text>
                  <EntryList
                    label={audience.label}
                    entries={allThemes.filter((theme) => theme.audience === audience.value).map(themeEntry)}
                  />
                </View>
              ))
            )}
          </Section>
        )}
      </View>

      <View className="home-footer">
        <Text>不会办、办不成，请拨打 {HOTLINE} 政务服务热线</Text>
      </View>

    </PageShell>
  );
}
