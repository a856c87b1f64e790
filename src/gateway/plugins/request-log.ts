import type { ApolloServerPlugin } from '@apollo/server';
import type { GatewayContext } from '../request/context';
import { REQUEST_ID_HEADER, type Logger } from '../observability/logger';
import { outcomeOf } from './metrics';

export interface RequestLogOptions {
  /** Where the one line per GraphQL request goes (level info). */
  logger: Logger;
}

/**
 * Who made the request, as a short string: the context's `principal` (set by authentication, when configured) by its
 * id, `sub`, `subject` or `name`. Never the whole object, which may hold the token it came from.
 */
export function principalOf(context: object | undefined): string | undefined {
  const principal = (context as { principal?: unknown } | undefined)?.principal;
  if (typeof principal === 'string') return principal;
  if (!principal || typeof principal !== 'object') return undefined;
  for (const key of ['id', 'sub', 'subject', 'name']) {
    const value = (principal as Record<string, unknown>)[key];
    if (typeof value === 'string') return value;
  }
  return undefined;
}

/**
 * One JSON line per GraphQL request: request id, operation name, principal, outcome, error codes, cost (the response's
 * `extensions.cost`), AWS calls and duration. Variables and error messages stay out: they may carry secrets.
 */
export function requestLogPlugin({ logger }: RequestLogOptions): ApolloServerPlugin<GatewayContext> {
  return {
    async requestDidStart({ request }) {
      const started = process.hrtime.bigint();
      const requestId = request.http?.headers.get(REQUEST_ID_HEADER);
      return {
        async willSendResponse(requestContext) {
          const { body } = requestContext.response;
          const result = body.kind === 'single' ? body.singleResult : body.initialResult;
          const meter = requestContext.contextValue.upstream?.meter;
          const codes = (result.errors ?? []).map((e) => e.extensions?.code).filter((c): c is string => typeof c === 'string');
          logger.info(
            {
              requestId,
              operationName: requestContext.operationName ?? null,
              principal: principalOf(requestContext.contextValue) ?? null,
              outcome: outcomeOf(requestContext),
              ...(codes.length ? { errorCodes: [...new Set(codes)] } : {}),
              cost: result.extensions?.cost ?? null,
              awsCalls: meter?.calls ?? 0,
              durationMs: Math.round(Number(process.hrtime.bigint() - started) / 1e4) / 100,
            },
            'graphql request',
          );
        },
      };
    },
  };
}
