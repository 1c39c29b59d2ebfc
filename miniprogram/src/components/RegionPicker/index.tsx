import { useEffect, useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { OutputOf } from '@shared/contract';
import { api, call } from '@/api';
import { messageOf } from '@/help/errors';
import { roleProps } from '@/platform/a11y';
import { ActionButton } from '@/components/ActionButton';
import { Choice, ChoiceGroup } from '@/components/Choice';
import './index.scss';

type Child = OutputOf<(typeof api.help)['regions.children']>['items'][number];

export interface RegionRef {
  code: string;
  name: string;
}

export interface RegionPickerProps {
  /** Where the picking starts (the city), not itself selectable. */
  rootCode: string;
  /** Chosen regions from below the root down, e.g. [福田区, 园岭街道]. */
  value: readonly RegionRef[];
  onChange: (value: RegionRef[]) => void;
  error?: string;
}

/** Pick 区县 then 街道 from the GB/T 2260 data (regions.children), one level at a time. */
export function RegionPicker({ rootCode, value, onChange, error }: RegionPickerProps) {
  const parent = value.length ? value[value.length - 1].code : rootCode;
  const [items, setItems] = useState<Child[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let live = true;
    if (parent.length >= 9) {
      setItems([]);
      return undefined;
    }
    setItems(null);
    setLoadError(null);
    call(api.help['regions.children'], { code: parent }).then(
      (answer) => live && setItems(answer.items),
      (cause: unknown) => live && setLoadError(messageOf(cause)),
    );
    return () => {
      live = false;
    };
  }, [parent, attempt]);

  const chosen = value.map((r) => r.name).join(' › ');
  return (
    <View className={`region-picker${error ? ' region-picker--error' : ''}`} id="field-region">
      <Text className="region-picker__label">所在区和街道</Text>
      <Text className="region-picker__chosen" {...roleProps('status')}>
        {chosen ? `已选：${chosen}` : '还没有选择，请先选区'}
      </Text>
      {value.length ? <ActionButton label="重新选择地区" variant="secondary" onPress={() => onChange([])} /> : null}
      {loadError ? (
        <View className="region-picker__problem" {...roleProps('alert')}>
          <Text>{loadError}</Text>
          <ActionButton label="重新加载地区" variant="secondary" onPress={() => setAttempt((n) => n + 1)} />
        </View>
      ) : items === null ? (
        <Text className="region-picker__hint">正在加载地区…</Text>
      ) : items.length ? (
        <ChoiceGroup label={value.length ? '选择街道' : '选择区'} inline>
          {items.map((item) => (
            <Choice key={item.code} label={item.name} selected={false} onPress={() => onChange([...value, { code: item.code, name: item.name }])} />
          ))}
        </ChoiceGroup>
      ) : null}
      {error ? (
        <Text className="region-picker__error" {...roleProps('alert')}>
          ! {error}
        </Text>
      ) : null}
    </View>
  );
}
