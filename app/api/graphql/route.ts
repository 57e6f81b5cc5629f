import { startServerAndCreateNextHandler } from "@as-integrations/next";
import { NextRequest } from "next/server";
import { type Context, createContext } from "../../../graphql/context.ts";
import { createApolloServer } from "../../../graphql/server.ts";

const handler = startServerAndCreateNextHandler<NextRequest, Context>(createApolloServer(), {
  context: createContext,
});

// The integration reads a JSON body only when content-type is exactly "application/json";
// many clients add "; charset=utf-8", so drop media-type parameters before handing it over.
function withPlainJsonContentType(req: NextRequest): NextRequest {
  const contentType = req.headers.get("content-type");
  if (!contentType || contentType === "application/json") return req;
  if (contentType.split(";")[0]!.trim().toLowerCase() !== "application/json") return req;
  const headers = new Headers(req.headers);
  headers.set("content-type", "application/json");
  return new NextRequest(req.url, { method: req.method, headers, body: req.body, duplex: "half" } as ConstructorParameters<typeof NextRequest>[1]);
}

export const GET = (req: NextRequest) => handler(req);
export const POST = (req: NextRequest) => handler(withPlainJsonContentType(req));
