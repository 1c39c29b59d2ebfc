/**
 * 住房公积金个人住房贷款购房 — 2025 first national batch.
 *
 * National list: 国务院办公厅关于印发《"高效办成一件事"2025年度第一批重点事项清单》的通知（国办函〔2025〕3号, as cited
 * by 汕府办函〔2025〕60号); the item's name as listed by 四川省人民政府办公厅 川办发〔2025〕3号 (2025-01-26) among the
 * year's 一件事. The list's own text was not found in the reference corpus.
 * Practice followed: 网签备案 → 公积金贷款审批 → (期房) 预购商品房预告登记和预抵押登记, or (现房、二手房) 契税、
 * 转移登记和抵押登记一并办 → 放款; 《住房公积金管理条例》第二十六条: the 管理中心 decides within 15 days of
 * accepting; 《不动产登记暂行条例》第二十条: registration within 30 working days (cities promise far less). The
 * promised days below are the usual promises of city 办事指南, not one city's: no single city's guide for this
 * 一件事 was found, so no overlay.
 */
import { defineTheme, source, UPLOAD, when } from '../dsl';

const offPlan = when.is('house_type', 'new_off_plan');
const resale = when.is('house_type', 'resale');

export const housingFundLoan = defineTheme({
  id: 'housing_fund_loan',
  version: '1.0.0',
  title: '住房公积金个人住房贷款购房',
  audience: 'person',
  lifeEvent: 'housing',
  batch: '2025-1',
  summary:
    '用住房公积金贷款买房，一次申请：购房合同网签、公积金贷款审批、交契税、不动产登记和抵押登记、放款一起办；想先提取公积金付首付的，也能一起办。',
  keywords: ['公积金贷款', '公积金买房', '用公积金买房', '公积金房贷', '买房贷款', '房贷', '买房', '购房', '组合贷款', '抵押登记', '提取公积金付首付'],
  promisedDays: 10,
  promiseNote: '期房交房后的转移登记和抵押登记另行办理，不计算在内。',
  delivery: ['window', 'ems', 'electronic'],
  preconditions: ['申请人正常连续缴存住房公积金满 6 个月（具体月数以本市规定为准）。', '购买的是自住住房，首付款已经按合同付清。'],
  subItems: [
    {
      id: 'contract_filing',
      name: '购房合同网签备案',
      department: 'housing',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '网签备案的购房合同', kind: 'record', electronic: true },
    },
    {
      id: 'down_payment_withdrawal',
      name: '提取公积金支付首付款',
      department: 'fund',
      legalDays: 3,
      promisedDays: 1,
      output: { name: '公积金提取到账', kind: 'payment' },
      after: ['contract_filing'],
      byDefault: false,
    },
    {
      id: 'loan_approval',
      name: '住房公积金贷款审批',
      description: '核定能贷多少、贷多少年，签借款合同。',
      department: 'fund',
      legalDays: 15,
      promisedDays: 5,
      output: { name: '公积金借款合同', kind: 'notice' },
      after: ['contract_filing'],
    },
    {
      id: 'deed_tax',
      name: '契税申报缴纳',
      department: 'tax',
      legalDays: 1,
      promisedDays: 0,
      output: { name: '契税完税凭证', kind: 'payment', electronic: true },
      after: ['contract_filing'],
    },
    {
      id: 'transfer_registration',
      name: '不动产转移登记',
      department: 'realestate',
      legalDays: 30,
      promisedDays: 2,
      output: { name: '不动产权证书', kind: 'certificate', electronic: true },
      after: ['deed_tax'],
    },
    {
      id: 'mortgage_registration',
      name: '不动产抵押登记',
      department: 'realestate',
      legalDays: 30,
      promisedDays: 1,
      output: { name: '不动产登记证明（抵押权）', kind: 'certificate', electronic: true },
      after: ['loan_approval', 'transfer_registration'],
    },
    {
      id: 'advance_registration',
      name: '预购商品房预告登记和预抵押登记',
      department: 'realestate',
      legalDays: 30,
      promisedDays: 1,
      output: { name: '不动产登记证明（预告登记）', kind: 'certificate', electronic: true },
      after: ['loan_approval'],
      byDefault: false,
    },
    {
      id: 'loan_disbursement',
      name: '公积金贷款发放',
      description: '贷款直接付到卖方（开发商）的账户。',
      department: 'fund',
      legalDays: 5,
      promisedDays: 2,
      output: { name: '放款通知', kind: 'notice' },
      after: ['mortgage_registration', 'advance_registration'],
    },
  ],
  questions: [
    {
      id: 'house_type',
      type: 'single',
      text: '买的是什么房子？',
      options: [
        { value: 'new_off_plan', label: '新房，还没交房（期房）' },
        { value: 'new_ready', label: '新房，已经建好（现房）' },
        { value: 'resale', label: '二手房' },
      ],
    },
    { id: 'married', type: 'yesNo', text: '您结婚了吗？', help: '已婚的，夫妻双方的公积金可以一起算，贷得更多。' },
    { id: 'spouse_has_fund', type: 'yesNo', text: '您的配偶也在交住房公积金吗？', askWhen: when.yes('married') },
    { id: 'fund_elsewhere', type: 'yesNo', text: '您的公积金是在外地交的吗？', help: '在外地交公积金、在本市买房的，也能在本市贷款。' },
    { id: 'withdraw_first', type: 'yesNo', text: '要先把公积金账户里的钱取出来付首付吗？' },
    { id: 'combined_loan', type: 'yesNo', text: '公积金贷款不够，还要加商业贷款（组合贷款）吗？' },
  ],
  rules: [
    {
      id: 'off_plan',
      when: offPlan,
      remove: { subItems: ['deed_tax', 'transfer_registration', 'mortgage_registration'] },
      add: { subItems: ['advance_registration'] },
      why: '买的是期房',
      notice: '期房先办预告登记和预抵押登记；交房后再办转移登记和抵押登记，到时不用重新申请贷款。',
    },
    { id: 'resale_title', when: resale, add: { materials: ['seller_title'] }, why: '买的是二手房，要卖方的不动产权证书' },
    { id: 'married_couple', when: when.yes('married'), add: { materials: ['marriage_cert', 'spouse_id'] }, why: '已婚，夫妻共同申请' },
    { id: 'spouse_fund', when: when.yes('spouse_has_fund'), add: { materials: ['spouse_fund_record'] }, why: '配偶也交公积金，一起计算贷款额度' },
    {
      id: 'fund_elsewhere',
      when: when.yes('fund_elsewhere'),
      add: { materials: ['other_city_fund_proof'] },
      why: '公积金在外地缴存',
      notice: '异地缴存的，本中心会向缴存地核实缴存情况；能线上核实的不用您开证明，核实不了的再请您补交。',
    },
    {
      id: 'withdraw_first',
      when: when.yes('withdraw_first'),
      add: { subItems: ['down_payment_withdrawal'], materials: ['bank_card'] },
      why: '您选择先提取公积金付首付',
    },
    {
      id: 'combined_loan',
      when: when.yes('combined_loan'),
      add: { materials: ['bank_loan_approval'] },
      why: '组合贷款',
      notice: '商业贷款部分由您选的银行审批，公积金贷款和商业贷款的抵押登记一次办理。',
    },
  ],
  materials: [
    {
      id: 'buyer_id',
      name: '购房人的身份证',
      neededBy: ['contract_filing', 'loan_approval', 'deed_tax', 'transfer_registration', 'mortgage_registration', 'advance_registration', 'down_payment_withdrawal'],
      sources: [{ source: source.shared('id_card') }],
    },
    {
      id: 'purchase_contract',
      name: '购房合同',
      neededBy: ['loan_approval', 'deed_tax', 'transfer_registration', 'mortgage_registration', 'advance_registration', 'down_payment_withdrawal'],
      sources: [{ source: source.internal('contract_filing') }, { source: source.upload(UPLOAD.pdf('网签备案的购房合同全部页。')) }],
    },
    {
      id: 'down_payment_receipt',
      name: '首付款收据或发票',
      neededBy: ['loan_approval'],
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('卖方开具的首付款收据或购房发票。')) }],
    },
    {
      id: 'fund_record',
      name: '本人的公积金缴存记录',
      neededBy: ['loan_approval', 'down_payment_withdrawal'],
      sources: [
        { when: when.yes('fund_elsewhere'), source: source.upload(UPLOAD.photoOrPdf('缴存地公积金中心出具的缴存明细。')) },
        { source: source.shared('housing_fund_record', '公积金缴存明细。') },
      ],
    },
    {
      id: 'marriage_cert',
      name: '结婚证',
      neededBy: ['loan_approval', 'transfer_registration'],
      byDefault: false,
      sources: [{ source: source.shared('marriage_cert', '结婚证持证人信息页和登记页。') }],
    },
    {
      id: 'spouse_id',
      name: '配偶的身份证',
      neededBy: ['loan_approval', 'transfer_registration', 'mortgage_registration', 'advance_registration'],
      byDefault: false,
      // Another person's card: the applicant's own shared records cannot supply it.
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('配偶身份证正反面。', 2)) }],
    },
    {
      id: 'spouse_fund_record',
      name: '配偶的公积金缴存记录',
      neededBy: ['loan_approval'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('配偶的公积金缴存明细（公积金中心 App 可以导出）。')) }],
    },
    {
      id: 'other_city_fund_proof',
      name: '异地缴存使用证明',
      neededBy: ['loan_approval'],
      byDefault: false,
      sources: [{ source: source.promise('本人同意本中心向缴存地核实缴存和贷款情况；线上核实不了的，在 10 个工作日内补交缴存地出具的证明。', 10) }],
    },
    {
      id: 'seller_title',
      name: '卖方的不动产权证书',
      neededBy: ['transfer_registration'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('卖方不动产权证书全部页。', 6)) }],
    },
    {
      id: 'deed_tax_receipt',
      name: '契税完税凭证',
      neededBy: ['transfer_registration'],
      sources: [{ source: source.internal('deed_tax') }, { source: source.upload(UPLOAD.photoOrPdf('契税完税证明。')) }],
    },
    {
      id: 'loan_contract',
      name: '公积金借款合同',
      neededBy: ['mortgage_registration', 'advance_registration', 'loan_disbursement'],
      sources: [{ source: source.internal('loan_approval') }, { source: source.upload(UPLOAD.pdf('签好的借款合同全部页。')) }],
    },
    {
      id: 'mortgage_proof',
      name: '抵押登记证明',
      neededBy: ['loan_disbursement'],
      sources: [
        { source: source.internal('mortgage_registration') },
        { source: source.internal('advance_registration') },
        { source: source.upload(UPLOAD.photoOrPdf('不动产登记证明。')) },
      ],
    },
    {
      id: 'bank_loan_approval',
      name: '商业银行贷款审批意见',
      neededBy: ['loan_approval'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('银行出具的同意贷款通知或审批表。')) }],
    },
    {
      id: 'bank_card',
      name: '本人的银行卡',
      description: '提取的公积金转到这张卡上。',
      neededBy: ['down_payment_withdrawal'],
      byDefault: false,
      sources: [{ source: source.upload(UPLOAD.photoOrPdf('拍银行卡正面，能看清卡号和开户银行即可。', 1)) }],
      sensitive: ['bank_card'],
    },
  ],
  form: {
    sections: [
      {
        id: 'buyer',
        title: '购房人',
        fields: [
          { id: 'buyer_name', label: '姓名', type: 'name', prefillFrom: 'person.name' },
          { id: 'buyer_id_number', label: '身份证号码', type: 'idNumber', prefillFrom: 'person.idNumber' },
          { id: 'buyer_phone', label: '手机号码', type: 'phone', prefillFrom: 'person.phone' },
          { id: 'spouse_name', label: '配偶姓名', type: 'name', askWhen: when.yes('married') },
          { id: 'spouse_id_number', label: '配偶身份证号码', type: 'idNumber', askWhen: when.yes('married') },
        ],
      },
      {
        id: 'house',
        title: '房子和贷款',
        fields: [
          { id: 'house_address', label: '房屋坐落', type: 'address' },
          { id: 'house_area', label: '建筑面积', type: 'number', unit: '平方米', validation: { min: 1, max: 10000 } },
          { id: 'house_price', label: '成交总价', type: 'number', unit: '万元', validation: { min: 1, max: 100000 } },
          { id: 'loan_amount', label: '申请公积金贷款金额', type: 'number', unit: '万元', validation: { min: 1, max: 1000 } },
          {
            id: 'loan_years',
            label: '贷款年限',
            type: 'number',
            unit: '年',
            help: '最长 30 年，且贷款到期时不超过法定退休年龄后 5 年。',
            validation: { min: 1, max: 30 },
          },
          { id: 'withdraw_bank_account', label: '接收提取款的本人银行卡号', type: 'bankCard', neededBy: ['down_payment_withdrawal'], sensitive: ['bank_card'] },
        ],
      },
    ],
  },
});
