import "server-only";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { requestBudget } from "./budget.ts";
import { complexityLimit } from "./complexity.ts";
import type { Context } from "./context.ts";
import { formatError } from "./errors.ts";
import { inputGuard } from "./input-guard.ts";
import { jitGateway } from "./jit.ts";
import { serviceUnavailableStatus } from "./service-unavailable.ts";
import { requestMetricsPlugin } from "./request-metrics.ts";
import { schema } from "./schema.ts";

const production = process.env.NODE_ENV === "production";

// Depth, alias and directive limits from graphql-armor; the cost limit is ours (complexity.ts),
// because armor's cost model ignores page sizes and grows exponentially with depth. The token
// limit is graphql-js's own parse option: armor's re-parses in a plugin hook, so its refusals (and
// every syntax error) answered HTTP 500. Field suggestions would leak the schema where
// introspection is off.
export const MAX_TOKENS = 4000;
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  costLimit: { enabled: false },
  maxAliases: { n: 30 },
  maxDirectives: { n: 30 },
  maxTokens: { enabled: false },
  blockFieldSuggestion: { enabled: production },
});
const protection = armor.protect();

export function createApolloServer() {
  return new ApolloServer<Context>({
    gateway: jitGateway(schema),
    introspection: !production,
    csrfPrevention: true,
    formatError,
    parseOptions: { maxTokens: MAX_TOKENS },
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      inputGuard,
      complexityLimit,
      requestBudget,
      serviceUnavailableStatus,
      requestMetricsPlugin,
      // We set no cache hints, and the default cache-control plugin halves nested-query throughput.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
