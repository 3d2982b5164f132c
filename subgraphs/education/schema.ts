import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../kit/graphql/federation';
import { CoverageResolver } from './coverage/coverage.resolver';
import { DistrictSchoolsResolver } from './place/district.resolver';
import { GovernorateSchoolsResolver } from './place/governorate.resolver';
import { SchoolResolver, schoolReference } from './school/school.resolver';

/**
 * Builds the education subgraph schema. `Governorate` and `District` are
 * stubs of the planning subgraph's entities, so they need no reference
 * resolver: the representation is the object.
 */
export function buildEducationSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      SchoolResolver,
      GovernorateSchoolsResolver,
      DistrictSchoolsResolver,
      CoverageResolver,
    ],
    referenceResolvers: { ...schoolReference },
  });
}
