import type { GraphQLSchema } from 'graphql';
import { buildFederatedSchema } from '../kit/graphql/federation';
import { IndicatorFieldsResolver } from './indicator/indicator-fields.resolver';
import {
  IndicatorResolver,
  indicatorReference,
} from './indicator/indicator.resolver';

/** Builds the indicators subgraph schema. */
export function buildIndicatorsSchema(): Promise<GraphQLSchema> {
  return buildFederatedSchema({
    resolvers: [IndicatorResolver, IndicatorFieldsResolver],
    referenceResolvers: { ...indicatorReference },
  });
}
