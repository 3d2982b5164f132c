import { Language, negotiateLanguage, pickText } from './language';

describe('negotiateLanguage', () => {
  it.each([
    [undefined, Language.EN],
    ['', Language.EN],
    ['ar-IQ', Language.AR],
    ['ckb', Language.CKB],
    ['ku-Arab-IQ', Language.CKB],
    ['fr-FR, ar;q=0.8, en;q=0.9', Language.EN],
    ['fr-FR, ar;q=0.9, en;q=0.8', Language.AR],
    ['en;q=0, ar;q=0.1', Language.AR],
    ['de, fr', Language.EN],
  ])('reads %p as %p', (header, expected) => {
    expect(negotiateLanguage(header)).toBe(expected);
  });
});

describe('pickText', () => {
  it('returns the requested language', () => {
    expect(pickText({ en: 'Basra', ar: 'البصرة' }, Language.AR, 'IQ-BA')).toBe(
      'البصرة',
    );
  });

  it('falls back from Kurdish to Arabic before English', () => {
    expect(
      pickText({ en: 'Basra', ar: 'البصرة', ckb: ' ' }, Language.CKB, 'IQ-BA'),
    ).toBe('البصرة');
  });

  it('falls back from English to Arabic', () => {
    expect(pickText({ en: null, ar: 'البصرة' }, Language.EN, 'IQ-BA')).toBe(
      'البصرة',
    );
  });

  it('never returns an empty string', () => {
    expect(
      pickText({ en: '', ar: '  ', ckb: null }, Language.EN, 'IQ-BA'),
    ).toBe('IQ-BA');
  });
});
