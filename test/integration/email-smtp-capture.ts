import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

// An SMTP server in the test process: every message Waymark sends over real SMTP lands here,
// with the envelope the client gave and the parts decoded (enough MIME for nodemailer's output).

export interface CapturedMail {
  from: string;
  to: string[];
  headers: Map<string, string>;
  subject: string;
  text: string;
  html: string;
}

function decodePart(encoding: string | undefined, body: string): string {
  if (encoding === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (encoding === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-F]{2})/gi, (_m, hex: string) => `%${hex}`);
    // Percent-decode byte by byte so multi-byte UTF-8 characters come back whole.
    return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, "%25"));
  }
  return body;
}

function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, " ").split(/\r?\n/)) {
    const at = line.indexOf(":");
    if (at > 0) headers.set(line.slice(0, at).trim().toLowerCase(), line.slice(at + 1).trim());
  }
  return headers;
}

function splitHead(raw: string): [string, string] {
  const at = raw.search(/\r?\n\r?\n/);
  return at < 0 ? [raw, ""] : [raw.slice(0, at), raw.slice(at).replace(/^\r?\n\r?\n/, "")];
}

/** RFC 2047 encoded words (nodemailer encodes subjects with non-ASCII characters). */
function decodeWords(value: string): string {
  return value.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_m, kind: string, text: string) =>
    kind.toLowerCase() === "b" ? Buffer.from(text, "base64").toString("utf8") : decodePart("quoted-printable", text.replace(/_/g, " ")),
  );
}

function parse(raw: string, envelope: { from: string; to: string[] }): CapturedMail {
  const [head, body] = splitHead(raw);
  const headers = parseHeaders(head);
  const parts = { text: "", html: "" };
  const boundary = /boundary="?([^";]+)"?/.exec(headers.get("content-type") ?? "")?.[1];
  const chunks = boundary ? body.split(`--${boundary}`).slice(1, -1) : [raw];
  for (const chunk of chunks) {
    const [partHead, partBody] = splitHead(chunk.replace(/^\r?\n/, ""));
    const partHeaders = parseHeaders(partHead);
    const type = partHeaders.get("content-type") ?? "";
    const content = decodePart(partHeaders.get("content-transfer-encoding"), partBody.replace(/\r?\n$/, ""));
    if (type.startsWith("text/plain")) parts.text = content;
    if (type.startsWith("text/html")) parts.html = content;
  }
  return { ...envelope, headers, subject: decodeWords(headers.get("subject") ?? ""), ...parts };
}

export interface SmtpCapture {
  url: string;
  messages: CapturedMail[];
  close(): Promise<void>;
}

export async function startSmtpCapture(): Promise<SmtpCapture> {
  const messages: CapturedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const envelope = {
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
        };
        messages.push(parse(Buffer.concat(chunks).toString("utf8"), envelope));
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as AddressInfo;
  return { url: `smtp://127.0.0.1:${port}`, messages, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
