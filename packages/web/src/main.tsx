import { StrictMode } from "react";
import { createRoot, hydrateRoot } from "react-dom/client";
import { Provider } from "urql";
import { Router } from "wouter";
import { client, initialData } from "./urql";
import { App } from "./app";
import "./styles.css";

const app = (
  <StrictMode>
    <Provider value={client}>
      <Router>
        <App />
      </Router>
    </Provider>
  </StrictMode>
);
const root = document.getElementById("root")!;
// A public page the server rendered (with the data it read) is hydrated; any other starts from the empty shell.
if (initialData) hydrateRoot(root, app);
else createRoot(root).render(app);
