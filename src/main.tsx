import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App } from "./app/app";
import "./styles/base.css";
import "./styles/viewer.css";
import "./styles/document-pane.css";
import "./styles/ccda-document.css";
import "./styles/ccda-header.css";
import "./styles/ccda-tables.css";
import "./styles/ccda-narrative.css";
import "./styles/ccda-style-codes.css";
import "./styles/print.css";

const root = document.getElementById("root");
if (root === null) throw new Error("index.html has no #root element");
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
