import { parse } from 'graphql';
import { EXAMPLE_QUERIES } from './explorer/examples';
import { documentCost, documentDepth } from './limits';

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

describe('documentCost', () => {
  it('counts each field once per item of the pages above it', () => {
    const document = parse(
      '{ healthFacilities(first: 100) { edges { node { name governorate { name } } } } }',
    );

    // 1 (healthFacilities) + 100 × (edges, node, name, governorate, name)
    expect(documentCost(document, {})).toBe(501);
  });

  it('reads first from variables and defaults to 20 for edges', () => {
    const withVariable = parse(
      'query ($n: Int) { governorates(first: $n) { edges { node { code } } } }',
    );
    const withDefault = parse('{ governorates { edges { node { code } } } }');

    expect(documentCost(withVariable, { n: 5 })).toBe(16);
    expect(documentCost(withDefault, {})).toBe(61);
  });

  it('counts every alias', () => {
    const aliases = Array.from(
      { length: 500 },
      (_, i) =>
        `a${i}: indicators(first: 100) { edges { node { observations(first: 100) { edges { node { value } } } } } }`,
    );

    expect(documentCost(parse(`{ ${aliases.join(' ')} }`), {})).toBe(
      500 * (1 + 100 * 3 + 100 * 100 * 3),
    );
  });

  it.each(EXAMPLE_QUERIES.map((e) => [e.title, e.query]))(
    'keeps the example "%s" under 20000',
    (_, query) => {
      expect(documentCost(parse(query), {})).toBeLessThan(20_000);
    },
  );
});
