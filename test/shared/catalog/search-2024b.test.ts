/**
 * The 2024 second batch found by the words a citizen or an enterprise would type on the home page search box,
 * not by the official titles (二手房转移登记及水电气网联动过户 is typed as 买房过户).
 */
import { catalog, searchThemes } from '@shared/catalog';

const top = (query: string) => searchThemes(query)[0]?.theme.id;

describe('searching the 2024 second batch by everyday words', () => {
  it.each([
    ['买房过户', 'second_hand_housing'],
    ['二手房', 'second_hand_housing'],
    ['房子过户 水电', 'second_hand_housing'],
    ['燃气过户', 'second_hand_housing'],
    ['公积金贷款', 'housing_fund_loan'],
    ['贷款买房', 'housing_fund_loan'],
    ['结婚', 'marriage_childbirth'],
    ['我要领证', 'marriage_childbirth'],
    ['婚检', 'marriage_childbirth'],
    ['迁户口', 'hukou_move'],
    ['我要落户', 'hukou_move'],
    ['退伍', 'veteran_discharge'],
    ['退伍回来报到', 'veteran_discharge'],
    ['优待证', 'veteran_discharge'],
    ['公司搬家', 'enterprise_relocation'],
    ['企业迁移', 'enterprise_relocation'],
    ['办马拉松', 'sports_event'],
    ['大型活动', 'sports_event'],
    ['公司上市', 'listing_compliance'],
    ['无违法违规证明', 'listing_compliance'],
  ])('「%s」 finds %s first', (query, themeId) => {
    expect(top(query)).toBe(themeId);
  });

  it('keeps the words people already used pointing where they did', () => {
    expect(top('我要上户口')).toBe('newborn');
    expect(top('生孩子')).toBe('newborn');
    expect(top('公司改名')).toBe('enterprise_change');
  });

  it('finds people\'s items for people and enterprises\' items for enterprises only', () => {
    expect(catalog.search('上市', { audience: 'person' }).map((h) => h.theme.id)).not.toContain('listing_compliance');
    expect(catalog.search('结婚', { audience: 'enterprise' })).toEqual([]);
  });
});
