-- Hand-written: full-text search and duplicate detection. The generated columns are not in schema.prisma on
-- purpose: Prisma never writes them, and only the search service reads them (through SQL).

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- array_to_string is only STABLE; over text[] it is immutable in practice, which generated columns require.
CREATE FUNCTION factdesk_text_array_to_string(text[]) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT array_to_string($1, ' ') $$;

ALTER TABLE "Claim" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("text", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("claimantRole", '')), 'B') ||
  setweight(to_tsvector('english', factdesk_text_array_to_string("tags")), 'B') ||
  setweight(to_tsvector('english', coalesce("place", '')), 'C')
) STORED;
CREATE INDEX "Claim_searchVector_idx" ON "Claim" USING GIN ("searchVector");
CREATE INDEX "Claim_normalizedText_trgm_idx" ON "Claim" USING GIN ("normalizedText" gin_trgm_ops);

ALTER TABLE "Source" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("publisher", '') || ' ' || coalesce("author", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("text", '')), 'D')
) STORED;
CREATE INDEX "Source_searchVector_idx" ON "Source" USING GIN ("searchVector");

ALTER TABLE "Entity" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple', coalesce("name", '')), 'A') ||
  setweight(to_tsvector('simple', factdesk_text_array_to_string("aliases")), 'A') ||
  setweight(to_tsvector('english', coalesce("title", '')), 'B')
) STORED;
CREATE INDEX "Entity_searchVector_idx" ON "Entity" USING GIN ("searchVector");

ALTER TABLE "Event" ADD COLUMN "searchVector" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("place", '')), 'B') ||
  setweight(to_tsvector('english', coalesce("description", '')), 'C')
) STORED;
CREATE INDEX "Event_searchVector_idx" ON "Event" USING GIN ("searchVector");
