import { XMLParser, XMLValidator } from "fast-xml-parser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { anonymous, startTestServer, type SignedInActor, type TestServer } from "../testkit/server.js";
import { ErrorFields, factories, mutate } from "../testkit/factories.js";
import { rawId } from "../testkit/ids.js";
import { structuredDataProblems } from "../testkit/structured-data.js";
import { graphql } from "../testkit/graphql.js";

// What partners, aggregators and search engines read without GraphQL: ClaimReview and MediaReview JSON-LD feeds
// (paged, filtered by date), an Atom feed of verdicts, and a search shaped like Google's Fact Check Tools
// `claims:search`. Every JSON-LD entry is checked against Google's documented properties (testkit/structured-data.ts).

let server: TestServer;
let make: ReturnType<typeof factories>;
let reviewer: SignedInActor, editor: SignedInActor;

const words = ["desalination", "hydrofoil", "sandstorm"] as const;
type Published = Awaited<ReturnType<typeof publish>>;
const published: Published[] = [];

async function publish(word: string, label: "FALSE" | "MISLEADING" | "TRUE" | "UNVERIFIABLE") {
  const claimant = await make.entity(editor, { name: `Minister ${word}` });
  const appearanceUrl = `https://news.example/${word}-${Math.random()}`;
  const claim = await make.claim(reviewer, {
    text: `The ${word} plant delivered water to 40,000 homes last week.`,
    claimant: claimant.id,
    claimantRole: "Water minister",
    claimDate: "2025-03-09T00:00:00.000Z",
    claimDatePrecision: "DAY",
    appearance: {
      source: { url: appearanceUrl },
      excerpt: `The minister said the ${word} plant …`,
    },
  });
  const evidence = await make.evidence(reviewer, claim.id);
  await make.rating(reviewer, claim.id, { label });
  const verdict = await make.verdict(editor, claim.id, [evidence.id], { label, headline: `${label}: the ${word} plant` });
  return { word, label, claim, claimant, verdict, appearanceUrl };
}

async function media(claimId: string, verification: "UNVERIFIED" | "DECONTEXTUALIZED" | "STAGED", url: string, graphic = true) {
  const added = await make.media(editor, claimId, {
    url,
    graphic,
    description: "Bodies in a street; the video is from another city, filmed in 2019",
    place: "Homs",
    recordedAt: "2019-06-01T00:00:00.000Z",
  });
  if (verification === "UNVERIFIED") return added;
  return make.verification(editor, added, verification);
}

const CORRECT = graphql(
  `mutation CorrectForFeed($input: CorrectVerdictInput!) { correctVerdict(input: $input) {
  __typename ... on CorrectVerdictSuccess { verdict { version } } ...ErrorFields } }`,
  [ErrorFields],
);

const get = (path: string) => fetch(`${server.url}${path}`);
const json = async <T>(path: string) => (await (await get(path)).json()) as T;
type ClaimReviewEntry = {
  url: string;
  claimReviewed: string;
  reviewRating: { alternateName: string; ratingValue?: number };
  itemReviewed: { author?: { name: string }; firstAppearance: { url: string } };
};

beforeAll(async () => {
  server = await startTestServer();
  make = factories(server);
  [reviewer, editor] = [await server.createUser("REVIEWER"), await server.createUser("EDITOR")];
  // One after another: each is published later than the one before, so the feeds' order is known.
  published.push(await publish(words[0], "FALSE"));
  published.push(await publish(words[1], "MISLEADING"));
  published.push(await publish(words[2], "UNVERIFIABLE"));
});

afterAll(() => server?.close());

