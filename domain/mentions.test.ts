import { describe, expect, it } from "vitest";
import { commentPlainText, encodeMentions, matchPeople, insertMention, mentionedUserIds, mentionQueryAt, mentionToken, tokenizeComment } from "./mentions.ts";

describe("tokenizeComment", () => {
  it("reads mentions and links in one pass, keeping the text between them", () => {
    expect(tokenizeComment("Hi @[Dana Lee](user:ck123), see https://example.com/a?b=1#c.")).toEqual([
      { kind: "text", text: "Hi " },
      { kind: "mention", userId: "ck123", label: "Dana Lee" },
      { kind: "text", text: ", see " },
      { kind: "link", href: "https://example.com/a?b=1#c", text: "https://example.com/a?b=1#c" },
      { kind: "text", text: "." },
    ]);
  });

  it("is plain text when there is nothing to read", () => {
    expect(tokenizeComment("Just words\nand lines")).toEqual([{ kind: "text", text: "Just words\nand lines" }]);
    expect(tokenizeComment("")).toEqual([]);
  });

  it("links only http and https; other schemes stay text", () => {
    for (const body of ["javascript:alert(1)", "data:text/html,<b>x</b>", "ftp://files.test/x", "file:///etc/passwd"]) {
      expect(tokenizeComment(body).every((t) => t.kind === "text"), body).toBe(true);
    }
    expect(tokenizeComment("HTTP://EXAMPLE.COM")[0]).toEqual({ kind: "link", href: "http://example.com/", text: "HTTP://EXAMPLE.COM" });
  });

  it("never lets markup or quotes into a link", () => {
    const tokens = tokenizeComment(`<a href="https://evil.test/x">https://ok.test/"onmouseover="x</a>`);
    const links = tokens.filter((t) => t.kind === "link");
    expect(links).toEqual([
      { kind: "link", href: "https://evil.test/x", text: "https://evil.test/x" },
      { kind: "link", href: "https://ok.test/", text: "https://ok.test/" },
    ]);
    expect(tokens.map((t) => ("text" in t ? t.text : "")).join("")).toBe(`<a href="https://evil.test/x">https://ok.test/"onmouseover="x</a>`);
  });

  it("trims sentence punctuation and unbalanced closing parentheses, keeps balanced ones", () => {
    expect(tokenizeComment("(see https://a.test/x)")[1]).toMatchObject({ text: "https://a.test/x" });
    expect(tokenizeComment("https://en.wikipedia.org/wiki/Foo_(bar)!")[0]).toMatchObject({ text: "https://en.wikipedia.org/wiki/Foo_(bar)" });
    expect(tokenizeComment("Done: https://a.test, thanks")[1]).toMatchObject({ text: "https://a.test" });
  });

  it("leaves a half-written or malformed mention as text", () => {
    for (const body of ["@[Dana](user:)", "@[](user:abc)", "@[Da\nna](user:abc)", "@Dana", "@[Dana](users:abc)"]) {
      expect(tokenizeComment(body).every((t) => t.kind === "text"), body).toBe(true);
    }
  });
});

describe("mentionedUserIds", () => {
  it("lists each mentioned person once, in order", () => {
    expect(mentionedUserIds("@[A](user:a) @[B](user:b) and @[A again](user:a)")).toEqual(["a", "b"]);
    expect(mentionedUserIds("no one, https://x.test/@[A](user:a")).toEqual([]);
  });
});

describe("encodeMentions", () => {
  const dana = { id: "u1", name: "Dana Lee" };
  const dan = { id: "u2", name: "Dan" };

  it("turns the names the author picked into tokens, longest name first, whole words only", () => {
    expect(encodeMentions("@Dana Lee and @Dan, not @Danny", [dan, dana])).toBe("@[Dana Lee](user:u1) and @[Dan](user:u2), not @Danny");
  });

  it("leaves names nobody picked, and keeps tokens already encoded", () => {
    expect(encodeMentions("@Dana Lee", [])).toBe("@Dana Lee");
    const once = encodeMentions("@Dana Lee", [dana]);
    expect(encodeMentions(once, [dana])).toBe(once);
  });

  it("round-trips through the tokenizer", () => {
    expect(mentionedUserIds(encodeMentions("cc @Dana Lee @Dan", [dana, dan]))).toEqual(["u1", "u2"]);
  });

  it("keeps brackets out of a stored label", () => {
    expect(mentionToken({ id: "u3", name: "Sam [ops]" })).toBe("@[Sam  ops](user:u3)");
    expect(tokenizeComment(mentionToken({ id: "u3", name: "Sam [ops]" }))[0]).toMatchObject({ kind: "mention", userId: "u3" });
  });
});

describe("mentionQueryAt and insertMention", () => {
  it("finds the @query being typed at the caret", () => {
    expect(mentionQueryAt("Hi @da", 6)).toEqual({ start: 3, query: "da" });
    expect(mentionQueryAt("@", 1)).toEqual({ start: 0, query: "" });
    expect(mentionQueryAt("Hi @Dana L", 10)).toEqual({ start: 3, query: "Dana L" });
    expect(mentionQueryAt("mail me@example.com", 19)).toBeNull();
    expect(mentionQueryAt("Hi @da ", 7)).toBeNull();
    expect(mentionQueryAt("Hi @da\nx", 8)).toBeNull();
  });

  it("replaces the query with the picked name and puts the caret after it", () => {
    expect(insertMention("Hi @da!", 3, 6, "Dana Lee")).toEqual({ text: "Hi @Dana Lee !", caret: 13 });
    expect(insertMention("@d more", 0, 2, "Dan")).toEqual({ text: "@Dan more", caret: 5 });
  });
});

describe("commentPlainText", () => {
  it("shows mentions by their label and keeps everything else", () => {
    expect(commentPlainText("Thanks @[Dana Lee](user:u1), see https://x.test/a.")).toBe("Thanks @Dana Lee, see https://x.test/a.");
  });
});

describe("matchPeople", () => {
  const people = [{ name: "Dana Lee" }, { name: "Daniel Park" }, { name: "Sam Dalton" }, { name: "Priya" }];

  it("matches the start of the name or of any of its words, ignoring case", () => {
    expect(matchPeople(people, "da").map((p) => p.name)).toEqual(["Dana Lee", "Daniel Park", "Sam Dalton"]);
    expect(matchPeople(people, "LEE").map((p) => p.name)).toEqual(["Dana Lee"]);
    expect(matchPeople(people, "dana l").map((p) => p.name)).toEqual(["Dana Lee"]);
    expect(matchPeople(people, "ana")).toEqual([]);
  });

  it("offers everyone for a bare @, up to the limit", () => {
    expect(matchPeople(people, "", 3)).toHaveLength(3);
  });
});
