import { applyUnsubscribe } from "@/server/email/unsubscribe.ts";

// Applies an unsubscribe link (server/email/unsubscribe.ts). Two callers:
// - mail clients, by RFC 8058 one-click (List-Unsubscribe-Post): POST with the token in the URL;
// - the confirmation form of /unsubscribe (works without JavaScript): then back to that page,
//   which shows the new state.
// Anyone holding the signed link may do this; nothing else is accepted.
export async function POST(request: Request) {
  const url = new URL(request.url);
  const form = await request.formData().catch(() => null);
  const token = url.searchParams.get("token") ?? String(form?.get("token") ?? "");
  const applied = await applyUnsubscribe(token);
  if (form?.get("from") === "page") {
    return new Response(null, { status: 303, headers: { location: `/unsubscribe?token=${encodeURIComponent(token)}` } });
  }
  return new Response(applied ? "Unsubscribed.\n" : "This unsubscribe link is not valid.\n", {
    status: applied ? 200 : 400,
    headers: { "content-type": "text/plain; charset=utf-8" },
  });
}
