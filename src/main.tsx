import { NuqsAdapter } from "nuqs/adapters/react";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/App.tsx";
import { createDataSource } from "./app/data-source.ts";
import "./styles.css";

const root = document.getElementById("root");
if (root) {
  createRoot(root).render(
    <StrictMode>
      <NuqsAdapter>
        <App source={createDataSource()} />
      </NuqsAdapter>
    </StrictMode>,
  );
}
