import { registerEnumType } from 'type-graphql';

/** Method by which a population figure was obtained. */
export enum PopulationKind {
  CENSUS = 'CENSUS',
  ESTIMATE = 'ESTIMATE',
  PROJECTION = 'PROJECTION',
  REGISTRY = 'REGISTRY',
}

registerEnumType(PopulationKind, {
  name: 'PopulationKind',
  description:
    'CENSUS: a census count. ESTIMATE: an official estimate. PROJECTION: computed forward from an earlier count. REGISTRY: a civil-registry count.',
});
