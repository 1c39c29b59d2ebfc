import { Text, View } from '@tarojs/components';
import { Choice, ChoiceGroup as ChoiceList } from '@/components/Choice';
import { ChoiceGroup } from '@/components/ChoiceGroup';
import { Field } from '@/components/Field';
import type { AnswerValue, GuideQuestion } from './guide';

export interface QuestionInputProps {
  question: GuideQuestion;
  /** What is chosen or typed so far: the typed text for number and date questions. */
  value: AnswerValue | null;
  onChange: (value: AnswerValue) => void;
}

const YES_NO = [
  { value: 'yes', label: '是' },
  { value: 'no', label: '否' },
] as const;

/** The one input a guide question needs, by its type. */
export function QuestionInput({ question, value, onChange }: QuestionInputProps) {
  switch (question.type) {
    case 'single':
      return (
        <ChoiceGroup
          label={question.text}
          choices={question.options.map((o) => ({ value: o.value, label: o.label, ...(o.help ? { hint: o.help } : {}) }))}
          value={typeof value === 'string' ? value : null}
          onChange={onChange}
        />
      );
    case 'yesNo':
      return (
        <ChoiceGroup
          label={question.text}
          choices={YES_NO}
          value={value === true ? 'yes' : value === false ? 'no' : null}
          onChange={(choice) => onChange(choice === 'yes')}
        />
      );
    case 'multiple': {
      const chosen = Array.isArray(value) ? value : [];
      const toggle = (v: string) => onChange(chosen.includes(v) ? chosen.filter((x) => x !== v) : [...chosen, v]);
      return (
        <View>
          <Text className="onething-card__note">可以选多项{question.minSelected ? `，至少选 ${question.minSelected} 项` : ''}。</Text>
          <ChoiceList label={question.text}>
            {question.options.map((o) => (
              <Choice key={o.value} label={o.label} description={o.help ?? undefined} selected={chosen.includes(o.value)} onPress={() => toggle(o.value)} />
            ))}
          </ChoiceList>
        </View>
      );
    }
    case 'number':
      return (
        <Field
          label={question.unit ? `${question.text}（${question.unit}）` : question.text}
          type="digit"
          value={value === null ? '' : String(value)}
          onChange={onChange}
          maxlength={12}
        />
      );
    case 'date':
      return (
        <Field
          label={question.text}
          hint="按“年-月-日”填写，例如 2026-03-08"
          placeholder="2026-03-08"
          value={value === null ? '' : String(value)}
          onChange={onChange}
          maxlength={10}
        />
      );
  }
}

/** The answer to send, or why it cannot be sent yet. */
export function answerToSend(question: GuideQuestion, value: AnswerValue | null): { ok: true; value: AnswerValue } | { ok: false; message: string } {
  if (value === null || value === '') return { ok: false, message: question.type === 'number' || question.type === 'date' ? '请先填写' : '请先选择一项' };
  if (question.type === 'number') {
    const n = Number(value);
    return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, message: '请填写数字' };
  }
  if (question.type === 'multiple' && Array.isArray(value) && value.length < (question.minSelected ?? 1)) {
    return { ok: false, message: `请至少选 ${question.minSelected ?? 1} 项` };
  }
  return { ok: true, value };
}
