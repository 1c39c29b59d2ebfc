import { defineTheme, source, UPLOAD, when } from '../dsl';
import { NEAR_DATE } from '../../values/dates';

export const employeeHiring = defineTheme({
  id: 'employee_hiring',
  version: '1.0.0',
  title: '员工录用',
  audience: 'enterprise',
  lifeEvent: 'operate',
  batch: '2024-1',
  summary: '招了新员工，一次申请办好就业登记、社保和医保参保、公积金缴存；招高校毕业生等青年的，一起申请一次性扩岗补助。',
  keywords: ['招人', '招聘', '新员工', '入职', '录用', '用工', '就业登记', '社保增员', '参保', '公积金开户', '扩岗补助'],
  promisedDays: 6,
  delivery: ['electronic'],
  preconditions: ['已与员工签订劳动合同或确定用工关系。'],
  subItems: [
    { id: 'employment_registration', name: '就业登记', department: 'hrss', legalDays: 5, promisedDays: 1, output: { name: '就业登记', kind: 'registration', electronic: true } },
    {
      id: 'pension_enrollment',
      name: '职工参保登记（养老、工伤、失业保险）',
      department: 'hrss',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '社保参保登记', kind: 'registration', electronic: true },
    },
    { id: 'medical_enrollment', name: '职工医保参保登记', department: 'nhsa', legalDays: 5, promisedDays: 1, output: { name: '医保参保登记', kind: 'registration', electronic: true } },
    {
      id: 'fund_account_opening',
      name: '住房公积金单位缴存登记',
      department: 'fund',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '公积金单位账户', kind: 'registration' },
      byDefault: false,
    },
    {
      id: 'fund_deposit',
      name: '住房公积金个人账户设立',
      department: 'fund',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '公积金个人账户', kind: 'registration' },
      after: ['fund_account_opening'],
    },
    {
      id: 'hiring_subsidy',
      name: '一次性扩岗补助',
      department: 'hrss',
      legalDays: 20,
      promisedDays: 5,
      output: { name: '扩岗补助发放', kind: 'benefit' },
      after: ['pension_enrollment'],
      byDefault: false,
    },
  ],
  questions: [
    { id: 'has_fund_account', type: 'yesNo', text: '单位已经开了住房公积金账户吗？' },
    { id: 'contract_signed', type: 'yesNo', text: '劳动合同已经签好了吗？' },
    {
      id: 'hiring_graduate',
      type: 'yesNo',
      text: '招的是高校毕业生，或 16–24 岁登记失业的青年吗？',
      help: '招用这些人员并按月交社保的，可以领一次性扩岗补助（标准以当地政策为准）。',
    },
  ],
  rules: [
    { id: 'open_fund_account', when: when.no('has_fund_account'), add: { subItems: ['fund_account_opening'] }, why: '单位还没有公积金账户' },
    { id: 'hiring_subsidy', when: when.yes('hiring_graduate'), add: { subItems: ['hiring_subsidy'], materials: ['graduate_proof'] }, why: '招用高校毕业生或青年' },
  ],
  materials: [
    { id: 'business_license', name: '营业执照', neededBy: ['employment_registration', 'fund_account_opening'], sources: [{ source: source.shared('business_license') }] },
    {
      id: 'employee_id_card',
      name: '员工的身份证',
      neededBy: ['employment_registration', 'pension_enrollment', 'medical_enrollment', 'fund_deposit'],
      sources: [{ source: source.shared('id_card') }],
    },
    {
      id: 'labor_contract',
      name: '劳动合同',
      neededBy: ['employment_registration'],
      sources: [
        { when: when.yes('contract_signed'), source: source.upload(UPLOAD.pdf('双方签字的劳动合同首页、期限页和签字页。', 3)) },
        { source: source.promise('本单位承诺已与该员工建立劳动关系，并在规定期限内补交签订的劳动合同。', 30) },
      ],
    },
    { id: 'graduate_proof', name: '毕业证书或学历信息', neededBy: ['hiring_subsidy'], byDefault: false, sources: [{ source: source.shared('degree_cert') }] },
  ],
  form: {
    sections: [
      {
        id: 'employer',
        title: '单位信息',
        fields: [
          { id: 'employer_name', label: '单位名称', type: 'text', prefillFrom: 'enterprise.name' },
          { id: 'uscc', label: '统一社会信用代码', type: 'uscc', prefillFrom: 'enterprise.uscc' },
        ],
      },
      {
        id: 'employee',
        title: '员工信息',
        fields: [
          { id: 'employee_name', label: '员工姓名', type: 'name' },
          { id: 'employee_id_number', label: '员工身份证号码', type: 'idNumber' },
          { id: 'employee_phone', label: '员工手机号码', type: 'phone' },
          { id: 'start_date', label: '入职日期', type: 'date', dateRange: NEAR_DATE },
          { id: 'monthly_wage', label: '月工资', type: 'number', unit: '元', validation: { min: 0, max: 1000000 } },
        ],
      },
    ],
  },
});
