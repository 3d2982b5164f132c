import { registerEnumType } from 'type-graphql';

/** Reconciliation step that tied a source district spelling to a COD-AB 2019 district. */
export enum MatchMethod {
  CODE = 'code',
  NAME = 'name',
  ALIAS = 'alias',
  UNMATCHED = 'unmatched',
}

registerEnumType(MatchMethod, {
  name: 'MatchMethod',
  description:
    "How a source district spelling was tied to an official COD-AB 2019 district. CODE: the source's own 2019 P-code. NAME: the normalised English or Arabic name. ALIAS: a reviewed alias table entry, each checked against the district polygons. UNMATCHED: none fitted, so the row has no district.",
  valuesConfig: {
    CODE: { description: "Matched by the source's own 2019 P-code." },
    NAME: { description: 'Matched by the normalised English or Arabic name.' },
    ALIAS: { description: 'Matched through the reviewed alias table.' },
    UNMATCHED: {
      description:
        'No official district fits, so the row keeps its source names only.',
    },
  },
});
