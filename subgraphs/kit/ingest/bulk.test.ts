import { copyText } from './bulk';

describe('copyText', () => {
  it.each([
    [null, '\\N'],
    [undefined, '\\N'],
    ['plain', 'plain'],
    ['a\tb\nc\rd\\e', 'a\\tb\\nc\\rd\\\\e'],
    [42, '42'],
    [new Date('2019-06-03T00:00:00Z'), '2019-06-03T00:00:00.000Z'],
    [{ level: 'national' }, '{"level":"national"}'],
  ])('encodes %p', (value, expected) => {
    expect(copyText(value)).toBe(expected);
  });
});
