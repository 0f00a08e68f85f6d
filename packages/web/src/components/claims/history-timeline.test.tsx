import { afterEach, describe, expect, it } from "vitest";
import { cleanup, render, screen } from "@testing-library/react";
import { Provider } from "urql";
import { maskFragments } from "gql.tada";
import { createUrqlClient } from "../../urql";
import { HistoryTimeline, HistoryTimeline_AuditEntryFragment, HistoryTimeline_ClaimFragment } from "./history-timeline";

afterEach(cleanup);

const actor = { id: "u1", name: "Rana Haddad" };
const entry = (id: string, action: string, entityType: string, before: unknown, after: unknown) => ({
  cursor: id,
  node: {
    id,
    ...maskFragments([HistoryTimeline_AuditEntryFragment], {
      id,
      action,
      at: "2025-03-11T09:00:00.000Z",
      entityType,
      before,
      after,
      actor,
      changes: [],
    }),
  },
});

describe("HistoryTimeline", () => {
  it("quotes a deleted note, as it quotes removed evidence", () => {
    const claim = maskFragments([HistoryTimeline_ClaimFragment], {
      id: "c1",
      history: {
        edges: [
          entry("a1", "evidence.remove", "Evidence", null, { excerpt: "Convoys reached Baniyas on 9 March." }),
          entry("a2", "note.delete", "Note", { body: "Ask the Red Crescent for the convoy log." }, null),
        ],
        pageInfo: { hasNextPage: false, endCursor: "a2" },
      },
    });
    render(
      <Provider value={createUrqlClient("http://test/graphql").client}>
        <HistoryTimeline claim={claim} />
      </Provider>,
    );
    const items = screen.getAllByRole("listitem").map((li) => li.querySelector("p")?.textContent);
    expect(items).toEqual([
      "Rana Haddad removed evidence · “Convoys reached Baniyas on 9 March.”",
      "Rana Haddad deleted their note · “Ask the Red Crescent for the convoy log.”",
    ]);
  });
});