describe("the ClaimReview feed", () => {
  it("lists every published verdict, newest first, as a ClaimReview with Google's required and recommended properties", async () => {
    const feed = await json<ClaimReviewEntry[]>("/claim-reviews.jsonld");
    expect(feed.map((entry) => entry.claimReviewed)).toEqual(
      [...published].reverse().map((p) => `The ${p.word} plant delivered water to 40,000 homes last week.`),
    );
    for (const entry of feed) expect(structuredDataProblems("ClaimReview", entry), JSON.stringify(entry)).toEqual([]);

    const first = feed.at(-1)!;
    expect(first.reviewRating).toMatchObject({ alternateName: "False", ratingValue: 1 });
    expect(first.itemReviewed.author?.name).toBe(`Minister ${words[0]}`);
    expect(first.itemReviewed.firstAppearance.url).toBe(published[0]!.appearanceUrl);
    // Unverifiable has no place on the 1–5 scale: the label alone, no number.
    expect(feed[0]!.reviewRating).toEqual(expect.not.objectContaining({ ratingValue: expect.anything() }));
  });

  it("pages with limit and a Link to the next page, and filters by publication date", async () => {
    const firstPage = await get("/claim-reviews.jsonld?limit=2");
    const pageOne = (await firstPage.json()) as ClaimReviewEntry[];
    expect(pageOne).toHaveLength(2);
    const next = firstPage.headers.get("link")?.match(/^<([^>]+)>; rel="next"$/)?.[1];
    expect(next).toMatch(/^\/claim-reviews\.jsonld\?limit=2&cursor=/);
    const secondPage = await get(next!);
    const pageTwo = (await secondPage.json()) as ClaimReviewEntry[];
    expect(secondPage.headers.get("link")).toBeNull();
    expect([...pageOne, ...pageTwo].map((e) => e.url)).toEqual((await json<ClaimReviewEntry[]>("/claim-reviews.jsonld")).map((e) => e.url));

    const tomorrow = new Date(Date.now() + 24 * 3600 * 1000).toISOString().slice(0, 10);
    expect(await json(`/claim-reviews.jsonld?since=${tomorrow}`)).toEqual([]);
    expect(await json<unknown[]>(`/claim-reviews.jsonld?until=${tomorrow}`)).toHaveLength(3);
  });

  it("follows changes with modifiedSince: a correction to an old fact-check comes first, and nothing unchanged", async () => {
    const oldest = published[0]!;
    const before = new Date().toISOString();
    expect(await json(`/claim-reviews.jsonld?modifiedSince=${before}`)).toEqual([]);
    const corrected = await mutate(server, editor, CORRECT, {
      input: {
        id: oldest.verdict.id,
        expectedVersion: oldest.verdict.version,
        claimText: `The ${oldest.word} plant delivered water to 4,000 homes last week.`,
        reason: "We quoted the wrong figure.",
      },
    });
    oldest.verdict = { ...oldest.verdict, version: corrected.verdict.version };

    const changed = await json<(ClaimReviewEntry & { dateModified?: string })[]>(`/claim-reviews.jsonld?modifiedSince=${before}`);
    expect(changed.map((entry) => entry.claimReviewed)).toEqual([`The ${oldest.word} plant delivered water to 4,000 homes last week.`]);
    expect(Date.parse(changed[0]!.dateModified!)).toBeGreaterThanOrEqual(Date.parse(before));
    // The correction travels with it, as schema.org's CorrectionComment, and in its Atom entry.
    expect((changed[0] as { correction?: unknown }).correction).toEqual([
      { "@type": "CorrectionComment", text: "We quoted the wrong figure.", datePublished: expect.any(String) },
    ]);
    expect(await (await get(`/verdicts.atom?modifiedSince=${before}`)).text()).toMatch(
      /Corrected on \d{4}-\d{2}-\d{2}: We quoted the wrong figure\./,
    );
    // Without it the feed still runs by publication date: the corrected fact-check keeps its place, last.
    expect((await json<ClaimReviewEntry[]>("/claim-reviews.jsonld")).at(-1)!.url).toBe(changed[0]!.url);
    expect((await get("/claim-reviews.jsonld?modifiedSince=last-week")).status).toBe(400);
  });

  it("answers 400 with a reason for a bad limit, date or cursor", async () => {
    for (const query of [
      "limit=0",
      "limit=501",
      "limit=ten",
      "since=yesterday",
      "until=2025-13-45",
      "since=2026-02-30",
      "until=2025-04-31T10:00:00Z",
      "cursor=not-ours",
    ]) {
      const response = await get(`/claim-reviews.jsonld?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ code: "input/invalid_feed_query", error: expect.any(String) });
    }
  });
});

describe("the MediaReview feed", () => {
  it("lists the rated media of published claims as MediaReview, and nothing unrated or unpublished", async () => {
    const target = published[0]!;
    const decontextualized = await media(target.claim.id, "DECONTEXTUALIZED", "https://video.example/street.mp4");
    await media(target.claim.id, "UNVERIFIED", "https://video.example/unrated.mp4");
    const inReview = await make.claim(reviewer);
    await media(inReview.id, "STAGED", "https://video.example/in-review.mp4");
    await media(target.claim.id, "STAGED", "https://video.example/rally.mp4", false);

    type Appearance = { contentUrl: string; contentRating: string };
    const feed =
      await json<{ mediaAuthenticityCategory: string; url: string; itemReviewed: { mediaItemAppearance: Appearance[] } }[]>(
        "/media-reviews.jsonld",
      );
    // Newest verification first; each says whether it is graphic, so a partner can blur it as the desk does.
    expect(feed.map((review) => review.itemReviewed.mediaItemAppearance[0]!)).toEqual([
      expect.objectContaining({ contentUrl: "https://video.example/rally.mp4", contentRating: "not graphic" }),
      expect.objectContaining({ contentUrl: "https://video.example/street.mp4", contentRating: "graphic" }),
    ]);
    for (const review of feed) expect(structuredDataProblems("MediaReview", review), JSON.stringify(review)).toEqual([]);
    expect(feed[1]).toMatchObject({
      mediaAuthenticityCategory: "DecontextualizedContent",
      // Sentences, each ending in a full stop, though the description was saved without one.
      originalMediaContextDescription:
        "Bodies in a street; the video is from another city, filmed in 2019. Recorded in Homs on 2019-06-01.",
    });
    // Its article is the verdict page that reviewed it.
    expect(feed[1]!.url.endsWith(`/verdicts/${target.verdict.id}`)).toBe(true);
    expect(decontextualized.id).toBeTruthy();
    // And that page shows the reviews its MediaReviews mark up, to anyone: the rated items, never the unrated one.
    const page = await server.execute(
      graphql(`query VerdictMediaReviews($id: ID!) { node(id: $id) { ... on Verdict { reviewedMedia { url verification graphic } } } }`),
      { id: target.verdict.id },
      anonymous,
    );
    expect(page.node).toEqual({
      reviewedMedia: expect.arrayContaining([
        { url: "https://video.example/street.mp4", verification: "DECONTEXTUALIZED", graphic: true },
        { url: "https://video.example/rally.mp4", verification: "STAGED", graphic: false },
      ]),
    });
    expect((page.node as { reviewedMedia: unknown[] }).reviewedMedia).toHaveLength(2);
  });
});

describe("the Atom feed of verdicts", () => {
  type AtomFeed = {
    feed: { entry: { title: { "#text": string }; id: string; link: { "@_href": string }; category: { "@_term": string } }[] };
  };
  const atom = async () => {
    const response = await get("/verdicts.atom");
    expect(response.headers.get("content-type")).toMatch(/^application\/atom\+xml/);
    return new XMLParser({ ignoreAttributes: false }).parse(await response.text()) as AtomFeed;
  };

  it("is well-formed Atom with an entry per published verdict linking to its page", async () => {
    const { feed } = await atom();
    expect(feed.entry.map((entry) => entry.title["#text"])).toEqual([...published].reverse().map((p) => `${p.label}: the ${p.word} plant`));
    expect(feed.entry[2]!.link["@_href"]).toBe(feed.entry[2]!.id);
    expect(feed.entry[2]!.category["@_term"]).toBe("FALSE");
  });

  it("keeps a retracted verdict as an entry that says so, which modifiedSince brings to the top", async () => {
    const claim = await make.claim(reviewer);
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id);
    const verdict = await make.verdict(editor, claim.id, [evidence.id], { headline: "Ferry count checked" });
    const before = new Date().toISOString();
    await make.retraction(editor, verdict, "The manifest we relied on was a draft.");

    const response = await get(`/verdicts.atom?modifiedSince=${before}`);
    const { feed } = new XMLParser({ ignoreAttributes: false }).parse(await response.text()) as {
      feed: { entry: AtomFeed["feed"]["entry"][number] & { summary: { "#text": string } } };
    };
    // One entry: fast-xml-parser gives it as an object, not an array.
    expect(feed.entry.id.endsWith(verdict.id)).toBe(true);
    expect(feed.entry.title["#text"]).toBe("Retracted: Ferry count checked");
    expect(feed.entry.summary["#text"]).toBe("This fact-check was retracted: The manifest we relied on was a draft.");
    expect(feed.entry.category["@_term"]).toBe("RETRACTED");
    // The ClaimReview feed drops it (Google: withdrawn fact-checks lose their markup).
    expect(await json(`/claim-reviews.jsonld?modifiedSince=${before}`)).toEqual([]);
    // The feed's own date is its latest change, the retraction, though newer verdicts lead it.
    const whole = new XMLParser().parse(await (await get("/verdicts.atom")).text()) as { feed: { updated: string } };
    expect(new Date(whole.feed.updated).getTime()).toBeGreaterThanOrEqual(new Date(before).getTime());
  });

  it("dates a page with no entries by the feed's latest change, not 1970", async () => {
    const updated = async (path: string) =>
      (new XMLParser().parse(await (await get(path)).text()) as { feed: { updated: string } }).feed.updated;
    const whole = await updated("/verdicts.atom");
    expect(await updated("/verdicts.atom?since=2099-01-01")).toBe(whole);
  });

  it("carries a headline full of markup as text a feed reader shows, never as markup it runs", async () => {
    const hostile = `<img src=x onerror=alert(1)> ]]> & </title>`;
    const claim = await make.claim(reviewer);
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id);
    const verdict = await make.verdict(editor, claim.id, [evidence.id], { headline: hostile });
    try {
      const entry = (await atom()).feed.entry.find((e) => e.id.endsWith(verdict.id))!;
      // The entry's title is HTML (type="html"): its markup is the escaped text, which renders as the headline.
      expect(entry.title["#text"]).toBe("&lt;img src=x onerror=alert(1)&gt; ]]&gt; &amp; &lt;/title&gt;");
    } finally {
      await make.retraction(editor, verdict, "Test entry.");
    }
  });

  it("stays well-formed when a verdict stored before control characters were refused carries one", async () => {
    const claim = await make.claim(reviewer);
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id);
    const verdict = await make.verdict(editor, claim.id, [evidence.id], { headline: "Bell rings" });
    // Written as an older FactDesk would have stored it: the API refuses such text now.
    await server.app.database.prisma.verdict.update({ where: { id: rawId(verdict.id) }, data: { headline: "Bell\u0007 rings\u001b" } });
    try {
      const xml = await (await get("/verdicts.atom")).text();
      expect(XMLValidator.validate(xml)).toBe(true);
      const entry = (new XMLParser().parse(xml) as AtomFeed).feed.entry.find((e) => e.id.endsWith(verdict.id))!;
      expect(entry.title).toBe("Bell rings");
    } finally {
      await make.retraction(editor, verdict, "Test entry.");
    }
  });
});

describe("the Fact Check Tools search (claims:search)", () => {
  type SearchAnswer = {
    claims?: {
      text: string;
      claimant?: string;
      claimDate?: string;
      claimReview: {
        publisher: { name: string; site: string };
        url: string;
        title: string;
        reviewDate: string;
        textualRating: string;
        languageCode: string;
      }[];
    }[];
    nextPageToken?: string;
  };
  const search = (query: string) => json<SearchAnswer>(`/v1alpha1/claims:search?${query}`);

  it("finds published fact-checks by their words, in Google's response shape", async () => {
    const answer = await search(`query=${words[1]}`);
    expect(answer.claims).toHaveLength(1);
    const [claim] = answer.claims!;
    expect(claim).toMatchObject({
      text: `The ${words[1]} plant delivered water to 40,000 homes last week.`,
      claimant: `Minister ${words[1]}`,
      claimDate: "2025-03-09T00:00:00.000Z",
    });
    expect(claim!.claimReview).toEqual([
      {
        publisher: { name: "FactDesk", site: new URL(server.url).host },
        url: expect.stringMatching(/\/verdicts\//),
        title: `MISLEADING: the ${words[1]} plant`,
        reviewDate: expect.any(String),
        textualRating: "Misleading",
        languageCode: "en",
      },
    ]);
    // By the claimant's name too.
    expect((await search(`query=${encodeURIComponent(`Minister ${words[2]}`)}`)).claims?.[0]?.text).toContain(words[2]);
  });

  it("pages with pageSize and nextPageToken, and honours the publisher site, language and age filters", async () => {
    const site = new URL(server.url).host;
    const first = await search(`reviewPublisherSiteFilter=${site}&pageSize=2`);
    expect(first.claims).toHaveLength(2);
    const second = await search(`reviewPublisherSiteFilter=${site}&pageSize=2&pageToken=${first.nextPageToken}`);
    expect(second.nextPageToken).toBeUndefined();
    expect([...first.claims!, ...second.claims!].map((c) => c.text)).toHaveLength(3);

    expect(await search("query=plant&reviewPublisherSiteFilter=factcheck.example")).toEqual({});
    // The site as partners write it: a scheme, www., a path, or without the port.
    const { hostname } = new URL(server.url);
    for (const written of [`http://${site}/`, `www.${site}`, hostname, `https://${hostname}/verdicts`]) {
      expect((await search(`reviewPublisherSiteFilter=${encodeURIComponent(written)}`)).claims, written).toHaveLength(3);
    }
    expect(await search(`reviewPublisherSiteFilter=${encodeURIComponent(`${hostname}:1`)}`)).toEqual({});
    expect(await search("query=plant&languageCode=fr")).toEqual({});
    expect((await search("query=plant&languageCode=en-US&maxAgeDays=1")).claims).toHaveLength(3);
    expect(await search("query=nothing-matches-this-zyzzyva")).toEqual({});
  });

  it("refuses what Google's API refuses, with its error shape", async () => {
    for (const query of ["", "pageSize=0", "query=plant&pageSize=101", "query=plant&pageToken=forged", "query=plant&maxAgeDays=-1"]) {
      const response = await fetch(`${server.url}/v1alpha1/claims:search?${query}`);
      expect(response.status, query).toBe(400);
      expect(await response.json(), query).toMatchObject({ error: { code: 400, status: "INVALID_ARGUMENT", message: expect.any(String) } });
    }
    // A key refused before the search runs answers in the same shape (the feeds in theirs), with its reason.
    const badKey = { authorization: "Bearer fdk_abcdefghijkl_short" };
    const refused = await fetch(`${server.url}/v1alpha1/claims:search?query=plant`, { headers: badKey });
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      error: { code: 401, status: "UNAUTHENTICATED", message: expect.stringMatching(/copied whole/) },
    });
    const feed = await fetch(`${server.url}/claim-reviews.jsonld`, { headers: { authorization: "Bearer fdk_nope" } });
    expect(feed.status).toBe(401);
    expect(await feed.json()).toEqual({ error: expect.stringMatching(/copied whole/), code: "auth/invalid_api_key" });
  });

  it("drops a retracted verdict from the search and the feeds", async () => {
    const target = published[2]!;
    await make.retraction(editor, target.verdict, "The ministry's figures were misquoted.");
    expect(await search(`query=${target.word}`)).toEqual({});
    const feed = await json<ClaimReviewEntry[]>("/claim-reviews.jsonld");
    expect(feed.map((entry) => entry.claimReviewed).join(" ")).not.toContain(target.word);
  });
});

