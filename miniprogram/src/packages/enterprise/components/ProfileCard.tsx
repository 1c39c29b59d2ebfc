import { Text, View } from '@tarojs/components';
import type { EnterpriseView } from '@shared/contracts/policy';
import { Tag } from '@/components/Tag';
import { headingProps, roleProps } from '@/platform/a11y';
import { useRegionName } from '@/policy/useRegionName';
import './policy.scss';

type ProfileField = EnterpriseView['fields'][number];

/** Where a value came from, in words: 已核验（市场监督管理局） / 自行填报 / 未填写. */
function sourceTag(field: ProfileField) {
  if (field.display === null) return <Tag text="未填写" tone="notice" />;
  if (field.source === 'verified') return <Tag text={`已核验（${field.verifiedBy ?? '部门'}）`} tone="success" />;
  return <Tag text="自行填报" />;
}

/** The enterprise's size class (computed under 300号, never typed) and why. */
export function SizeCard({ size }: { size: EnterpriseView['size'] }) {
  return (
    <View className="pol-card" {...roleProps('region')} aria-label="企业规模">
      <Text className="pol-card__title" {...headingProps(3)}>
        企业规模：{size.sizeClass?.label ?? '暂不能确定'}
      </Text>
      <Text className="pol-card__line">{size.summary}</Text>
      {size.reasons.map((reason) => (
        <Text key={reason} className="pol-card__note">
          · {reason}
        </Text>
      ))}
      {size.missing.length ? <Text className="pol-card__note">还需要填写：{size.missing.join('、')}</Text> : null}
      <Text className="pol-card__note">按工信部联企业〔2011〕300号的标准，由行业、从业人员、营业收入等自动计算。</Text>
    </View>
  );
}

/** The region by its name as well as its code. */
function RegionValue({ code }: { code: string | null }) {
  const name = useRegionName(code);
  return <Text className="pol-fields__value">{name ?? '未填写'}</Text>;
}

/** Every profile field with its value and whether it is verified or self-declared. */
export function ProfileFields({ fields }: { fields: EnterpriseView['fields'] }) {
  return (
    <View className="pol-card pol-fields" {...roleProps('list')} aria-label="企业信息">
      {fields.map((field) => (
        <View key={field.field} className="pol-fields__row" {...roleProps('listitem')}>
          <View className="pol-fields__main">
            <Text className="pol-fields__label">{field.label}</Text>
            {field.field === 'region' ? <RegionValue code={field.display} /> : <Text className="pol-fields__value">{field.display ?? '未填写'}</Text>}
            {field.claim ? (
              // A change to a verified value waits for the department; matching keeps the verified value meanwhile.
              <Text className="pol-fields__claim">
                已核验：{field.display}；您申报的 {field.claim.display} 待核验
              </Text>
            ) : null}
          </View>
          {sourceTag(field)}
        </View>
      ))}
    </View>
  );
}
