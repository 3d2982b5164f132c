import {
  isArabicText,
  normaliseArabicName,
  normaliseEnglishName,
  normalisePlaceName,
} from './names';

describe('normaliseEnglishName', () => {
  test.each([
    ['Al-Mahaweel', 'Al Mahawil'],
    ['Shat Al-Arab', 'Shatt Al-Arab'],
    ["Ba'quba", 'Baquba'],
    ['Al-Sulaymaniyah', 'Sulaymaniya'],
    ['Al-Adhamiya', 'Adhamia'],
    ['Baladruz', 'Baladrooz'],
    ['Makhmour', 'Makhmur'],
    ['Salah Al-Din', 'Salah ad-Din'],
    ['Al-Qadissiya', 'Qadissiya'],
    ['Thi Qar', 'Thi-Qar'],
    ['El-Kut', 'KUT'],
  ])('matches "%s" with "%s"', (official, source) => {
    expect(normaliseEnglishName(source)).toBe(normaliseEnglishName(official));
  });

  test('keeps an article that is the whole name', () => {
    expect(normaliseEnglishName('Al')).toBe('al');
  });

  test('keeps digits that distinguish parts', () => {
    expect(normaliseEnglishName('Thawra1')).not.toBe(
      normaliseEnglishName('Thawra2'),
    );
  });

  test('strips accents', () => {
    expect(normaliseEnglishName('Nīnawá')).toBe('ninawa');
  });
});

describe('normaliseArabicName', () => {
  test.each([
    ['أربيل', 'اربيل'],
    ['الأنبار', 'الانبار'],
    ['آمرلي', 'امرلي'],
    ['إسكندرية', 'اسكندرية'],
    ['البصرة', 'البصره'],
    ['نينوى', 'نينوي'],
    ['سامراء', 'سامرا'],
    ['الموصل', 'موصل'],
    ['الموصل', 'ال موصل'],
    ['بغداد', 'بـغـداد'],
    ['بَغْدَاد', 'بغداد'],
    ['عين التمر', 'عين  التمر'],
    ['\u00a0المناذرة', 'المناذرة'],
    ['كركوك', 'کرکوک'],
    ['ديالى', 'دیالی'],
    ['حي 2', 'حي ٢'],
  ])('matches "%s" with "%s"', (left, right) => {
    expect(normaliseArabicName(right)).toBe(normaliseArabicName(left));
  });

  test('folds hamza carriers', () => {
    expect(normaliseArabicName('مؤسسة')).toBe(normaliseArabicName('موسسة'));
  });

  test('keeps a word that only starts like the article', () => {
    expect(normaliseArabicName('الف')).toBe('الف');
  });
});

describe('normalisePlaceName', () => {
  test('uses the Arabic rules for Arabic text', () => {
    expect(normalisePlaceName('الأنبار')).toBe(normaliseArabicName('الانبار'));
  });

  test('uses the English rules for Latin text', () => {
    expect(normalisePlaceName('Al-Anbar')).toBe('anbar');
  });

  test('detects Arabic letters', () => {
    expect(isArabicText('Mosul الموصل')).toBe(true);
  });
});
