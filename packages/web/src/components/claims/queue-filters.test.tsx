import { afterEach, describe, expect, it, vi } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { maskFragments } from "gql.tada";
import { parseQueueParams, QueueFilters, QueueFilters_QueryFragment, serializeQueueParams, type QueueParams } from "./queue-filters";
import { toFilter } from "../../pages/claim-queue-page";

afterEach(cleanup);

const query = maskFragments([QueueFilters_QueryFragment], {
  events: { edges: [] },
  users: {
    edges: [{ node: { id: "u1", name: "Rana Haddad" } }, { node: { id: "u2", name: "Sam Okafor" } }],
  },
});

function renderFilters(search: string) {
  const onChange = vi.fn<(next: QueueParams) => void>();
  render(<QueueFilters query={query} params={parseQueueParams(search)} onChange={onChange} open />);
  return onChange;
}

describe("the queue's assignee filters", () => {
  it("lists the claims nobody is assigned to, from the URL to the query and back", () => {
    const params = parseQueueParams("?unassigned=1");
    expect(params).toMatchObject({ unassigned: true, mine: false, assignee: "" });
    expect(serializeQueueParams(params)).toBe("?unassigned=1");
    expect(toFilter(params)).toEqual({ unassigned: true });
    // An old link asking for "me" (or a colleague) and for nobody keeps the person, as "me" wins over a colleague.
    expect(parseQueueParams("?mine=1&unassigned=1")).toMatchObject({ mine: true, unassigned: false });
    expect(parseQueueParams("?assignee=u2&unassigned=1")).toMatchObject({ assignee: "u2", unassigned: false });
  });

  it("'Unassigned' replaces 'Assigned to me' and a chosen colleague, and each of them replaces it", () => {
    let onChange = renderFilters("?mine=1");
    fireEvent.change(screen.getByLabelText("Assignee"), {
      target: { value: screen.getByRole("option", { name: "Unassigned" }).getAttribute("value") },
    });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ unassigned: true, mine: false, assignee: "" }));
    cleanup();

    onChange = renderFilters("?unassigned=1");
    expect((screen.getByRole("option", { name: "Unassigned" }) as HTMLOptionElement).selected).toBe(true);
    fireEvent.click(screen.getByLabelText("Assigned to me"));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ unassigned: false, mine: true, assignee: "" }));
    fireEvent.change(screen.getByLabelText("Assignee"), { target: { value: "u2" } });
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ unassigned: false, mine: false, assignee: "u2" }));
    fireEvent.click(screen.getByRole("button", { name: "Clear filters" }));
    expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ unassigned: false, mine: false, assignee: "" }));
  });
});
