import { FUNCTION_NAMES } from '@shared/contract';
import { allContracts, api, findContract } from '@shared/contracts';
import { describeApi } from '@shared/describe';
import { ROLES } from '@shared/roles';

describe('contracts registry', () => {
  it('has a group for each of the five fixed function names', () => {
    expect(Object.keys(api).sort()).toEqual([...FUNCTION_NAMES].sort());
  });

  it('files every contract under its own function and action name', () => {
    for (const [fn, group] of Object.entries(api)) {
      for (const [action, contract] of Object.entries(group as Record<string, { fn: string; action: string }>)) {
        expect({ fn: contract.fn, action: contract.action }).toEqual({ fn, action });
      }
    }
  });

  it('names only known roles and says what each action does', () => {
    for (const contract of allContracts()) {
      if (contract.roles !== 'public') {
        expect(contract.roles.length).toBeGreaterThan(0);
        for (const role of contract.roles) expect(ROLES).toContain(role);
      }
      expect(contract.summary.length).toBeGreaterThan(4);
    }
  });

  it('finds contracts by name and refuses inherited property names', () => {
    expect(findContract('account', 'whoami')?.action).toBe('whoami');
    expect(findContract('account', 'toString')).toBeUndefined();
    expect(findContract('nope', 'whoami')).toBeUndefined();
  });

  it('describes every action with JSON Schemas of its input and output', () => {
    const described = describeApi();
    const whoami = described.functions.account?.find((a) => a.action === 'whoami');
    expect(whoami?.roles).toContain('citizen');
    expect(whoami?.output).toMatchObject({ type: 'object', required: expect.arrayContaining(['openid', 'roles', 'enterprises']) });
    const count = Object.values(described.functions).reduce((n, list) => n + list.length, 0);
    expect(count).toBe(allContracts().length);
  });
});
