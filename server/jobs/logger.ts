import "server-only";
import { Logger } from "graphile-worker";

// graphile-worker logs every job start and finish at info level: too chatty for a web server's
// log. Keep warnings and errors (a failed job, a runner that lost its connection), prefixed [jobs].
export const jobLogger = new Logger((scope) => (level, message) => {
  if (level !== "error" && level !== "warning") return;
  const where = scope.taskIdentifier ? ` ${scope.taskIdentifier}${scope.jobId ? `#${scope.jobId}` : ""}` : "";
  (level === "error" ? console.error : console.warn)(`[jobs]${where} ${message}`);
});
