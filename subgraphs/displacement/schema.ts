import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../kit/graphql/federation';
import { CampResolver } from './camp/camp.resolver';
import {
  IdpLocationResolver,
  ReturneeLocationResolver,
} from './location/location.resolver';
import { MatchReportResolver } from './match-report/match-report.resolver';
import { DistrictDisplacementResolver } from './place/district.resolver';
import { GovernorateDisplacementResolver } from './place/governorate.resolver';

/**
 * Builds the displacement subgraph schema. `Governorate` and `District` are
 * resolvable stubs of the planning subgraph's entities, so they need no
 * reference resolver: the representation is the object.
 */
export function buildDisplacementSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      GovernorateDisplacementResolver,
      DistrictDisplacementResolver,
      CampResolver,
      IdpLocationResolver,
      ReturneeLocationResolver,
      MatchReportResolver,
    ],
  });
}
