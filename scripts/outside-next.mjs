// Server modules start with `import "server-only"`, which throws unless resolved under the
// "react-server" export condition, as Next resolves it for server code (to an empty module). Scripts
// that import server modules outside Next (migrate, seed, schema, bench) run with that condition:
//   tsx --conditions=react-server scripts/….ts        (package.json scripts do this)
// Vitest aliases "server-only" to its empty module instead (vitest.config.ts).
export const REACT_SERVER_CONDITION = "--conditions=react-server";

/** node arguments that run a TypeScript file as tsx does, as server code (start.mjs). */
export const TSX_NODE_ARGS = ["--import", "tsx", REACT_SERVER_CONDITION];
