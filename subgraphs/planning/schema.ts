import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../kit/graphql/federation';
import {
  DistrictResolver,
  SubDistrictResolver,
  districtReference,
} from './district/district.resolver';
import {
  GovernorateResolver,
  governorateReference,
} from './governorate/governorate.resolver';

/** Builds the planning subgraph schema. */
export function buildPlanningSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [GovernorateResolver, DistrictResolver, SubDistrictResolver],
    referenceResolvers: { ...governorateReference, ...districtReference },
  });
}
