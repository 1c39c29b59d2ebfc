import { Text, View } from '@tarojs/components';
import { Choice } from '@/components/Choice';
import { Tag, type TagProps } from '@/components/Tag';
import { roleProps } from '@/platform/a11y';
import { uploadLimits, workingDays } from './format';
import type { GuideResult } from './guide';

export type Material = GuideResult['materials'][number];
type SourceKind = Material['source']['kind'];

export const SOURCE_TAGS: Record<SourceKind, TagProps> = {
  shared: { text: '不用交', tone: 'success' },
  promise: { text: '告知承诺', tone: 'primary' },
  upload: { text: '需上传', tone: 'notice' },
  internal: { text: '不用交', tone: 'success' },
};

export interface MaterialCardProps {
  material: Material;
  /** For a 告知承诺: whether it is ticked, and how to tick it. */
  promised?: boolean;
  onPromise?: () => void;
}

/** One material of the checklist and what the person has to do about it: nothing, promise, or upload. */
export function MaterialCard({ material, promised, onPromise }: MaterialCardProps) {
  const source = material.source;
  return (
    <View className="onething-list__item" {...roleProps('listitem')}>
      <View className="onething-list__head">
        <Text className="onething-list__title">{material.name}</Text>
        <Tag {...SOURCE_TAGS[source.kind]} />
      </View>
      {material.description ? <Text className="onething-list__meta">{material.description}</Text> : null}
      {source.kind === 'shared' ? (
        <>
          <Text className="onething-list__meta">由电子证照库调取{source.recordLabel}，您不用交。</Text>
          <Text className="onething-list__note">
            如果库里查不到您的记录（例如证件在外地办的、刚办还没入库），提交时会请您改为上传：{uploadLimits(source.fallback)}。
          </Text>
        </>
      ) : null}
      {source.kind === 'internal' ? <Text className="onething-list__meta">{source.summary}</Text> : null}
      {source.kind === 'upload' ? (
        <>
          {source.fallbackFrom ? <Text className="onething-list__meta">{source.fallbackFrom.reason}</Text> : null}
          <Text className="onething-list__meta">要上传：{uploadLimits(source.upload)}</Text>
          {source.upload.tip ? <Text className="onething-list__note">{source.upload.tip}</Text> : null}
        </>
      ) : null}
      {source.kind === 'promise' ? (
        <>
          <Text className="onething-list__meta">
            现在不用交，勾选承诺即可
            {source.supplyWithinDays !== null ? `；请在受理后 ${workingDays(source.supplyWithinDays)}内补交（${uploadLimits(source.supplyAs)}）` : ''}。
          </Text>
          <View className="onething-promise">
            <Text className="onething-promise__text">{source.text}</Text>
          </View>
          {onPromise ? <Choice label={`我承诺：${material.name}`} description="我已阅读上面的承诺内容，承诺属实；如不属实，愿意承担相应的法律责任。" selected={!!promised} onPress={onPromise} /> : null}
        </>
      ) : null}
      {material.why.length ? <Text className="onething-list__note">为什么要：{material.why.join('；')}</Text> : null}
    </View>
  );
}
