import { foldForSearch } from './search';

describe('foldForSearch', () => {
  it('unifies Arabic alef, teh marbuta and yeh forms', () => {
    expect(foldForSearch('الإحصاءات السكانية')).toBe(
      foldForSearch('الاحصاءات السكانيه'),
    );
  });

  it('unifies the three Kurdish heh letters', () => {
    expect(foldForSearch('ھەولێر')).toBe(foldForSearch('هەولێر'));
  });

  it('removes diacritics and tatweel', () => {
    expect(foldForSearch('بَغْـــداد')).toBe('بغداد');
  });

  it('folds case and punctuation', () => {
    expect(foldForSearch('  Health-Facilities, 2019! ')).toBe(
      'health facilities 2019',
    );
  });

  it('folds Latin accents', () => {
    expect(foldForSearch('Heälth Éducation')).toBe('health education');
  });
});