describe("polling the feeds", () => {
  const paths = ["/claim-reviews.jsonld", "/verdicts.atom", "/media-reviews.jsonld", "/v1alpha1/claims:search?query=plant"];

  it("answers a poll that already holds the current version with 304 and no body, and a changed feed with 200", async () => {
    const tags = new Map<string, string>();
    for (const path of paths) {
      const first = await get(path);
      expect(first.status, path).toBe(200);
      const etag = first.headers.get("etag");
      expect(etag, path).toMatch(/^"[^"]+"$/);
      await first.arrayBuffer();
      tags.set(path, etag!);
      // A feed reader sends back the tag it holds (several, weak or not, are all understood).
      for (const ifNoneMatch of [etag!, `W/${etag}`, `"older", ${etag}`]) {
        const again = await fetch(`${server.url}${path}`, { headers: { "if-none-match": ifNoneMatch } });
        expect(again.status, `${path} ${ifNoneMatch}`).toBe(304);
        expect(again.headers.get("etag"), path).toBe(etag);
        expect(again.headers.get("cache-control"), path).toBe(first.headers.get("cache-control"));
        expect(await again.text(), path).toBe("");
      }
      expect((await fetch(`${server.url}${path}`, { headers: { "if-none-match": '"older"' } })).status, path).toBe(200);
    }

    // A new fact-check changes the verdict feeds and the search: the tags held no longer match.
    const fresh = await publish("planetarium", "FALSE");
    for (const path of ["/claim-reviews.jsonld", "/verdicts.atom", "/v1alpha1/claims:search?query=plant"]) {
      const changed = await fetch(`${server.url}${path}`, { headers: { "if-none-match": tags.get(path)! } });
      expect(changed.status, path).toBe(200);
      expect(changed.headers.get("etag"), path).not.toBe(tags.get(path));
      expect(await changed.text(), path).toContain(fresh.word);
    }
  });

  it("refuses other methods than GET and HEAD with 405 and Allow, in the feeds' error shape (robots.txt and the sitemap too)", async () => {
    for (const path of [
      "/claim-reviews.jsonld",
      "/verdicts.atom",
      "/media-reviews.jsonld",
      `/claim-reviews/${encodeURIComponent(published[0]!.verdict.id)}.jsonld`,
      "/robots.txt",
      "/sitemap.xml",
    ]) {
      for (const method of ["POST", "PUT", "DELETE"]) {
        const response = await fetch(`${server.url}${path}`, { method, body: method === "DELETE" ? undefined : "{}" });
        expect(response.status, `${method} ${path}`).toBe(405);
        expect(response.headers.get("allow"), path).toBe("GET, HEAD");
        expect(await response.json(), path).toEqual({ error: expect.any(String), code: "request/method_not_allowed" });
      }
    }
  });

  it("says why one ClaimReview is missing with a code: not found (404), or retracted (410)", async () => {
    const missing = await get("/claim-reviews/VmVyZGljdDpub3RoaW5n.jsonld");
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: expect.any(String), code: "verdict/not_found" });
    const retracted = await get(`/claim-reviews/${encodeURIComponent(published[2]!.verdict.id)}.jsonld`);
    expect(retracted.status).toBe(410);
    expect(await retracted.json()).toMatchObject({ code: "verdict/retracted", reason: "The ministry's figures were misquoted." });
  });
});

