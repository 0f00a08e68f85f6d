import { Ajv, type ErrorObject, type SchemaObject } from "ajv";
import addFormats from "ajv-formats";

// What Google documents for fact-check markup, written down as JSON Schema so the tests check FactDesk's output
// offline (schema.org and Google's pages are not reachable from here, and no package ships these rules):
// - ClaimReview (Google Search "Fact check" structured data): required claimReviewed, reviewRating with
//   alternateName, url; recommended author (with name), datePublished, itemReviewed (a Claim with author,
//   datePublished, appearance, firstAppearance) and, for a numeric rating, ratingValue with bestRating and
//   worstRating bounding it, plus the rating's name.
// - MediaReview (Google Fact Check Tools, MediaReview for fact-checkers): required author (with name),
//   datePublished, itemReviewed (a MediaReviewItem whose mediaItemAppearance are ImageObject, VideoObject or
//   AudioObject with a contentUrl or embedUrl), mediaAuthenticityCategory (one of schema.org's six
//   MediaManipulationRatingEnumeration members) and url; originalMediaContextDescription is required for
//   DecontextualizedContent and recommended otherwise; originalMediaLink is recommended.
// "Recommended" is checked as required: FactDesk has the data for every recommended property it emits.

const url = { type: "string", format: "uri", pattern: "^https?://" };
const dateOrDateTime = { type: "string", anyOf: [{ format: "date" }, { format: "date-time" }] };
const text = { type: "string", minLength: 1 };
const named = (types: string[]) => ({
  type: "object",
  required: ["@type", "name"],
  properties: { "@type": { enum: types }, name: text, url },
});
const creativeWorkOrUrl = {
  anyOf: [url, { type: "object", required: ["@type", "url"], properties: { "@type": { const: "CreativeWork" }, url } }],
};

export const claimReviewSchema: SchemaObject = {
  type: "object",
  required: ["@context", "@type", "claimReviewed", "reviewRating", "url", "author", "datePublished", "itemReviewed"],
  properties: {
    "@context": { const: "https://schema.org" },
    "@type": { const: "ClaimReview" },
    claimReviewed: text,
    url,
    datePublished: dateOrDateTime,
    dateModified: dateOrDateTime,
    author: named(["Organization", "Person"]),
    itemReviewed: {
      type: "object",
      required: ["@type", "appearance", "firstAppearance"],
      properties: {
        "@type": { const: "Claim" },
        author: named(["Organization", "Person"]),
        datePublished: dateOrDateTime,
        appearance: { type: "array", minItems: 1, items: creativeWorkOrUrl },
        firstAppearance: creativeWorkOrUrl,
      },
    },
    reviewRating: {
      type: "object",
      required: ["@type", "alternateName", "name"],
      properties: {
        "@type": { const: "Rating" },
        alternateName: text,
        name: text,
        ratingValue: { type: "number" },
        bestRating: { type: "number" },
        worstRating: { type: "number" },
      },
      // A numeric rating states its scale.
      dependencies: { ratingValue: ["bestRating", "worstRating"] },
    },
  },
};

export const MEDIA_AUTHENTICITY_CATEGORIES = [
  "OriginalMediaContent",
  "DecontextualizedContent",
  "EditedOrCroppedContent",
  "TransformedContent",
  "StagedContent",
  "SatireOrParodyContent",
];

export const mediaReviewSchema: SchemaObject = {
  type: "object",
  required: [
    "@context",
    "@type",
    "author",
    "datePublished",
    "itemReviewed",
    "mediaAuthenticityCategory",
    "url",
    "originalMediaContextDescription",
  ],
  properties: {
    "@context": { const: "https://schema.org" },
    "@type": { const: "MediaReview" },
    url,
    datePublished: dateOrDateTime,
    dateModified: dateOrDateTime,
    author: named(["Organization", "Person"]),
    mediaAuthenticityCategory: { enum: MEDIA_AUTHENTICITY_CATEGORIES },
    originalMediaContextDescription: text,
    originalMediaLink: url,
    itemReviewed: {
      type: "object",
      required: ["@type", "mediaItemAppearance"],
      properties: {
        "@type": { const: "MediaReviewItem" },
        mediaItemAppearance: {
          type: "array",
          minItems: 1,
          items: {
            type: "object",
            required: ["@type"],
            anyOf: [{ required: ["contentUrl"] }, { required: ["embedUrl"] }],
            properties: {
              "@type": { enum: ["ImageObject", "VideoObject", "AudioObject"] },
              contentUrl: url,
              embedUrl: url,
              uploadDate: dateOrDateTime,
              // Not one of Google's properties: schema.org's rating of the content, which FactDesk uses to say
              // whether the item is graphic (README, "Public feeds").
              contentRating: { enum: ["graphic", "not graphic"] },
            },
          },
        },
      },
    },
  },
};

const ajv = new Ajv({ allErrors: true, strict: true, strictRequired: false });
addFormats.default(ajv);
const validators = { ClaimReview: ajv.compile(claimReviewSchema), MediaReview: ajv.compile(mediaReviewSchema) };

/** Everything wrong with a ClaimReview or MediaReview against Google's documented properties (empty when valid). */
export function structuredDataProblems(kind: keyof typeof validators, value: unknown): string[] {
  const validate = validators[kind];
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${error.instancePath || "(root)"} ${error.message}`);
}
