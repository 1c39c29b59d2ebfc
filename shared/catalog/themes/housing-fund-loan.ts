/**
 * 住房公积金个人住房贷款购房 — national key item of the 2024 second batch.
 *
 * Source: 国务院办公厅《"高效办成一件事"2024年度新一批重点事项清单》（国办函〔2024〕53号）; number and title confirmed by
 * a citing document (渝退役军人局〔2025〕7号, 2025-03-18), the list's own text and date not found in the searchable
 * sources. Local practice: no city's 办事指南 for this bundle was found. The legal limit of the loan decision
 * follows 《住房公积金管理条例》第26条 (a decision within 15 days of accepting the application); registration limits
 * follow 《不动产登记暂行条例》第20条 (30 working days). Promised limits are demonstration values.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

export const housingFundLoan = defineTheme({
  id: 'housing_fund_loan',
  version: '1.0.0',
  title: '住房公积金个人住房贷款购房',
  audience: 'person',
  lifeEvent: 'housing',
  batch: '2024-2',
  summary:
    '用住房公积金贷款买房，一次申请：买卖合同网签备案、公积金贷款审批、抵押登记、放款一起办；要用公积金付首付的，提取也一起办。外地缴存的公积金也可以申请。',
  keywords: ['公积金贷款', '公积金买房', '住房公积金贷款', '贷款买房', '买房贷款', '房贷', '组合贷', '公积金提取', '首付提取', '异地贷款', '抵押登记'],
  promisedDays: 8,
  promiseNote: '从材料齐全受理之日起计算；开发商或卖房人配合办理的时间不计算在内。',
  delivery: ['window', 'electronic'],
  preconditions: [
    '申请人正常连续缴存住房公积金满 6 个月（各地要求不同，以当地公积金中心为准）。',
    '申请人和配偶没有未还清的公积金贷款。',
    '已经和开发商或卖房人谈好房子，付了（或准备付）首付款。',
  ],
  subItems: [
    {
      id: 'contract_filing',
      name: '商品房（存量房）买卖合同网签备案',
      department: 'housing',
      legalDays: 3,
      promisedDays: 0,
      output: { name: '网签备案的买卖合同', kind: 'record', electronic: true },
    },
    {
      id: 'downpayment_withdrawal',
      name: '购房提取住房公积金（付首付）',
      department: 'fund',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '提取到账', kind: 'payment' },
      after: ['contract_filing'],
      byDefault: false,
    },
    {
      id: 'loan_approval',
      name: '住房公积金个人住房贷款审批',
      department: 'fund',
      legalDays: 15,
      promisedDays: 5,
      output: { name: '贷款审批决定和借款合同', kind: 'notice', electronic: true },
      after: ['contract_filing'],
    },
    {
      id: 'mortgage_registration',
      name: '不动产抵押权首次登记',
      description: '二手房：过户时和转移登记一起办理抵押登记。',
      department: 'natres',
      legalDays: 30,
      promisedDays: 1,
      output: { name: '不动产登记证明（抵押权）', kind: 'registration', electronic: true },
      after: ['loan_approval'],
    },
    {
      id: 'advance_mortgage',
      name: '预购商品房抵押预告登记',
      description: '期房还没有产权证，先办抵押预告登记，交房办证后再转为正式抵押登记。',
      department: 'natres',
      legalDays: 30,
      promisedDays: 1,
      output: { name: '不动产登记证明（抵押预告登记）', kind: 'registration', electronic: true },
      after: ['loan_approval'],
      byDefault: false,
    },
    {
      id: 'loan_disbursement',
      name: '贷款发放',
      department: 'fund',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '贷款发放到卖房人（开发商）账户', kind: 'payment' },
      after: ['mortgage_registration', 'advance_mortgage'],
    },
  ],
  questions: [
    {
      id: 'house_type',
      type: 'single',
      text: '买的是新房还是二手房？',
      options: [
        { value: 'new_built', label: '新房（开发商的商品房）' },
        { value: 'second_hand', label: '二手房' },
      ],
    },
    {
      id: 'completed',
      type: 'yesNo',
      text: '新房已经交房、能办产权证了吗？',
      help: '还没交房的期房，先办抵押预告登记。',
      askWhen: when.is('house_type', 'new_built'),
    },
    {
      id: 'deposit_place',
      type: 'single',
      text: '您的住房公积金在哪里缴存？',
      options: [
        { value: 'local', label: '在本市缴存' },
        { value: 'other_city', label: '在外地缴存' },
      ],
    },
    { id: 'married', type: 'yesNo', text: '您已婚吗？', help: '已婚的，配偶要作为共同借款人一起签合同。' },
    { id: 'withdraw_downpayment', type: 'yesNo', text: '要先提取公积金余额来付首付吗？' },
    { id: 'combo', type: 'yesNo', text: '公积金贷款额度不够，要同时办银行商业贷款（组合贷）吗？' },
  ],
  rules: [
    {
      id: 'off_plan',
      when: when.all(when.is('house_type', 'new_built'), when.no('completed')),
      add: { subItems: ['advance_mortgage'] },
      remove: { subItems: ['mortgage_registration'] },
      why: '期房还没有产权证，先办抵押预告登记',
    },
    {
      id: 'second_hand',
      when: when.is('house_type', 'second_hand'),
      add: { materials: ['seller_property_cert'] },
      why: '买二手房',
      notice: '二手房的过户、交税和水电气网过户，可以同时申请「二手房转移登记及水电气网联动过户」一起办。',
    },
    {
      id: 'other_city_deposit',
      when: when.is('deposit_place', 'other_city'),
      add: { materials: ['remote_deposit_proof'] },
      why: '公积金在外地缴存',
    },
    { id: 'spouse', when: when.yes('married'), add: { materials: ['marriage_cert', 'spouse_id'] }, why: '已婚，配偶是共同借款人' },
    {
      id: 'withdrawal',
      when: when.yes('withdraw_downpayment'),
      add: { subItems: ['downpayment_withdrawal'], materials: ['bank_card'] },
      why: '提取公积金付首付',
    },
    {
      id: 'combo_loan',
      when: when.yes('combo'),
      add: { materials: ['bank_approval'] },
      why: '同时办理商业贷款（组合贷）',
      notice: '组合贷的商业贷款部分由合作银行审批，银行同意贷款后公积金中心再一起放款。',
    },
  ],
  materials: [
    { id: 'id_card', name: '申请人的身份证', neededBy: ['contract_filing', 'loan_approval', 'mortgage_registration', 'advance_mortgage'], sources: [{ source: source.shared('id_card') }] },
    {
      id: 'marriage_cert',
      name: '结婚证',
      neededBy: ['loan_approval'],
      byDefault: false,
      sources: [{ source: source.shared('marriage_cert', '结婚证持证人信息页和登记页。') }],
    },
    {
      id: 'spouse_id',
      name: '配偶的身份证',
      neededBy: ['loan_approval', 'mortgage_registration', 'advance_mortgage'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('配偶身份证正反面。', 2)) }],
    },
    {
      id: 'purchase_contract',
      name: '购房合同',
      neededBy: ['loan_approval', 'downpayment_withdrawal', 'mortgage_registration', 'advance_mortgage'],
      sources: [{ source: source.internal('contract_filing') }, { source: source.upload(UPLOAD.pdf('双方签字的购房合同全部页。')) }],
    },
    {
      id: 'downpayment_receipt',
      name: '首付款凭证',
      description: '开发商开具的首付款发票或收据，二手房为首付款转账记录。',
      neededBy: ['loan_approval'],
      sources: [
        {
          when: when.yes('withdraw_downpayment'),
          source: source.promise('本人承诺用提取的公积金和自有资金付清首付款，首付款凭证在放款前补交。', 10),
        },
        { source: source.upload(UPLOAD.photoOrPdf('首付款发票、收据或银行转账记录。')) },
      ],
    },
    {
      id: 'deposit_record',
      name: '住房公积金缴存记录',
      neededBy: ['loan_approval', 'downpayment_withdrawal'],
      sources: [{ source: source.shared('housing_fund_record', '公积金缴存明细（可在公积金网站或小程序下载）。') }],
    },
    {
      id: 'remote_deposit_proof',
      name: '异地缴存使用证明',
      description: '缴存地公积金中心出具，可在全国住房公积金小程序在线开具。',
      neededBy: ['loan_approval'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('缴存地公积金中心出具的异地缴存使用证明。')) }],
    },
    {
      id: 'credit_authorization',
      name: '个人征信查询授权',
      neededBy: ['loan_approval'],
      sources: [{ source: source.promise('本人（及配偶）授权住房公积金管理中心查询个人信用报告，用于本次贷款审批。') }],
    },
    {
      id: 'seller_property_cert',
      name: '卖房人的不动产权证书',
      neededBy: ['loan_approval', 'mortgage_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('不动产权证书的登记页和附图页。', 4)) }],
    },
    {
      id: 'bank_approval',
      name: '商业贷款银行的审批意见',
      neededBy: ['loan_disbursement'],
      byDefault: false,
      sources: [{ source: source.promise('商业贷款部分由合作银行审批，银行出具同意贷款的意见后直接推送公积金中心。', 15) }],
    },
    {
      id: 'loan_contract',
      name: '借款合同和抵押合同',
      neededBy: ['mortgage_registration', 'advance_mortgage', 'loan_disbursement'],
      sources: [{ source: source.internal('loan_approval') }, { source: source.upload(UPLOAD.pdf('公积金中心盖章的借款合同和抵押合同。', 2)) }],
    },
    {
      id: 'bank_card',
      name: '申请人本人的银行卡',
      description: '提取的公积金转到这张卡上。',
      neededBy: ['downpayment_withdrawal'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('拍银行卡正面，能看清卡号和开户银行即可。', 1)) }],
      sensitive: ['bank_card'],
    },
  ],
  form: {
    sections: [
      {
        id: 'applicant',
        title: '借款人',
        fields: [
          { id: 'applicant_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'applicant_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'applicant_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
          { id: 'monthly_income', label: '月收入（税后）', type: 'number', unit: '元', validation: { min: 0, max: 10000000 } },
        ],
      },
      {
        id: 'spouse',
        title: '配偶（共同借款人）',
        askWhen: when.yes('married'),
        fields: [
          { id: 'spouse_name', label: '配偶姓名', type: 'name' },
          { id: 'spouse_id_number', label: '配偶身份证号码', type: 'idNumber' },
        ],
      },
      {
        id: 'loan',
        title: '房子和贷款',
        fields: [
          { id: 'property_address', label: '房屋坐落', type: 'address' },
          { id: 'price', label: '房屋总价', type: 'number', unit: '万元', validation: { min: 1, max: 100000 } },
          { id: 'loan_amount', label: '申请公积金贷款金额', type: 'number', unit: '万元', validation: { min: 1, max: 1000 } },
          {
            id: 'loan_years',
            label: '贷款年限',
            type: 'number',
            unit: '年',
            validation: { min: 1, max: 30 },
            help: '最长 30 年，且还清时借款人年龄一般不超过法定退休年龄后 5 年。',
          },
        ],
      },
      {
        id: 'withdrawal',
        title: '提取到账的银行卡',
        askWhen: when.yes('withdraw_downpayment'),
        fields: [
          { id: 'bank_account', label: '本人银行卡号', type: 'bankCard', neededBy: ['downpayment_withdrawal'], sensitive: ['bank_card'] },
          { id: 'bank_name', label: '开户银行', type: 'text', neededBy: ['downpayment_withdrawal'] },
        ],
      },
    ],
  },
});
