import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../kit/graphql/federation';
import {
  HealthFacilityResolver,
  healthFacilityReference,
} from './facility/facility.resolver';
import {
  DistrictHealthResolver,
  GovernorateHealthResolver,
} from './place/place.resolver';

/**
 * Builds the health subgraph schema. `Governorate` and `District` are
 * resolvable stubs of the planning subgraph's entities, so they need no
 * reference resolver: the representation is the object.
 */
export function buildHealthSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      HealthFacilityResolver,
      GovernorateHealthResolver,
      DistrictHealthResolver,
    ],
    referenceResolvers: healthFacilityReference,
  });
}
