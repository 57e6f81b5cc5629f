import type { NextConfig } from "next";
import { FIXED_SECURITY_HEADERS, FORWARDED_HTTPS_PATTERN, STRICT_TRANSPORT_SECURITY } from "./server/security-headers.ts";

const nextConfig: NextConfig = {
  // Native/WASM database drivers must be loaded by Node at run time, not bundled. graphql too: the
  // bundle would hold both its ESM and CommonJS builds, and graphql-jit (CommonJS) would check
  // types against the other copy than the schema's; loaded by Node, there is one.
  serverExternalPackages: [
    "graphql",
    "graphql-jit",
    "pg",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/client",
    // Email (server/email): mjml reads its components and configuration at run time.
    "mjml",
    "nodemailer",
    // The job queue (server/jobs): graphile-worker loads its SQL migrations and options at run time.
    "graphile-worker",
  ],
  poweredByHeader: false,
  typedRoutes: false,
  // Every response, API and static files included; pages also get a CSP from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: [...FIXED_SECURITY_HEADERS] },
      {
        source: "/:path*",
        has: [{ type: "header", key: "x-forwarded-proto", value: FORWARDED_HTTPS_PATTERN }],
        headers: [STRICT_TRANSPORT_SECURITY],
      },
    ];
  },
};

export default nextConfig;
