import { describe, expect, it } from "vitest";
import { sameSitePath } from "./paths";

describe("the path after signing in", () => {
  const origin = "https://desk.example";
  it.each([
    ["/claims/abc?tab=notes#n1", "/claims/abc?tab=notes#n1"],
    ["/", "/"],
    [null, "/"],
    ["claims", "/"],
    ["//evil.example/x", "/"],
    ["/\\evil.example/x", "/"],
    ["/\\/evil.example", "/"],
    ["https://evil.example/", "/"],
    ["/%2F%2Fevil.example", "/%2F%2Fevil.example"],
  ])("%s → %s", (next, path) => {
    expect(sameSitePath(next, origin)).toBe(path);
  });
});
