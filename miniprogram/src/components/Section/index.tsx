import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import { headingProps } from '@/platform/a11y';
import './index.scss';

export interface SectionProps {
  /** Level-2 heading of the block. */
  title: string;
  /** A short plain-words line under the heading. */
  hint?: string;
  /** Anchor id (e.g. for scrolling to it). */
  id?: string;
  /** Something small on the right of the heading (a count, a link). */
  aside?: ReactNode;
  children?: ReactNode;
}

/** A titled block of a page. */
export function Section({ title, hint, id, aside, children }: SectionProps) {
  return (
    <View className="section" id={id}>
      <View className="section__head">
        <Text className="section__title" {...headingProps(2)}>
          {title}
        </Text>
        {aside ? <View className="section__aside">{aside}</View> : null}
      </View>
      {hint ? <Text className="section__hint">{hint}</Text> : null}
      {children}
    </View>
  );
}
