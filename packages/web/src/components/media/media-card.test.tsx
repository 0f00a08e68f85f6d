import { afterEach, describe, expect, it } from "vitest";
import { cleanup, fireEvent, render, screen } from "@testing-library/react";
import { maskFragments } from "gql.tada";
import { MediaCard, MediaCard_MediaItemFragment } from "./media-card";

afterEach(cleanup);

const media = (graphic: boolean, kind: "VIDEO" | "IMAGE" = "VIDEO", url: string | null = null) =>
  maskFragments([MediaCard_MediaItemFragment], {
    id: "m1",
    kind,
    url,
    description: "Militants executing civilians in public (as described).",
    hedge: "allegedly depict",
    graphic,
    verification: "UNVERIFIED",
    unverifiedReason: "ORIGINAL_NOT_FOUND",
    firstSeenAt: null,
    firstSeenWhere: "circulating online",
    uploader: null,
    recordedAt: null,
    place: null,
  });

describe("MediaCard", () => {
  it("blurs graphic media by default, hides it from assistive tech, and reveals it only on request", () => {
    render(<MediaCard media={media(true)} />);
    const frame = screen.getByTestId("media-frame");
    expect(frame.dataset.blurred).toBe("true");
    expect(frame.classList.contains("is-blurred")).toBe(true);
    const content = frame.querySelector(".media-content")!;
    expect(content.getAttribute("aria-hidden")).toBe("true");
    expect(content.hasAttribute("inert")).toBe(true);

    fireEvent.click(screen.getByRole("button", { name: "Show graphic content" }));
    expect(frame.dataset.blurred).toBe("false");
    expect(content.hasAttribute("aria-hidden")).toBe(false);

    fireEvent.click(screen.getByRole("button", { name: "Hide graphic content" }));
    expect(frame.dataset.blurred).toBe("true");
  });

  it("does not render a graphic item's image or video (nothing is requested) until Show, and announces the change", () => {
    for (const kind of ["IMAGE", "VIDEO"] as const) {
      const view = render(<MediaCard media={media(true, kind, "https://media.example/file")} />);
      const frame = screen.getByTestId("media-frame");
      expect(frame.querySelector("img, video, [src], [poster]")).toBeNull();
      expect(frame.textContent).toContain("Graphic content.");

      const show = screen.getByRole("button", { name: "Show graphic content" });
      fireEvent.click(show);
      expect(frame.querySelector(kind === "IMAGE" ? "img" : "video")?.getAttribute("src")).toBe("https://media.example/file");
      expect(screen.getByRole("status").textContent).toBe(`Showing the graphic ${kind.toLowerCase()}.`);
      // The keyboard stays on the toggle, which now hides it again.
      expect(document.activeElement).toBe(screen.getByRole("button", { name: "Hide graphic content" }));

      fireEvent.click(screen.getByRole("button", { name: "Hide graphic content" }));
      expect(frame.querySelector("img, video")).toBeNull();
      view.unmount();
    }
  });

  it("shows a non-graphic image at once", () => {
    render(<MediaCard media={media(false, "IMAGE", "https://media.example/photo.jpg")} />);
    expect(screen.getByRole("img", { name: /Militants/ }).getAttribute("src")).toBe("https://media.example/photo.jpg");
  });

  it("starts blurred again on every mount (no remembered reveal)", () => {
    const first = render(<MediaCard media={media(true)} />);
    fireEvent.click(screen.getByRole("button", { name: "Show graphic content" }));
    first.unmount();
    render(<MediaCard media={media(true)} />);
    expect(screen.getByTestId("media-frame").dataset.blurred).toBe("true");
  });

  it("shows non-graphic media without a warning, and a placeholder when there is no file", () => {
    render(<MediaCard media={media(false)} />);
    expect(screen.getByTestId("media-frame").dataset.blurred).toBe("false");
    expect(screen.queryByRole("button", { name: "Show graphic content" })).toBeNull();
    expect(screen.getByText("No file or link on record.")).toBeTruthy();
    expect(screen.getByText("Unverified")).toBeTruthy();
  });
});
