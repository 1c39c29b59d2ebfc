/**
 * 深圳市 (440300) — the demo city of this deployment. The figures are demonstration values chosen to show
 * how a city layers its differences on the national definitions; they are not taken from the official
 * Shenzhen service guides. Replace them from the local 办事指南 before a real launch.
 */
import { defineOverlay, type CityOverlayDefinition } from '../overlay';
import { when } from '../dsl';

const SHENZHEN = { code: '440300', name: '深圳市' };

const newborn = defineOverlay({
  city: SHENZHEN,
  themeId: 'newborn',
  version: 1,
  note: '演示配置：缩短上户口和两项生育保险待遇的承诺时限，增加育儿指导登记和新生儿家庭访视预约。',
  promisedDays: 4,
  subItemLimits: {
    hukou_registration: { promisedDays: 1 },
    maternity_reimbursement: { promisedDays: 4 },
    maternity_allowance: { promisedDays: 4 },
  },
  extraSubItems: [
    {
      id: 'parenting_guidance',
      name: '育儿指导登记',
      description: '社区卫生服务中心登记孩子的信息，之后提供儿童保健和育儿指导。',
      department: 'health',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '育儿指导服务登记', kind: 'record', electronic: true },
    },
    {
      id: 'home_visit',
      name: '新生儿家庭访视预约',
      department: 'health',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '家庭访视预约', kind: 'record' },
      byDefault: false,
    },
  ],
  extraQuestions: [
    {
      after: 'want_ss_card',
      question: {
        id: 'want_home_visit',
        type: 'yesNo',
        text: '需要社区医生上门看看孩子和妈妈吗？',
        help: '出院后一周内，社区医生免费上门做新生儿访视和产后访视。',
      },
    },
  ],
  extraRules: [{ id: 'home_visit', when: when.yes('want_home_visit'), add: { subItems: ['home_visit'] }, why: '您预约了上门访视' }],
  extraNeededBy: { mother_id_card: ['parenting_guidance', 'home_visit'] },
  extraFormFields: [
    {
      section: 'parents',
      field: {
        id: 'visit_address',
        label: '上门访视的地址',
        type: 'address',
        prefillFrom: 'person.address',
        askWhen: when.yes('want_home_visit'),
        neededBy: ['home_visit'],
      },
    },
  ],
  extraKeywords: ['育儿指导', '上门访视', '产后访视'],
});

const restaurant = defineOverlay({
  city: SHENZHEN,
  themeId: 'restaurant',
  version: 1,
  note: '演示配置：食品经营许可和烟草零售许可承诺时限缩短。',
  promisedDays: 4,
  subItemLimits: {
    food_business_license: { promisedDays: 2 },
    tobacco_license: { promisedDays: 3 },
  },
});

export const SHENZHEN_OVERLAYS: readonly CityOverlayDefinition[] = [newborn, restaurant];
