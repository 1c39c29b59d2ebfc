import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { api, call } from '@/api';
import { ActionButton } from '@/components/ActionButton';
import { Choice } from '@/components/Choice';
import { messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import './policy.scss';

type Child = OutputOf<(typeof api.help)['regions.children']>['items'][number];

export interface RegionChooserProps {
  /** The chosen region's name, or its code when only the code is known. */
  chosenLabel: string | null;
  onChoose: (code: string, name: string) => void;
  error?: string;
}

/** The enterprise's registered region (GB/T 2260): 省 → 市 → 区县, from regions.children; stops at 区县. */
export function RegionChooser({ chosenLabel, onChoose, error }: RegionChooserProps) {
  const [path, setPath] = useState<Child[]>([]);
  const [items, setItems] = useState<Child[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);
  const parent = path[path.length - 1];

  useEffect(() => {
    let live = true;
    setItems(null);
    setLoadError(null);
    call(api.help['regions.children'], parent ? { code: parent.code } : {}).then(
      (answer) => live && setItems(answer.items),
      (cause: unknown) => live && setLoadError(messageOf(cause)),
    );
    return () => {
      live = false;
    };
  }, [parent, attempt]);

  // 区县 is the finest level a profile keeps (6-digit code): choosing one ends the walk.
  const pick = (child: Child) => {
    if (child.level === 'county' || !child.hasChildren) {
      onChoose(child.code.padEnd(6, '0'), [...path, child].map((r) => r.name).join(''));
      setPath([]);
      return;
    }
    setPath([...path, child]);
  };

  return (
    <View className={`pol-picker${error ? ' pol-picker--error' : ''}`} id="profile-region">
      <Text className="pol-fields__label">所在地区（登记机关所在区县）</Text>
      <Text className="pol-card__line" {...roleProps('status')}>
        {chosenLabel ? `已选：${chosenLabel}` : '还没有选择'}
      </Text>
      {error ? (
        <Text className="pol-objection__error" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}
      {path.length ? (
        <View className="pol-picker__path">
          <Text className="pol-card__note">正在选：{path.map((r) => r.name).join(' › ')}</Text>
          <ActionButton label="重新选择地区" variant="plain" onPress={() => setPath([])} />
        </View>
      ) : null}
      {loadError ? (
        <View {...roleProps('alert')}>
          <Text className="pol-card__line">{loadError}</Text>
          <ActionButton label="重新加载地区" variant="secondary" onPress={() => setAttempt((n) => n + 1)} />
        </View>
      ) : items === null ? (
        <Text className="pol-card__note">正在加载地区…</Text>
      ) : (
        <View {...roleProps('group')} aria-label={['选择省份', '选择城市', '选择区县'][path.length] ?? '选择地区'}>
          {items.map((item) => (
            <Choice key={item.code} label={item.name} selected={false} onPress={() => pick(item)} />
          ))}
        </View>
      )}
    </View>
  );
}
