import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen, waitFor } from "@testing-library/react";
import { ApiKeySecret, curlExample } from "./api-key-secret";
import { scopeName } from "./api-key-scopes";

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

const SECRET = "fdk_abcdefghijkl_0123456789abcdefghijklmnopqrstuvwxyzABCDEFG_-";
const revealed = { secret: SECRET, name: "Platform X tipline", prefix: "fdk_abcdefghijkl" };

describe("ApiKeySecret", () => {
  it("copies the secret to the clipboard", async () => {
    const writeText = vi.fn(async () => {});
    vi.stubGlobal("navigator", { ...navigator, clipboard: { writeText } });
    render(<ApiKeySecret revealed={revealed} onDone={() => {}} />);
    expect(screen.getByRole("heading", { name: "Copy this key now: it will not be shown again" })).toBe(document.activeElement);
    expect((screen.getByLabelText("New API key secret") as HTMLInputElement).readOnly).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toBe("Copied to the clipboard."));
    expect(writeText).toHaveBeenCalledWith(SECRET);
  });

  it("selects the secret for the admin to copy when the browser has no clipboard", async () => {
    vi.stubGlobal("navigator", { ...navigator, clipboard: undefined });
    render(<ApiKeySecret revealed={revealed} onDone={() => {}} />);
    fireEvent.click(screen.getByRole("button", { name: "Copy" }));
    await waitFor(() => expect(screen.getByRole("status").textContent).toMatch(/^The browser would not copy it: the key is selected/));
    const input = screen.getByLabelText<HTMLInputElement>("New API key secret");
    expect(document.activeElement).toBe(input);
    expect([input.selectionStart, input.selectionEnd]).toEqual([0, SECRET.length]);
  });

  it("says which key a rotation replaced and whether it still works", () => {
    render(<ApiKeySecret revealed={{ ...revealed, replaces: { prefix: "fdk_oldoldoldold", graceMinutes: 24 * 60 } }} onDone={() => {}} />);
    expect(screen.getByRole("region").textContent).toContain("replaces fdk_oldoldoldold, which keeps working for 1 day.");
  });
});

describe("API key wording", () => {
  it("writes scopes as partners' documentation does", () => {
    expect(["VERDICTS_READ", "CLAIMS_READ", "FIGURES_READ", "CLAIMS_WRITE"].map((s) => scopeName(s as never))).toEqual([
      "verdicts:read",
      "claims:read",
      "figures:read",
      "claims:write",
    ]);
  });

  it("gives a curl request that asks the API which key it is", () => {
    expect(curlExample(SECRET, "https://desk.example")).toBe(
      `curl -H "Authorization: Bearer ${SECRET}" \\\n` +
        `  -H "content-type: application/json" \\\n` +
        `  -d '{"query":"{ currentApiKey { name scopes } }"}' \\\n` +
        `  https://desk.example/graphql`,
    );
  });
});