describe("following media reviews", () => {
  it("dates a media review by the verdict that made it public: since, until and modifiedSince find one verified before it", async () => {
    // The usual order of work: the video is checked while the claim is in review, the verdict published later.
    const claim = await make.claim(reviewer);
    const url = `https://video.example/checked-before-publication-${Math.random()}.mp4`;
    await media(claim.id, "DECONTEXTUALIZED", url);
    const evidence = await make.evidence(reviewer, claim.id);
    await make.rating(reviewer, claim.id);
    await new Promise((resolve) => setTimeout(resolve, 5));
    const beforePublication = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    await make.verdict(editor, claim.id, [evidence.id], { headline: "The video is from another city" });

    type Review = { datePublished: string; itemReviewed: { mediaItemAppearance: { contentUrl: string }[] } };
    const urls = async (query: string) =>
      (await json<Review[]>(`/media-reviews.jsonld?${query}`)).map((review) => review.itemReviewed.mediaItemAppearance[0]!.contentUrl);
    const [review] = (await json<Review[]>("/media-reviews.jsonld")).filter(
      (r) => r.itemReviewed.mediaItemAppearance[0]!.contentUrl === url,
    );
    expect(Date.parse(review!.datePublished)).toBeGreaterThanOrEqual(Date.parse(beforePublication));

    // A partner polling for what changed since its last poll learns of the review the publication made public…
    expect(await urls(`modifiedSince=${beforePublication}`)).toContain(url);
    // …and the date filters read the date the review carries.
    expect(await urls(`since=${beforePublication}`)).toContain(url);
    expect(await urls(`until=${beforePublication}`)).not.toContain(url);
  });

  it("points a media review at a standing verdict, never at one since retracted", async () => {
    const [first, second] = [await make.claim(reviewer), await make.claim(reviewer)];
    const url = `https://video.example/shown-with-two-claims-${Math.random()}.mp4`;
    const added = await make.media(editor, first.id, { claims: [first.id, second.id], url, graphic: false });
    await make.verification(editor, added, "DECONTEXTUALIZED");
    const verdictOn = async (claimId: string, headline: string) => {
      const evidence = await make.evidence(reviewer, claimId);
      await make.rating(reviewer, claimId);
      return make.verdict(editor, claimId, [evidence.id], { headline });
    };
    // The first claim's verdict reviewed the video first, then was retracted; the second's stands.
    const retracted = await verdictOn(first.id, "The first verdict, since retracted");
    await make.retraction(editor, retracted, "We judged the wrong claim.");
    await new Promise((resolve) => setTimeout(resolve, 5));
    const beforeStanding = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));
    const standing = await verdictOn(second.id, "The verdict that stands");

    type Review = { url: string; itemReviewed: { mediaItemAppearance: { contentUrl: string }[] } };
    const reviews = (await json<Review[]>("/media-reviews.jsonld")).filter(
      (r) => r.itemReviewed.mediaItemAppearance[0]!.contentUrl === url,
    );
    expect(reviews.map((review) => review.url.split("/verdicts/")[1])).toEqual([standing.id]);
    // Dated by the standing verdict, the date filters find it after the retracted one, not before.
    const urlsOf = async (query: string) =>
      (await json<Review[]>(`/media-reviews.jsonld?${query}`)).map((review) => review.itemReviewed.mediaItemAppearance[0]!.contentUrl);
    expect(await urlsOf(`since=${beforeStanding}`)).toContain(url);
    expect(await urlsOf(`until=${beforeStanding}`)).not.toContain(url);
    // The verdicts' pages agree: the standing one lists it under "Media reviewed", the retracted one does not.
    const REVIEWED = graphql(`query ReviewedMediaOf($id: ID!) { node(id: $id) { ... on Verdict { reviewedMedia { url } } } }`);
    const reviewedOn = async (id: string) =>
      ((await server.execute(REVIEWED, { id }, anonymous)).node as { reviewedMedia: { url: string }[] }).reviewedMedia.map((m) => m.url);
    expect(await reviewedOn(standing.id)).toContain(url);
    expect(await reviewedOn(retracted.id)).not.toContain(url);
  });
});

