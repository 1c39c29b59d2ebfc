import { isValidIdNumber } from '@shared/idcard';
import { CONSENTS, consentStatus, type ConsentRecord } from '@shared/privacy/consents';
import { feedbackTicketNumber, routeFeedback } from '@shared/feedback/feedback';

const at = (iso: string) => new Date(iso);

describe('consent standing', () => {
  const current = CONSENTS.bank_card.version;

  it('is never before any record, granted after a grant of the current version', () => {
    expect(consentStatus('bank_card', []).status).toBe('never');
    const records: ConsentRecord[] = [{ purpose: 'bank_card', version: current, grantedAt: at('2026-11-01T00:00:00Z'), withdrawnAt: null }];
    expect(consentStatus('bank_card', records).status).toBe('granted');
    expect(consentStatus('disability', records).status).toBe('never');
  });

  it('follows the latest record: withdrawn, then granted again', () => {
    const withdrawn: ConsentRecord = { purpose: 'bank_card', version: current, grantedAt: at('2026-11-01T00:00:00Z'), withdrawnAt: at('2026-11-02T00:00:00Z') };
    expect(consentStatus('bank_card', [withdrawn]).status).toBe('withdrawn');
    const again: ConsentRecord = { purpose: 'bank_card', version: current, grantedAt: at('2026-11-03T00:00:00Z'), withdrawnAt: null };
    expect(consentStatus('bank_card', [again, withdrawn]).status).toBe('granted');
  });

  it('asks again when the text changed since the consent', () => {
    const old: ConsentRecord = { purpose: 'privacy_notice', version: '2020.1', grantedAt: at('2020-01-01T00:00:00Z'), withdrawnAt: null };
    expect(consentStatus('privacy_notice', [old]).status).toBe('outdated');
  });

  it('says why and what withdrawal means for every purpose, and marks sensitive ones', () => {
    for (const definition of Object.values(CONSENTS)) {
      expect(definition.why.length).toBeGreaterThan(10);
      expect(definition.consequenceOfWithdrawal.length).toBeGreaterThan(5);
    }
    expect(CONSENTS.disability.sensitive).toBe(true);
    expect(CONSENTS.privacy_notice.sensitive).toBe(false);
  });
});

describe('ID numbers (GB 11643)', () => {
  it('accepts a number with the right check character and refuses one without', () => {
    expect(isValidIdNumber('440304198503121235')).toBe(true);
    expect(isValidIdNumber('440304198503121234')).toBe(false);
    expect(isValidIdNumber('44030419851312123X')).toBe(false);
  });
});

describe('feedback routing', () => {
  it('prefers the chosen department, then the case, then the page, then the default desk', () => {
    expect(routeFeedback({ chosenDepartment: 'edu', caseDepartment: 'samr', page: 'packages/enterprise/pages/index/index' }, 'govservice')).toBe('edu');
    expect(routeFeedback({ caseDepartment: 'samr' }, 'govservice')).toBe('samr');
    expect(routeFeedback({ page: '/packages/enterprise/pages/index/index' }, 'govservice')).toBe('samr');
    expect(routeFeedback({ page: 'pages/me/index' }, 'govservice')).toBe('govservice');
  });

  it('numbers tickets by Beijing day with characters that cannot be misread', () => {
    const number = feedbackTicketNumber('2026-11-23', () => 0.5);
    expect(number).toMatch(/^JY20261123-[2-9A-HJ-NP-Z]{5}$/);
  });
});
