/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native/WASM database drivers must be loaded by Node at run time, not bundled.
  serverExternalPackages: [
    "pg",
    "@electric-sql/pglite",
    "pglite-prisma-adapter",
    "@prisma/adapter-pg",
    "@prisma/client",
  ],
  poweredByHeader: false,
  typedRoutes: false,
};

export default nextConfig;
