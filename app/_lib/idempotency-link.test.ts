import { describe, expect, it } from "vitest";
import { ApolloClient, ApolloLink, gql, InMemoryCache } from "@apollo/client";
import { Observable } from "rxjs";
import { idempotentMutations } from "./idempotency-link";

/** A client whose "server" records each request's headers and fails the first `failures` with a network error. */
function clientFailing(failures: number) {
  const sent: Record<string, string>[] = [];
  const server = new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        sent.push({ ...(operation.getContext().headers as Record<string, string> | undefined) });
        if (sent.length <= failures) observer.error(new TypeError("fetch failed"));
        else {
          observer.next({ data: { ok: true } });
          observer.complete();
        }
      }),
  );
  return { client: new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.from([idempotentMutations, server]) }), sent };
}

const MUTATION = gql`mutation Save { ok }`;

describe("idempotentMutations", () => {
  it("sends one key per mutation call, the same on its retries, another on the next call", async () => {
    const { client, sent } = clientFailing(1);
    await client.mutate({ mutation: MUTATION });
    expect(sent).toHaveLength(2);
    const key = sent[0]!["idempotency-key"];
    expect(key).toMatch(/^[0-9a-f]{32}$/);
    expect(sent[1]!["idempotency-key"]).toBe(key);

    await client.mutate({ mutation: MUTATION });
    expect(sent[2]!["idempotency-key"]).not.toBe(key);
  });

  it("queries carry no key and are not retried", async () => {
    const { client, sent } = clientFailing(1);
    await expect(client.query({ query: gql`query Q { ok }`, fetchPolicy: "network-only" })).rejects.toThrow();
    expect(sent).toEqual([{}]);
  });
});
