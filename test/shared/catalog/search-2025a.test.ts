/**
 * The 2025 first-batch items are found by the words a citizen or a shopkeeper would type, not only by their
 * official titles, and they do not push the older items off the top for those items' own words.
 */
import { catalog, searchThemes } from '@shared/catalog';

const top = (query: string) => searchThemes(query)[0]?.theme.id;

describe('searching for the 2025 first-batch items by everyday words', () => {
  it.each([
    ['以旧换新', 'car_trade_in'],
    ['旧车换新车', 'car_trade_in'],
    ['报废旧车', 'car_trade_in'],
    ['我想换车', 'car_trade_in'],
    ['新车上牌', 'car_trade_in'],
    ['个转企', 'individual_to_enterprise'],
    ['个体户转公司', 'individual_to_enterprise'],
    ['个体户升级', 'individual_to_enterprise'],
  ])('「%s」 finds %s first', (query, themeId) => {
    expect(top(query)).toBe(themeId);
  });

  it('keeps the older items first for their own words', () => {
    expect(top('上户口')).toBe('newborn');
    expect(top('公司改名')).toBe('enterprise_change');
  });

  it('offers the people items to people and 个转企 to enterprises only', () => {
    expect(catalog.search('个转企', { audience: 'person' })).toEqual([]);
    expect(catalog.search('结婚', { audience: 'enterprise' })).toEqual([]);
    expect(catalog.search('以旧换新', { audience: 'person' })[0]!.theme.id).toBe('car_trade_in');
  });

  it('groups them under their own life events on the home page', () => {
    const groups = catalog.byLifeEvent({ audience: 'person' });
    const ids = (lifeEvent: string) => groups.find((g) => g.lifeEvent === lifeEvent)?.themes.map((t) => t.id);
    expect(ids('vehicle')).toEqual(['car_trade_in']);
    const change = catalog.byLifeEvent({ audience: 'enterprise' }).find((g) => g.lifeEvent === 'change');
    expect(change?.themes.map((t) => t.id)).toEqual(['enterprise_change', 'enterprise_relocation', 'individual_to_enterprise']);
  });
});
