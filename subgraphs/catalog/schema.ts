import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../kit/graphql/federation';
import {
  DatasetResolver,
  GovernorateDatasetsResolver,
  datasetReference,
} from './dataset/dataset.resolver';
import {
  MinistryResolver,
  ministryReference,
} from './ministry/ministry.resolver';
import { PublishResolver } from './publish/publish.resolver';

/** Builds the catalog subgraph schema. */
export function buildCatalogSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [
      DatasetResolver,
      GovernorateDatasetsResolver,
      MinistryResolver,
      PublishResolver,
    ],
    referenceResolvers: { ...datasetReference, ...ministryReference },
  });
}
