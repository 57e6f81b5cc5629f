import { z } from "zod";

// The pages' Content-Security-Policy has no 'unsafe-eval', so zod's probe for `Function("")`
// (whether it may compile faster parsers) is refused and reported as a violation; it would fall
// back to interpreting anyway, so it is told not to try. Browser only: the server has no CSP and
// keeps the compiled parsers. Imported by app/providers.tsx, before any form parses anything.
if (typeof window !== "undefined") z.config({ jitless: true });
