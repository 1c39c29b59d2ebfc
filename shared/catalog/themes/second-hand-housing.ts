/**
 * 二手房转移登记及水电气网联动过户 — national key item of the 2024 second batch.
 *
 * Source: 国务院办公厅《"高效办成一件事"2024年度新一批重点事项清单》（国办函〔2024〕53号）. The number and title are
 * confirmed by a later citing document (重庆市退役军人事务局等5部门 渝退役军人局〔2025〕7号, 2025-03-18); the list
 * itself and its date were not found in the searchable sources, so the item's name follows the issue text.
 * Local practice: no city's 办事指南 for this bundle was found in the sources. The steps follow the national
 * rules they rest on: 《不动产登记暂行条例》第20条 (registration within 30 working days of acceptance — the legal
 * limit below), 存量房网签备案 by 住建, 契税/增值税/个税 declared before registration, and 带押过户 (transfer with the
 * seller's mortgage still on it) as the sources describe it. Promised limits are demonstration values.
 *
 * Water, power, gas and broadband are transferred by the utility companies; as in utilities.ts they are routed to
 * the 综合窗口 (govservice), which passes them on.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const UTILITY_TRANSFERS = ['water_transfer', 'power_transfer', 'gas_transfer', 'network_transfer'];
const buyerBorrows = when.isOneOf('buyer_loan', ['commercial', 'fund', 'combo']);

export const secondHandHousing = defineTheme({
  id: 'second_hand_housing',
  version: '1.0.0',
  title: '二手房转移登记及水电气网联动过户',
  audience: 'person',
  lifeEvent: 'housing',
  batch: '2024-2',
  summary:
    '买卖二手房，一次申请就能把网签备案、交税、不动产过户（有贷款的连同抵押登记）一起办完；过户后水、电、燃气、宽带自动跟着转到买房人名下，不用再一家一家去跑。',
  keywords: ['买房过户', '卖房过户', '二手房', '二手房过户', '房产过户', '房子过户', '过户', '不动产登记', '转移登记', '房产证', '网签', '契税', '带押过户', '水电过户', '燃气过户', '宽带过户'],
  promisedDays: 3,
  promiseNote: '从税费缴清之日起计算；买卖双方谈价、银行审批贷款的时间不计算在内。',
  delivery: ['window', 'ems', 'electronic'],
  preconditions: ['房子已经取得不动产权证书，没有被查封。', '买卖双方已经谈好价格，签好或准备签买卖合同。', '买卖双方都要在申请上签字确认（可以在线上签名）。'],
  subItems: [
    {
      id: 'contract_filing',
      name: '存量房买卖合同网签备案',
      department: 'housing',
      legalDays: 3,
      promisedDays: 0,
      output: { name: '网签备案的买卖合同', kind: 'record', electronic: true },
    },
    {
      id: 'tax_payment',
      name: '房屋交易税费申报缴纳',
      description: '税务部门核定契税、增值税、个人所得税，缴清后出具完税凭证。',
      department: 'tax',
      legalDays: 5,
      promisedDays: 0,
      output: { name: '完税凭证', kind: 'payment', electronic: true },
      after: ['contract_filing'],
    },
    {
      id: 'mortgage_discharge',
      name: '抵押权注销登记',
      description: '卖房人已还清贷款的，先把房子上的抵押注销掉。',
      department: 'natres',
      legalDays: 30,
      promisedDays: 1,
      output: { name: '抵押注销登记', kind: 'registration', electronic: true },
      byDefault: false,
    },
    {
      id: 'transfer_registration',
      name: '不动产转移登记',
      department: 'natres',
      legalDays: 30,
      promisedDays: 1,
      output: { name: '买房人的不动产权证书', kind: 'certificate', electronic: true },
      after: ['tax_payment', 'mortgage_discharge'],
    },
    {
      id: 'mortgage_registration',
      name: '不动产抵押权首次登记',
      description: '买房人贷款的，过户和抵押一起登记（转移+抵押合并办理）。',
      department: 'natres',
      legalDays: 30,
      promisedDays: 1,
      output: { name: '不动产登记证明（抵押权）', kind: 'registration', electronic: true },
      after: ['tax_payment', 'mortgage_discharge'],
      byDefault: false,
    },
    {
      id: 'water_transfer',
      name: '用水过户',
      department: 'govservice',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '用水户名变更', kind: 'record' },
      after: ['transfer_registration'],
    },
    {
      id: 'power_transfer',
      name: '用电过户',
      department: 'govservice',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '用电户名变更', kind: 'record' },
      after: ['transfer_registration'],
    },
    {
      id: 'gas_transfer',
      name: '燃气过户',
      department: 'govservice',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '燃气户名变更', kind: 'record' },
      after: ['transfer_registration'],
      byDefault: false,
    },
    {
      id: 'network_transfer',
      name: '宽带、有线电视过户',
      department: 'govservice',
      legalDays: 5,
      promisedDays: 1,
      output: { name: '宽带、有线电视户名变更', kind: 'record' },
      after: ['transfer_registration'],
      byDefault: false,
    },
  ],
  questions: [
    {
      id: 'applicant_role',
      type: 'single',
      text: '您是买房的一方，还是卖房的一方？',
      help: '另一方的身份证要拍照上传，您自己的不用交。',
      options: [
        { value: 'buyer', label: '买房' },
        { value: 'seller', label: '卖房' },
      ],
    },
    {
      id: 'seller_mortgage',
      type: 'single',
      text: '这套房子现在还有没还完的贷款（抵押）吗？',
      options: [
        { value: 'none', label: '没有抵押' },
        { value: 'repaid', label: '贷款已经还清，抵押还没注销' },
        { value: 'carry', label: '贷款还没还完，想带着抵押过户' },
      ],
    },
    {
      id: 'buyer_loan',
      type: 'single',
      text: '买房人要贷款吗？',
      options: [
        { value: 'none', label: '不贷款，全款' },
        { value: 'commercial', label: '银行商业贷款' },
        { value: 'fund', label: '住房公积金贷款' },
        { value: 'combo', label: '组合贷款（公积金加商业贷款）' },
      ],
    },
    {
      id: 'first_home',
      type: 'yesNo',
      text: '这是买房人家庭唯一的一套住房吗？',
      help: '家庭唯一住房的契税可以减免，要签一份家庭住房情况承诺。',
    },
    { id: 'has_gas', type: 'yesNo', text: '房子通了管道燃气吗？' },
    { id: 'has_network', type: 'yesNo', text: '宽带或有线电视要一起过户吗？' },
  ],
  rules: [
    {
      id: 'discharge_first',
      when: when.is('seller_mortgage', 'repaid'),
      add: { subItems: ['mortgage_discharge'], materials: ['loan_settlement_proof'] },
      why: '卖房人的贷款已还清，先注销抵押',
    },
    {
      id: 'carry_mortgage',
      when: when.is('seller_mortgage', 'carry'),
      add: { materials: ['carry_mortgage_agreement'] },
      why: '带着抵押过户',
      notice: '带押过户要卖房人的贷款银行同意，并和买房人（及其贷款银行）签好带押过户协议；过户和新的抵押登记同时办理。',
    },
    {
      id: 'buyer_mortgage',
      when: buyerBorrows,
      add: { subItems: ['mortgage_registration'], materials: ['loan_contract'] },
      why: '买房人贷款，过户时一起办理抵押登记',
    },
    {
      id: 'fund_loan_first',
      when: when.isOneOf('buyer_loan', ['fund', 'combo']),
      why: '用住房公积金贷款',
      notice: '公积金贷款要先办「住房公积金个人住房贷款购房」拿到贷款审批结果，再来办过户和抵押登记。',
    },
    {
      id: 'first_home_relief',
      when: when.yes('first_home'),
      add: { materials: ['family_housing_promise'] },
      why: '申请家庭唯一住房契税优惠',
    },
    { id: 'gas', when: when.yes('has_gas'), add: { subItems: ['gas_transfer'] }, why: '房子通了管道燃气' },
    { id: 'network', when: when.yes('has_network'), add: { subItems: ['network_transfer'] }, why: '宽带、有线电视一起过户' },
  ],
  materials: [
    {
      id: 'buyer_id',
      name: '买房人的身份证',
      neededBy: ['contract_filing', 'tax_payment', 'transfer_registration'],
      sources: [
        { when: when.is('applicant_role', 'buyer'), source: source.shared('id_card') },
        // Another person's card: never read from the applicant's own records.
        { source: source.upload(UPLOAD.photoOrPdf('买房人身份证正反面。', 2)) },
      ],
    },
    {
      id: 'seller_id',
      name: '卖房人的身份证',
      neededBy: ['contract_filing', 'tax_payment', 'transfer_registration'],
      sources: [
        { when: when.is('applicant_role', 'seller'), source: source.shared('id_card') },
        { source: source.upload(UPLOAD.photoOrPdf('卖房人身份证正反面。', 2)) },
      ],
    },
    {
      id: 'property_cert',
      name: '卖房人的不动产权证书',
      neededBy: ['contract_filing', 'transfer_registration', 'mortgage_discharge'],
      sources: [
        { when: when.is('applicant_role', 'seller'), source: source.shared('real_estate_cert', '不动产权证书的登记页和附图页。') },
        { source: source.upload(UPLOAD.photoOrPdf('不动产权证书的登记页和附图页。', 4)) },
      ],
    },
    {
      id: 'sale_contract',
      name: '存量房买卖合同',
      neededBy: ['tax_payment', 'transfer_registration', 'mortgage_registration'],
      sources: [{ source: source.internal('contract_filing') }, { source: source.upload(UPLOAD.pdf('买卖双方签字的买卖合同全部页。')) }],
    },
    {
      id: 'tax_receipt',
      name: '完税凭证',
      neededBy: ['transfer_registration'],
      sources: [{ source: source.internal('tax_payment') }, { source: source.upload(UPLOAD.photoOrPdf('税务部门出具的完税凭证。')) }],
    },
    {
      id: 'family_housing_promise',
      name: '家庭住房情况承诺',
      neededBy: ['tax_payment'],
      byDefault: false,
      sources: [{ source: source.promise('本人承诺：本次购买的住房是本人家庭（本人、配偶和未成年子女）唯一住房。如与实际不符，愿意补缴税款和滞纳金，并承担相应法律责任。') }],
    },
    {
      id: 'loan_settlement_proof',
      name: '贷款结清证明',
      description: '卖房人的贷款银行出具。',
      neededBy: ['mortgage_discharge'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('银行盖章的贷款结清证明。')) }],
    },
    {
      id: 'carry_mortgage_agreement',
      name: '带押过户协议',
      description: '卖房人、买房人和贷款银行签订，写明原抵押怎么处理。',
      neededBy: ['transfer_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('各方签字盖章的带押过户协议全部页。')) }],
    },
    {
      id: 'loan_contract',
      name: '买房人的借款合同和抵押合同',
      neededBy: ['mortgage_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.pdf('贷款银行（或公积金中心）盖章的借款合同和抵押合同。', 2)) }],
    },
    {
      id: 'new_property_cert',
      name: '买房人的不动产权证书',
      neededBy: UTILITY_TRANSFERS,
      sources: [{ source: source.internal('transfer_registration') }, { source: source.shared('real_estate_cert') }],
    },
  ],
  form: {
    sections: [
      {
        id: 'applicant',
        title: '申请人',
        fields: [
          { id: 'applicant_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'applicant_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'applicant_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
        ],
      },
      {
        id: 'other_party',
        title: '交易的另一方',
        fields: [
          { id: 'other_party_name', label: '姓名', type: 'name' },
          { id: 'other_party_id_number', label: '身份证号码', type: 'idNumber' },
          { id: 'other_party_phone', label: '手机号码', type: 'phone', help: '会发短信请对方确认这次申请。' },
        ],
      },
      {
        id: 'property',
        title: '房子的信息',
        fields: [
          { id: 'property_address', label: '房屋坐落', type: 'address' },
          { id: 'property_cert_number', label: '不动产权证书号', type: 'text', validation: { maxLength: 40 } },
          { id: 'price', label: '成交价格', type: 'number', unit: '万元', validation: { min: 1, max: 100000 } },
        ],
      },
      {
        id: 'utilities',
        title: '水电气网户号',
        help: '户号印在缴费单或缴费记录上；不知道的可以不填，工作人员按地址查找。',
        fields: [
          { id: 'water_account', label: '用水户号', type: 'text', required: false, neededBy: ['water_transfer'], validation: { maxLength: 30 } },
          { id: 'power_account', label: '用电户号', type: 'text', required: false, neededBy: ['power_transfer'], validation: { maxLength: 30 } },
          { id: 'gas_account', label: '燃气户号', type: 'text', required: false, neededBy: ['gas_transfer'], validation: { maxLength: 30 } },
          { id: 'network_account', label: '宽带或有线电视账号', type: 'text', required: false, neededBy: ['network_transfer'], validation: { maxLength: 30 } },
        ],
      },
    ],
  },
});
