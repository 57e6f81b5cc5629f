import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError } from "graphql";
import { type ComplexityEstimator, getComplexity, simpleEstimator } from "graphql-query-complexity";
import { limitCodes } from "./errors.ts";

// Roughly "how many values will this query resolve": a connection multiplies the cost of its
// selection by the page size asked for (or the default page size), every other field costs 1.
export const MAX_COMPLEXITY = 25_000;
const DEFAULT_PAGE_SIZE = 50;

const connectionEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (!field.type.toString().endsWith("Connection!") && !field.type.toString().endsWith("Connection")) return undefined;
  const pageSize = Number(args.first ?? args.last ?? DEFAULT_PAGE_SIZE);
  return 1 + Math.max(1, pageSize) * childComplexity;
};

export const complexityLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request, document, schema }) {
        let complexity: number;
        try {
          complexity = getComplexity({
            schema,
            query: document,
            operationName: request.operationName,
            variables: request.variables,
            estimators: [connectionEstimator, simpleEstimator({ defaultComplexity: 1 })],
          });
        } catch {
          // Variables that don't coerce: execution reports them as BAD_USER_INPUT, naming the variable.
          return;
        }
        if (complexity > MAX_COMPLEXITY) {
          throw new GraphQLError(`Query is too complex (${complexity}; the limit is ${MAX_COMPLEXITY}). Ask for fewer fields or smaller pages.`, {
            // A request error, not a server failure: 400 under either response media type.
            extensions: { code: limitCodes.complexity, limit: MAX_COMPLEXITY, http: { status: 400 } },
          });
        }
      },
    };
  },
};
