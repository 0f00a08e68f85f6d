import { describe, expect, it } from "vitest";
import { findMentions } from "./notes.js";

const users = [
  { id: "sam", name: "Sam" },
  { id: "sam-okafor", name: "Sam Okafor" },
  { id: "leila", name: "Leila Nasser" },
  { id: "zoe", name: "Zoë Dubois" },
];

describe("findMentions", () => {
  it("takes the longest name that fits where a word ends", () => {
    expect(findMentions("@Sam Okafor, can you look?", users)).toEqual(["sam-okafor"]);
    expect(findMentions("Thanks @sam.", users)).toEqual(["sam"]);
    expect(findMentions("@Samantha is not on the desk", users)).toEqual([]);
  });

  it("finds several, each once, in any case and script", () => {
    expect(findMentions("@leila nasser and @Zoë Dubois; again @Leila Nasser", users)).toEqual(["leila", "zoe"]);
  });

  it("does not read an email address or markdown around a name as a mention", () => {
    expect(findMentions("write to desk@Sam or sam@example.org", users)).toEqual([]);
    expect(findMentions("**@Sam Okafor** and (@Leila Nasser)", users)).toEqual(["sam-okafor", "leila"]);
  });

  it("does not read a name in code as a mention: code shows it as written", () => {
    expect(findMentions("Run `notify @Sam Okafor` later, @Leila Nasser", users)).toEqual(["leila"]);
    expect(findMentions("The log:\n```\nping @Sam Okafor\n```\nthen @Sam", users)).toEqual(["sam"]);
    expect(findMentions("~~~text\n@Leila Nasser\n", users)).toEqual([]);
    expect(findMentions("A lone ` tick, then @Sam Okafor", users)).toEqual(["sam-okafor"]);
  });
});
