import {
  allIndustries,
  industryByCode,
  industryChildren,
  industryLabel,
  industryPath,
  normalizeIndustryCode,
  searchIndustries,
} from '@shared/enterprise/industry';

const count = (level: string) => allIndustries().filter((node) => node.level === level).length;

describe('GB/T 4754-2017 industry classification', () => {
  it('has 20 门类 and 97 大类 (not the 2011 edition’s 96)', () => {
    expect(count('section')).toBe(20);
    expect(count('division')).toBe(97);
    expect(industryChildren().map((n) => n.code).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    const divisions = allIndustries().filter((n) => n.level === 'division').map((n) => Number(n.code));
    expect(divisions).toEqual(Array.from({ length: 97 }, (_, i) => i + 1));
  });

  it('has the 中类 and 小类 of the source dataset', () => {
    expect(count('group')).toBe(473);
    expect(count('class')).toBe(1381);
  });

  it('maps 大类 codes to their 门类', () => {
    const section = (code: string) => industryByCode(code)?.section;
    expect(section('01')).toBe('A');
    expect(section('05')).toBe('A');
    expect(section('06')).toBe('B');
    expect(section('13')).toBe('C');
    expect(section('43')).toBe('C');
    expect(section('44')).toBe('D');
    expect(section('47')).toBe('E');
    expect(section('51')).toBe('F');
    expect(section('60')).toBe('G');
    expect(section('62')).toBe('H');
    expect(section('65')).toBe('I');
    expect(section('70')).toBe('K');
    expect(section('79')).toBe('N');
    expect(section('83')).toBe('P');
    expect(section('96')).toBe('S');
    expect(section('97')).toBe('T');
  });

  it('names categories as the 2017 edition does', () => {
    const name = (code: string) => industryByCode(code)?.name;
    expect(name('62')).toBe('餐饮业');
    expect(name('65')).toBe('软件和信息技术服务业');
    expect(name('13')).toBe('农副食品加工业');
    expect(name('97')).toBe('国际组织');
    expect(name('79')).toBe('土地管理业'); // new in 2017 (2011's 79 was 居民服务业)
    expect(name('58')).toBe('多式联运和运输代理业');
    expect(name('59')).toBe('装卸搬运和仓储业');
    expect(name('87')).toBe('广播、电视、电影和录音制作业');
    expect(name('6532')).toBe('物联网技术服务');
    expect(name('2522')).toBe('煤制合成气生产');
    expect(name('339')).toBe('铸造及其他金属制品制造');
    expect(name('1922')).toBe('皮箱、包（袋）制造');
  });

  it('walks the tree both ways', () => {
    expect(industryPath('6513').map((n) => `${n.code} ${n.name}`)).toEqual([
      'I 信息传输、软件和信息技术服务业',
      '65 软件和信息技术服务业',
      '651 软件开发',
      '6513 应用软件开发',
    ]);
    expect(industryChildren('H').map((n) => n.code)).toEqual(['61', '62']);
    expect(industryChildren('653').map((n) => n.name)).toEqual(['信息系统集成服务', '物联网技术服务']);
    expect(industryChildren('6513')).toEqual([]);
    expect(industryPath('9999')).toEqual([]);
    for (const node of allIndustries()) {
      if (node.parent !== null) expect(industryByCode(node.parent)).toBeDefined();
    }
  });

  it('reads codes as people write them', () => {
    expect(normalizeIndustryCode('C1311')).toBe('1311');
    expect(normalizeIndustryCode(' i65 ')).toBe('65');
    expect(normalizeIndustryCode('c')).toBe('C');
    expect(normalizeIndustryCode('A1311')).toBeNull(); // the letter contradicts the digits
    expect(normalizeIndustryCode('13111')).toBeNull();
    expect(industryByCode('I6513')?.name).toBe('应用软件开发');
    expect(industryLabel('6513')).toBe('I6513 应用软件开发');
    expect(industryLabel('C')).toBe('C 制造业');
  });

  it('searches by code prefix and by name, best first', () => {
    expect(searchIndustries('65')[0]?.code).toBe('65');
    expect(searchIndustries('I651').map((n) => n.code)).toEqual(['651', '6511', '6512', '6513', '6519']);
    const software = searchIndustries('软件').map((n) => n.code);
    expect(software.slice(0, 2)).toEqual(['65', '651']);
    expect(software).toContain('6513');
    expect(searchIndustries('餐饮', 3).map((n) => n.code)).toEqual(['62', '624', '6241']);
    expect(searchIndustries('  ')).toEqual([]);
  });
});
