import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { complexityLimit } from "./complexity.ts";
import type { Context } from "./context.ts";
import { formatError } from "./errors.ts";
import { requestMetricsPlugin } from "./request-metrics.ts";
import { schema } from "./schema.ts";

const production = process.env.NODE_ENV === "production";

// Depth, alias, directive and token limits from graphql-armor; the cost limit is ours
// (complexity.ts), because armor's cost model ignores page sizes and grows exponentially with
// depth. Field suggestions would leak the schema where introspection is off.
const armor = new ApolloArmor({
  maxDepth: { n: 12 },
  costLimit: { enabled: false },
  maxAliases: { n: 30 },
  maxDirectives: { n: 30 },
  maxTokens: { n: 4000 },
  blockFieldSuggestion: { enabled: production },
});
const protection = armor.protect();

export function createApolloServer() {
  return new ApolloServer<Context>({
    schema,
    introspection: !production,
    csrfPrevention: true,
    formatError,
    includeStacktraceInErrorResponses: false,
    validationRules: protection.validationRules,
    plugins: [
      ...protection.plugins,
      complexityLimit,
      requestMetricsPlugin,
      // We set no cache hints, and the default cache-control plugin halves nested-query throughput.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
}
