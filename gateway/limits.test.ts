import { parse } from 'graphql';
import { documentDepth } from './limits';

describe('documentDepth', () => {
  it('counts nested fields', () => {
    expect(
      documentDepth(
        parse(
          '{ governorate(code: "IQ-BA") { districts { edges { node { pcode } } } } }',
        ),
      ),
    ).toBe(5);
  });

  it('follows fragments and inline fragments', () => {
    const document = parse(`
      { governorates { edges { node { ...G } } } }
      fragment G on Governorate { ... on Governorate { districts { totalCount } } }`);

    expect(documentDepth(document)).toBe(5);
  });

  it('does not loop on a fragment that spreads itself', () => {
    const document = parse('{ a { ...F } } fragment F on A { b { ...F } }');

    expect(documentDepth(document)).toBe(2);
  });
});
