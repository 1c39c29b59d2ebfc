import { Text, View } from '@tarojs/components';
import { useElderMode } from '@/hooks/useElderMode';
import { pressableProps } from '@/platform/a11y';
import './index.scss';

/** The 关怀模式 switch: a toggle button whose words say its state (never the colour alone). */
export function ElderModeSwitch() {
  const [on, setOn] = useElderMode();
  return (
    <View
      className={`elder-switch${on ? ' elder-switch--on' : ''}`}
      hoverClass="elder-switch--pressed"
      aria-pressed={String(on)}
      {...pressableProps('button', () => setOn(!on))}
    >
      <View className="elder-switch__text">
        <Text className="elder-switch__title">关怀模式</Text>
        <Text className="elder-switch__hint">字更大、按钮更大，看得清、点得准</Text>
      </View>
      <Text className="elder-switch__state">{on ? '已开启' : '已关闭'}</Text>
      <View className="elder-switch__track" aria-hidden="true">
        <View className="elder-switch__knob" />
      </View>
    </View>
  );
}
