import { GraphQLError } from 'graphql';

/**
 * Machine-readable error codes shared by every subgraph and the gateway.
 * Clients branch on `extensions.code`; the message is for people.
 */
export const ErrorCode = {
  BadUserInput: 'BAD_USER_INPUT',
  NotFound: 'NOT_FOUND',
  Unauthenticated: 'UNAUTHENTICATED',
  Forbidden: 'FORBIDDEN',
  NoData: 'NO_DATA',
  InvalidSourceFile: 'INVALID_SOURCE_FILE',
} as const;

export type ErrorCodeValue = (typeof ErrorCode)[keyof typeof ErrorCode];

/** Raises a GraphQL error for an argument a client sent, naming it and the fix. */
export function badInput(argument: string, message: string): GraphQLError {
  return new GraphQLError(message, {
    extensions: { code: ErrorCode.BadUserInput, argument },
  });
}

/** Raises a GraphQL error with a code from `ErrorCode`. */
export function codedError(
  code: ErrorCodeValue,
  message: string,
): GraphQLError {
  return new GraphQLError(message, { extensions: { code } });
}

/**
 * Quotes a client's value for an error message, cut to 60 characters so a
 * huge value does not make a huge response.
 */
export function quote(value: string): string {
  const text = value.length > 60 ? `${value.slice(0, 60)}…` : value;
  return JSON.stringify(text);
}
