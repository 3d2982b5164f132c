import { topicFromCode, unitFromName } from './wdi-labels';

describe('unitFromName', () => {
  it.each([
    ['GDP (current US$)', 'current US$'],
    ['Current health expenditure (% of GDP)', '% of GDP'],
    [
      'Unemployment, total (% of total labor force) (modeled ILO estimate)',
      '% of total labor force',
    ],
    [
      'Educational attainment, at least completed primary, population 25+ years, total (%) (cumulative)',
      '%',
    ],
    ['Literacy rate, youth (ages 15-24), gender parity index (GPI)', 'GPI'],
    [
      'Net secondary income (Net current transfers from abroad) (current US$)',
      'current US$',
    ],
  ])('reads the unit of "%s"', (name, unit) => {
    expect(unitFromName(name)).toBe(unit);
  });

  it.each([
    'Population, total',
    'GDP deflator (base year varies by country)',
    'Price level index (GDP)',
    'Pupils below minimum reading proficiency at end of primary (%). Low GAML threshold',
  ])('finds no unit in "%s"', (name) => {
    expect(unitFromName(name)).toBeUndefined();
  });
});

describe('topicFromCode', () => {
  it.each([
    ['SP.POP.TOTL', 'population'],
    ['SH.XPD.CHEX.GD.ZS', 'health'],
    ['SE.PRM.ENRR', 'education'],
    ['NY.GDP.MKTP.CD', 'economy'],
    ['EG.ELC.ACCS.ZS', 'energy'],
    ['SH_UHC_SCI', 'health'],
    ['per_si_allsi.cov_q1_tot', 'social-protection'],
    ['GD_WBL_OVL_LAW', 'gender'],
  ])('maps %s to %s', (code, topic) => {
    expect(topicFromCode(code)).toBe(topic);
  });

  it('leaves an unlisted prefix without topic', () => {
    expect(topicFromCode('HD_HCIP_OVRL_TO')).toBeUndefined();
  });
});
