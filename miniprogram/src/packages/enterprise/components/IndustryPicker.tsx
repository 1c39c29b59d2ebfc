import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice } from '@/components/Choice';
import { Field } from '@/components/Field';
import { messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import './policy.scss';

type Found = OutputOf<(typeof api.policy)['industries.find']>;
type Node = Found['items'][number];

export interface IndustryPickerProps {
  /** The chosen industry ('H6210 正餐服务'), or null. */
  chosenLabel: string | null;
  onChoose: (node: Node) => void;
  error?: string;
}

/**
 * The industry, picked from GB/T 4754-2017 (industries.find), never typed: 门类 → 大类 → 中类 → 小类 one level at a
 * time, or by searching a code or a word. Any 大类 or finer may be chosen; a 门类 only opens its children.
 */
export function IndustryPicker({ chosenLabel, onChoose, error }: IndustryPickerProps) {
  const [parent, setParent] = useState<Node | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<Found | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    // The old level would be tappable while the new one loads: show the loading state instead.
    setFound(null);
    setLoadError(null);
    const input = query.trim() ? { query: query.trim() } : parent ? { parent: parent.code } : {};
    call(api.policy['industries.find'], input).then(
      (answer) => live && setFound(answer),
      (cause: unknown) => live && setLoadError(messageOf(cause)),
    );
    return () => {
      live = false;
    };
  }, [parent, query, attempt]);

  return (
    <View className={`pol-picker${error ? ' pol-picker--error' : ''}`} id="profile-industry">
      <Text className="pol-fields__label">所属行业（《国民经济行业分类》GB/T 4754-2017）</Text>
      <Text className="pol-card__line" {...roleProps('status')}>
        {chosenLabel ? `已选：${chosenLabel}` : '还没有选择，请从下面的分类中选'}
      </Text>
      {error ? (
        <Text className="pol-objection__error" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}
      <Field label="按代码或名称查找行业" value={query} onChange={setQuery} placeholder="例如：餐饮、6210" maxlength={20} />
      {parent && !query.trim() ? (
        <View className="pol-picker__path">
          <Text className="pol-card__note">正在看：{parent.label}</Text>
          <ActionButton label="回到门类" variant="plain" onPress={() => setParent(null)} />
        </View>
      ) : null}
      {loadError ? (
        <View {...roleProps('alert')}>
          <Text className="pol-card__line">{loadError}</Text>
          <ActionButton label="重新加载行业" variant="secondary" onPress={() => setAttempt((n) => n + 1)} />
        </View>
      ) : found === null ? (
        <Text className="pol-card__note">正在加载行业分类…</Text>
      ) : found.items.length ? (
        <View {...roleProps('group')} aria-label="行业分类">
          {found.items.map((node) => (
            <View key={node.code} className="pol-picker__row">
              <View className="pol-picker__choice">
                <Choice
                  label={node.label}
                  description={`${node.level.label}${node.selectable ? '' : '，请再往下选'}`}
                  selected={chosenLabel === node.label}
                  onPress={() => (node.selectable ? onChoose(node) : setParent(node))}
                />
              </View>
              {node.selectable && node.hasChildren ? (
                <ActionButton label="细分" variant="plain" onPress={() => { setQuery(''); setParent(node); }} />
              ) : null}
            </View>
          ))}
        </View>
      ) : (
        <Text className="pol-card__note">没有找到“{query}”相关的行业，换个说法试试。</Text>
      )}
    </View>
  );
}
