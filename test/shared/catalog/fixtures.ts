import { source, UPLOAD, when } from '@shared/catalog/dsl';
import { themeSchema, type Theme, type ThemeDefinition } from '@shared/catalog/schema';

/** A tiny, valid theme: two sub-items in series, three questions, every kind of source. Tests break copies of it. */
export function tinyDefinition(): ThemeDefinition {
  return {
    id: 'tiny',
    version: '1.0.0',
    title: '测试的一件事',
    audience: 'person',
    lifeEvent: 'birth',
    summary: '只在测试里用。',
    promisedDays: 5,
    delivery: ['window'],
    subItems: [
      { id: 'first', name: '第一步', department: 'police', legalDays: 5, promisedDays: 2, output: { name: '结果一', kind: 'record' } },
      {
        id: 'second',
        name: '第二步',
        department: 'health',
        legalDays: 5,
        promisedDays: 3,
        output: { name: '结果二', kind: 'record' },
        after: ['first'],
        byDefault: false,
      },
    ],
    questions: [
      {
        id: 'kind',
        type: 'single',
        text: '哪一种？',
        options: [
          { value: 'a', label: '甲' },
          { value: 'b', label: '乙' },
        ],
      },
      { id: 'extra', type: 'yesNo', text: '要办第二步吗？', askWhen: when.is('kind', 'b') },
      { id: 'age', type: 'number', text: '多大年纪？', unit: '岁', min: 0, max: 120 },
    ],
    rules: [
      { id: 'add_second', when: when.yes('extra'), add: { subItems: ['second'] }, why: '要办第二步' },
      { id: 'senior', when: when.atLeast('age', 60), add: { materials: ['senior_card'] }, why: '60 岁以上' },
    ],
    materials: [
      { id: 'id_card', name: '身份证', neededBy: ['first', 'second'], sources: [{ source: source.shared('id_card') }] },
      {
        id: 'result_one',
        name: '结果一',
        neededBy: ['second'],
        sources: [{ source: source.internal('first') }, { source: source.upload(UPLOAD.photoOrPdf('拍清楚。')) }],
      },
      {
        id: 'senior_card',
        name: '老年人优待证',
        neededBy: ['first'],
        byDefault: false,
        sources: [
          { when: when.is('kind', 'a'), source: source.promise('本人承诺信息真实。', 5) },
          { source: source.upload(UPLOAD.photoOrPdf('优待证照片。')) },
        ],
        sensitive: [],
      },
    ],
    form: {
      sections: [
        {
          id: 'main',
          title: '基本信息',
          fields: [
            { id: 'name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
            { id: 'bank_account', label: '银行卡号', type: 'bankCard', neededBy: ['second'], sensitive: ['bank_card'] },
          ],
        },
      ],
    },
  };
}

/** Parses a (possibly edited) copy of the tiny theme. */
export function tiny(edit: (d: ThemeDefinition) => void = () => {}): Theme {
  const definition = tinyDefinition();
  edit(definition);
  return themeSchema.parse(definition);
}
