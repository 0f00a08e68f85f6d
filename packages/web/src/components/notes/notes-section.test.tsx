import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { Provider } from "urql";
import { maskFragments } from "gql.tada";
import { createUrqlClient } from "../../urql";
import { NotesSection, NotesSection_ClaimFragment } from "./notes-section";

afterEach(cleanup);

const viewer = { id: "u1", role: "REVIEWER" as const };
const note = {
  __typename: "Note",
  id: "n1",
  body: "Ask the ministry for the list.",
  version: 1,
  edited: false,
  createdAt: "2025-03-11T09:00:00.000Z",
  author: { __typename: "User", id: viewer.id, name: "Rana Haddad" },
};

/** A server that answers the thread with the viewer's one note, and the desk's users with nobody. */
function client() {
  const fetchImpl = (async (url: RequestInfo | URL) => {
    const operation = new URL(String(url)).searchParams.get("operationName");
    const data =
      operation === "NoteThread"
        ? {
            claim: {
              __typename: "Claim",
              id: "c1",
              notes: { __typename: "ClaimNotesConnection", totalCount: 1, edges: [{ __typename: "ClaimNotesConnectionEdge", node: note }] },
            },
          }
        : { users: { __typename: "QueryUsersConnection", edges: [] } };
    return new Response(JSON.stringify({ data }), { headers: { "content-type": "application/json" } });
  }) as typeof fetch;
  return createUrqlClient("http://test/graphql", { fetchImpl }).client;
}

const claim = (status: "IN_REVIEW" | "ARCHIVED", mergedInto: { id: string } | null = null) =>
  maskFragments([NotesSection_ClaimFragment], {
    id: "c1",
    status,
    mergedInto,
    notes: { totalCount: 1, edges: [{ node: { id: note.id, version: note.version } }] },
  });

describe("NotesSection", () => {
  it("offers the note form and the author's Edit and Delete on a claim in work", async () => {
    render(
      <Provider value={client()}>
        <NotesSection claim={claim("IN_REVIEW")} viewer={viewer} refetch={() => {}} />
      </Provider>,
    );
    await screen.findByText("Ask the ministry for the list.");
    expect(screen.getByRole("form", { name: "Add a note" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Edit note" })).toBeTruthy();
    expect(screen.getByRole("button", { name: "Delete note" })).toBeTruthy();
  });

  it("offers no note form and no Edit on an archived claim, and says why; the author may still delete", async () => {
    render(
      <Provider value={client()}>
        <NotesSection claim={claim("ARCHIVED")} viewer={viewer} refetch={() => {}} />
      </Provider>,
    );
    await screen.findByText("Ask the ministry for the list.");
    expect(screen.queryByRole("form", { name: "Add a note" })).toBeNull();
    expect(screen.queryByRole("button", { name: "Edit note" })).toBeNull();
    expect(screen.getByRole("button", { name: "Delete note" })).toBeTruthy();
    expect(screen.getByText(/This claim is archived, so it takes no new notes/)).toBeTruthy();
  });

  it("points a merged claim's discussion to the claim it was merged into", async () => {
    render(
      <Provider value={client()}>
        <NotesSection claim={claim("ARCHIVED", { id: "kept" })} viewer={viewer} refetch={() => {}} />
      </Provider>,
    );
    await screen.findByText("Ask the ministry for the list.");
    expect(screen.queryByRole("form", { name: "Add a note" })).toBeNull();
    expect(screen.getByRole("link", { name: "the claim it was merged into" }).getAttribute("href")).toBe("/claims/kept");
  });
});
