import Link from "next/link";
import { orgHref } from "@/app/_components/goals/paths";
import { tokenizeComment } from "@/domain/mentions";
import type { CommentItem } from "./comment-fields";

/** The API's id of a user (a Relay global id) from the database id a mention token keeps. */
export const userGlobalId = (userId: string) => btoa(`User:${userId}`);

/**
 * A comment's body as React text: mentions show the person's current name (from `mentions`, the
 * members the API resolved) and link to the goals they own; a mention of anyone else reads as the
 * text it was. Links are http(s) only and open in a new tab. Never HTML: nothing in a body can
 * become markup.
 */
export function CommentBody({ comment, slug }: { comment: Pick<CommentItem, "body" | "mentions">; slug: string }) {
  const people = new Map(comment.mentions.map((person) => [person.id, person] as const));
  return (
    <p dir="auto" className="mt-1 text-sm leading-relaxed break-words whitespace-pre-line text-slate-700">
      {tokenizeComment(comment.body).map((token, i) => {
        if (token.kind === "text") return token.text;
        if (token.kind === "link") {
          return (
            <a
              key={i}
              href={token.href}
              target="_blank"
              rel="noopener noreferrer nofollow"
              className="font-medium text-indigo-700 underline decoration-indigo-300 underline-offset-2 hover:decoration-indigo-600"
            >
              {token.text}
            </a>
          );
        }
        const person = people.get(userGlobalId(token.userId));
        if (!person) return `@${token.label}`;
        return (
          <Link
            key={i}
            href={`${orgHref(slug)}?owner=${encodeURIComponent(person.id)}`}
            title={`Goals ${person.name} owns`}
            className="rounded bg-indigo-50 px-0.5 font-medium text-indigo-700 hover:bg-indigo-100 hover:underline"
          >
            @{person.name}
          </Link>
        );
      })}
    </p>
  );
}
