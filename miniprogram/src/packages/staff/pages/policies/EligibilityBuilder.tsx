import { Text, View } from '@tarojs/components';
import { ENTERPRISE_FLAGS, ENTERPRISE_TAGS, FIELD_META, FLAG_LABEL, NUMERIC_FIELDS, TAG_LABEL, TAX_CREDIT_GRADES } from '@shared/enterprise/fields';
import { SIZE_CLASS_LABEL, SIZE_CLASSES } from '@shared/enterprise/size';
import { ActionButton } from '@/components/ActionButton';
import { Choice } from '@/components/Choice';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { Field } from '@/components/Field';
import { headingProps, roleProps } from '@/platform/a11y';
import { describeRow, newRow, ROW_KIND_LABEL, ROW_KINDS, type Joiner, type Row, type RowKind } from '@/policy/eligibilityRows';
import './policies.scss';

export interface EligibilityBuilderProps {
  rows: Row[];
  joiner: Joiner;
  onChange: (rows: Row[], joiner: Joiner) => void;
  today: string;
}

/** Toggle one value in a list (multi-select choices). */
function toggled<T>(values: readonly T[], value: T): T[] {
  return values.includes(value) ? values.filter((v) => v !== value) : [...values, value];
}

function RowInputs({ row, update }: { row: Row; update: (patch: Partial<Row>) => void }) {
  switch (row.kind) {
    case 'region':
      return <Field label="地区代码（GB/T 2260，可填多个）" hint="4403 为深圳市，4206 为襄阳市，420606 为樊城区" value={row.codes} onChange={(codes) => update({ codes })} />;
    case 'industry':
      return <Field label="行业代码（GB/T 4754-2017，可填多个）" hint="门类字母或代码，如 H62 餐饮业、I65 软件和信息技术服务业" value={row.codes} onChange={(codes) => update({ codes })} />;
    case 'size':
      return (
        <View {...roleProps('group')} aria-label="企业规模（可多选）">
          {SIZE_CLASSES.map((size) => (
            <Choice key={size} label={SIZE_CLASS_LABEL[size]} selected={row.sizes.includes(size)} onPress={() => update({ sizes: toggled(row.sizes, size) })} />
          ))}
        </View>
      );
    case 'number':
      return (
        <>
          <ChoiceGroup
            label="比较哪一项"
            value={row.field}
            onChange={(field) => update({ field })}
            choices={NUMERIC_FIELDS.map((field) => ({ value: field, label: `${FIELD_META[field].label}（${FIELD_META[field].unit ?? ''}）` }))}
          />
          <Field label="不少于（可不填）" type="digit" value={row.min} onChange={(min) => update({ min })} />
          <Field label="不超过（可不填）" type="digit" value={row.max} onChange={(max) => update({ max })} />
        </>
      );
    case 'founded':
      return (
        <>
          <Field label="成立满几年（可不填）" type="number" value={row.atLeastYears} onChange={(atLeastYears) => update({ atLeastYears })} />
          <Field label="成立不超过几年（可不填）" type="number" value={row.atMostYears} onChange={(atMostYears) => update({ atMostYears })} />
        </>
      );
    case 'tag':
      return <ChoiceGroup label="需要的资质" value={row.tag} onChange={(tag) => update({ tag })} choices={ENTERPRISE_TAGS.map((tag) => ({ value: tag, label: TAG_LABEL[tag] }))} />;
    case 'no-flag':
      return <ChoiceGroup label="不得列入" value={row.flag} onChange={(flag) => update({ flag })} choices={ENTERPRISE_FLAGS.map((flag) => ({ value: flag, label: FLAG_LABEL[flag] }))} />;
    case 'tax-grade':
      return (
        <View {...roleProps('group')} aria-label="纳税信用等级（可多选）">
          {TAX_CREDIT_GRADES.map((grade) => (
            <Choice key={grade} label={`${grade} 级`} selected={row.grades.includes(grade)} onPress={() => update({ grades: toggled(row.grades, grade) })} />
          ))}
        </View>
      );
  }
}

/** The structured eligibility form: conditions of known kinds, joined by all / any; each shown in words as built. */
export function EligibilityBuilder({ rows, joiner, onChange, today }: EligibilityBuilderProps) {
  const nextId = rows.reduce((max, row) => Math.max(max, row.id), 0) + 1;
  const update = (id: number, patch: Partial<Row>) => onChange(rows.map((row) => (row.id === id ? { ...row, ...patch } : row)), joiner);
  const add = (kind: RowKind) => onChange([...rows, newRow(nextId, kind)], joiner);
  return (
    <View className="pol-builder" id="pol-eligibility">
      <ChoiceGroup
        label="条件之间的关系"
        value={joiner}
        onChange={(next) => onChange(rows, next)}
        choices={[
          { value: 'all', label: '全部满足', hint: '企业要满足下面每一条' },
          { value: 'any', label: '满足任一', hint: '满足其中一条即可' },
        ]}
      />
      {rows.map((row, index) => {
        const described = describeRow(row, today);
        return (
          <View key={row.id} className="pol-builder__row" {...roleProps('group')} aria-label={`条件 ${index + 1}`}>
            <Text className="pol-builder__title" {...headingProps(3)}>
              条件 {index + 1}：{ROW_KIND_LABEL[row.kind]}
            </Text>
            <RowInputs row={row} update={(patch) => update(row.id, patch)} />
            <Text className={described.ok ? 'pol-builder__words' : 'pol-builder__problem'} {...roleProps('status')}>
              {described.ok ? `要求：${described.text}` : `还不完整：${described.text}`}
            </Text>
            <ActionButton label={`删除条件 ${index + 1}`} variant="plain" onPress={() => onChange(rows.filter((r) => r.id !== row.id), joiner)} />
          </View>
        );
      })}
      <Text className="pol-builder__title">添加一条条件</Text>
      <View className="pol-builder__kinds" {...roleProps('group')} aria-label="添加条件">
        {ROW_KINDS.map((kind) => (
          <ActionButton key={kind} label={`+ ${ROW_KIND_LABEL[kind]}`} variant="secondary" onPress={() => add(kind)} />
        ))}
      </View>
    </View>
  );
}
