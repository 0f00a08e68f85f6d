import { StrictMode } from "react";
import { prerenderToNodeStream } from "react-dom/static";
import { Provider, type SSRData } from "urql";
import { Router } from "wouter";
import { App } from "./app";
import { createUrqlClient } from "./urql";

export interface RenderedPage {
  /** The markup of #root, complete: every query the page makes has answered. */
  html: string;
  /** The GraphQL results it read, for the browser to hydrate from without asking again. */
  data: SSRData;
}

/**
 * Renders a public page on the server for a visitor without a session, with the same components the browser
 * hydrates (the server imports the build of this file from dist-server/). `fetchImpl` answers the page's GraphQL
 * requests in the server's own process.
 */
export async function renderPage(path: string, search: string, fetchImpl: typeof fetch): Promise<RenderedPage> {
  const { client, extractData } = createUrqlClient("http://factdesk.internal/graphql", { fetchImpl, rendering: { side: "server" } });
  const { prelude } = await prerenderToNodeStream(
    <StrictMode>
      <Provider value={client}>
        <Router ssrPath={path} ssrSearch={search}>
          <App />
        </Router>
      </Provider>
    </StrictMode>,
  );
  let html = "";
  for await (const chunk of prelude) html += chunk;
  return { html, data: extractData() };
}
