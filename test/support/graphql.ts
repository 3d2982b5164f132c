import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import {
  countQueries,
  currentQueryCount,
} from '../../subgraphs/kit/db/query-counter';
import { Language } from '../../subgraphs/kit/graphql/language';

/** Result of `executeCounted`: the GraphQL result and the SQL statements it cost. */
export interface CountedResult {
  data: Record<string, unknown> | null | undefined;
  errors:
    | readonly { message: string; extensions?: Record<string, unknown> }[]
    | undefined;
  queries: number;
}

/** Executes a query against a subgraph schema in-process, counting SQL statements. */
export function executeCounted(
  schema: GraphQLSchema,
  dataSource: DataSource,
  createLoaders: (dataSource: DataSource) => unknown,
  source: string,
  variables: Record<string, unknown> = {},
  language: Language = Language.EN,
): Promise<CountedResult> {
  return countQueries(async () => {
    const result = await graphql({
      schema,
      source,
      variableValues: variables,
      contextValue: {
        language,
        requestId: 'test',
        loaders: createLoaders(dataSource),
        ministryId: undefined,
        dataSource,
      },
    });
    return {
      data: result.data as Record<string, unknown> | null | undefined,
      errors: result.errors?.map((e) => ({
        message: e.message,
        extensions: e.extensions,
      })),
      queries: currentQueryCount(),
    };
  });
}
