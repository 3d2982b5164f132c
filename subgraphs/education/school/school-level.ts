import { registerEnumType } from 'type-graphql';

/** Stage of education a school serves, with the same values the source readers return. */
export enum SchoolLevel {
  PRESCHOOL = 'PRESCHOOL',
  PRIMARY = 'PRIMARY',
  SECONDARY = 'SECONDARY',
  TERTIARY = 'TERTIARY',
  OTHER = 'OTHER',
}

/** Source a school record comes from. The value is the prefix of the school id. */
export enum SchoolSource {
  OSM = 'osm',
  OVERTURE = 'overture',
}

registerEnumType(SchoolLevel, {
  name: 'SchoolLevel',
  description: 'Stage of education a school serves.',
  valuesConfig: {
    PRESCHOOL: { description: 'Kindergarten or preschool (ISCED 0).' },
    PRIMARY: { description: 'Primary or elementary school (ISCED 1).' },
    SECONDARY: {
      description:
        'Lower or upper secondary: middle, high or preparatory school (ISCED 2-3).',
    },
    TERTIARY: {
      description: 'College, university or medical school (ISCED 4-8).',
    },
    OTHER: {
      description:
        'Several stages, or outside the general ladder, such as a language or religious school, or a category that names no stage.',
    },
  },
});

registerEnumType(SchoolSource, {
  name: 'SchoolSource',
  description: 'Source a school record comes from.',
  valuesConfig: {
    OSM: { description: 'OpenStreetMap, as exported by Overpass.' },
    OVERTURE: { description: 'Overture Maps Places.' },
  },
});