describe("reading the feeds from a partner's web page", () => {
  it("answers any origin (CORS, no credentials), and lets its script read the paging, tag and rate-limit headers", async () => {
    const origin = { origin: "https://partner.example" };
    for (const path of [
      "/claim-reviews.jsonld?limit=1",
      "/verdicts.atom",
      "/media-reviews.jsonld",
      `/claim-reviews/${encodeURIComponent(published[0]!.verdict.id)}.jsonld`,
      "/v1alpha1/claims:search?query=plant",
      // Refusals too, so the page can say why.
      "/claim-reviews.jsonld?limit=0",
      "/v1alpha1/claims:search",
    ]) {
      const response = await fetch(`${server.url}${path}`, { headers: origin });
      expect(response.headers.get("access-control-allow-origin"), path).toBe("*");
      expect(response.headers.get("access-control-allow-credentials"), path).toBeNull();
      const exposed = (response.headers.get("access-control-expose-headers") ?? "").toLowerCase().split(/,\s*/);
      expect(exposed, path).toEqual(expect.arrayContaining(["link", "etag", "retry-after", "ratelimit-remaining", "ratelimit-reset"]));
    }
    // The desk's own API is still closed to other origins unless listed.
    const graphql = await fetch(`${server.url}/graphql?query=%7B__typename%7D`, { headers: origin });
    expect(graphql.headers.get("access-control-allow-origin")).toBeNull();
  });
});

