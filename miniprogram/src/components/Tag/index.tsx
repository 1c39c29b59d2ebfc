import { Text } from '@tarojs/components';
import './index.scss';

export interface TagProps {
  text: string;
  tone?: 'neutral' | 'primary' | 'notice' | 'success';
}

/** A small label; the words carry the meaning, the colour only helps. */
export function Tag({ text, tone = 'neutral' }: TagProps) {
  return <Text className={`tag tag--${tone}`}>{text}</Text>;
}
