import { registerEnumType } from 'type-graphql';

/** Sheet of the CCCM camp master list a site comes from. The values are those stored in `camp.kind`. */
export enum CampKind {
  FORMAL = 'formal',
  INFORMAL = 'informal',
}

registerEnumType(CampKind, {
  name: 'CampKind',
  description:
    'Whether a site is a formal camp or an informal site of the CCCM Cluster Iraq list.',
  valuesConfig: {
    FORMAL: { description: 'A formal IDP camp (the list\'s "formal" sheet).' },
    INFORMAL: {
      description:
        'An informal site, such as a collective centre (the list\'s "informal" sheet).',
    },
  },
});