describe("the age filter of the Fact Check Tools search", () => {
  it("dates a fact-check by the newer of its claim's date and its review's, as Google's maxAgeDays does", async () => {
    const DAY = 24 * 3600 * 1000;
    const daysAgo = (days: number) => new Date((Math.floor(Date.now() / DAY) - days) * DAY);
    const publishOld = async (word: string, claimDate: Date) => {
      const claim = await make.claim(reviewer, { text: `The ${word} barrage held back the flood.`, claimDate: claimDate.toISOString() });
      const evidence = await make.evidence(reviewer, claim.id);
      await make.rating(reviewer, claim.id);
      const verdict = await make.verdict(editor, claim.id, [evidence.id]);
      // Reviewed a year ago: the desk cannot publish in the past, so the date is set where it is kept.
      await server.app.database.prisma.verdict.update({ where: { id: rawId(verdict.id) }, data: { publishedAt: daysAgo(400) } });
    };
    await publishOld("quagmire", daysAgo(5)); // a claim made again last week, reviewed long ago
    await publishOld("quagmire", daysAgo(420)); // both long ago
    const found = await json<{ claims?: { text: string; claimDate: string }[] }>("/v1alpha1/claims:search?query=quagmire&maxAgeDays=30");
    expect(found.claims?.map((c) => c.claimDate)).toEqual([daysAgo(5).toISOString()]);
    expect((await json<{ claims?: unknown[] }>("/v1alpha1/claims:search?query=quagmire&maxAgeDays=500")).claims).toHaveLength(2);
  });
});
