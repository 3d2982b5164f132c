import { describeCbiLabel } from './cbi-labels';

describe('describeCbiLabel', () => {
  it('translates a label with a bracketed unit', () => {
    expect(
      describeCbiLabel('الاحتياطيات الأجنبية (مليار دولار)', 'ANNUAL', 1),
    ).toEqual({
      code: 'CBI.FOREIGN_RESERVES.USD_BN',
      labelEn: 'Foreign reserves',
      unit: 'billion US$',
    });
  });

  it('reads a trailing percent sign', () => {
    expect(describeCbiLabel('التضخم الأساس %', 'ANNUAL', 5)).toEqual({
      code: 'CBI.CORE_INFLATION.PCT',
      labelEn: 'Core inflation',
      unit: '%',
    });
  });

  it('keeps a Latin stem', () => {
    expect(describeCbiLabel('M2 (مليار دينار)', 'ANNUAL', 9).code).toBe(
      'CBI.M2.IQD_BN',
    );
  });

  it('drops an unknown unit', () => {
    expect(describeCbiLabel('الذهب (طن)', 'ANNUAL', 3)).toEqual({
      code: 'CBI.GOLD',
      labelEn: 'Gold',
    });
  });

  it('numbers an unknown label', () => {
    expect(
      describeCbiLabel('الدين العام (مليار دينار)', 'FISCAL_MONTHLY', 4),
    ).toEqual({
      code: 'CBI.FISCAL_MONTHLY.4',
      unit: 'billion IQD',
    });
  });
});
