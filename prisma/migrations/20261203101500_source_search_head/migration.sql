-- Hand-written, like the search migration: a source's head (title, publisher, author and the first 400 characters
-- of its article) as a small vector of its own. Search ranks sources from it instead of the whole article: common
-- words match thousands of articles, and ranking every one of them was most of a search's cost (issue #12).

ALTER TABLE "Source" ADD COLUMN "searchHead" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('english', coalesce("title", '')), 'A') ||
  setweight(to_tsvector('english', coalesce("publisher", '') || ' ' || coalesce("author", '')), 'B') ||
  setweight(to_tsvector('english', left(coalesce("text", ''), 400)), 'C')
) STORED;
CREATE INDEX "Source_searchHead_idx" ON "Source" USING GIN ("searchHead");
