import { describe, expect, it } from "vitest";
import { extractArticle } from "./index.js";

const publishedAt = new Date("2025-03-12T09:00:00Z");
const scopeOf = (sentence: string) => extractArticle({ text: sentence, publishedAt }).figures.map((f) => [f.statedText, f.scope]);

describe("running totals and incident counts", () => {
  it.each([
    ["since a date", "At least 1,300 people have been killed since Thursday.", "At least 1,300 people"],
    ["since an event", "Three bodies have been pulled out of the lake since the sinking.", "Three bodies"],
    ["over a period up to now", "At least 30 people have been killed over the last three days in Bangui.", "At least 30 people"],
    ["a toll that has grown", "The death toll from the earthquake in Ecuador has risen to 654, officials said.", "654"],
    ["a toll that has grown, said about one incident", "The death toll from Tuesday's blast rose to 40 on Wednesday.", "40"],
    ["a total so far", "The health ministry said 4,581 people have been infected so far.", "4,581 people"],
  ])("a running total: %s", (_how, sentence, stated) => {
    expect(scopeOf(sentence)).toContainEqual([stated, "CUMULATIVE"]);
  });

  it.each([
    ["one named day", "Five people were killed on Wednesday in the Damascus suburb of Douma.", "Five people"],
    ["a named attack", "Pakistani officials say three people have been killed in a suicide bombing outside a press club.", "three people"],
    ["an accident's consequence", "A five-story building has collapsed in Dhaka, killing at least 20 people.", "at least 20 people"],
    ["ranked, not counted since", "The derailment on Wednesday killed 80 people, the deadliest since 1944.", "80 people"],
  ])("one incident: %s", (_how, sentence, stated) => {
    expect(scopeOf(sentence)).toContainEqual([stated, "INCIDENT"]);
  });

  it("says neither when the words do not", () => {
    expect(scopeOf("Thousands have been evacuated from the coast.")).toEqual([["Thousands", null]]);
  });

  it("reads the statement's own words, not the day it was said on", () => {
    expect(scopeOf("The ministry said on Tuesday that at least 1,300 people have been killed in the war.")).toEqual([
      ["at least 1,300 people", null],
    ]);
  });
});
