import { Text, View } from '@tarojs/components';
import Taro from '@tarojs/taro';
import { headingProps, pressableProps, roleProps } from '@/platform/a11y';
import './index.scss';

export interface FieldError {
  /** The element id of the field's block on the page. */
  field: string;
  message: string;
}

/** GOV.UK-style error summary at the top of a form: every problem, each a link to its field. */
export function ErrorSummary({ errors }: { errors: readonly FieldError[] }) {
  if (!errors.length) return null;
  return (
    <View className="error-summary" {...roleProps('alert')}>
      <Text className="error-summary__title" {...headingProps(2)}>
        请先改好下面 {errors.length} 处
      </Text>
      <View className="error-summary__list" {...roleProps('list')} aria-label="需要修改的地方">
        {errors.map((error) => (
          <View key={error.field} {...roleProps('listitem')}>
            <View
              className="error-summary__link"
              {...pressableProps('link', () => void Taro.pageScrollTo({ selector: `#${error.field}`, duration: 200 }))}
            >
              {error.message}
            </View>
          </View>
        ))}
      </View>
    </View>
  );
}
