import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { Provider } from "urql";
import { Router } from "wouter";
import { client } from "./urql";
import { App } from "./app";
import "./styles.css";

createRoot(document.getElementById("root")!).render(
  <StrictMode>
    <Provider value={client}>
      <Router>
        <App />
      </Router>
    </Provider>
  </StrictMode>,
);
