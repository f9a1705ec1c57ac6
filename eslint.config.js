// @ts-check
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import react from "eslint-plugin-react";
import reactHooks from "eslint-plugin-react-hooks";
import pluginQuery from "@tanstack/eslint-plugin-query";
import globals from "globals";

/** Import zones (DESIGN.md §2): each folder may import only what is listed. */
const zone = (/** @type {string[]} */ patterns, /** @type {string} */ message) => ({
  "no-restricted-imports": ["error", { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  { ignores: ["dist", "coverage", "node_modules", ".bench-results"] },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: {
        project: ["./tsconfig.json", "./tsconfig.node.json"],
        tsconfigRootDir: import.meta.dirname,
      },
      globals: { ...globals.browser },
    },
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/switch-exhaustiveness-check": "error",
      "@typescript-eslint/restrict-template-expressions": ["error", { allowNumber: true }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
    },
  },
  {
    files: ["**/*.tsx", "src/**/*.ts"],
    plugins: { react, "react-hooks": reactHooks, "@tanstack/query": pluginQuery },
    settings: { react: { version: "19" } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...pluginQuery.configs["flat/recommended"][0]?.rules,
      "react/no-danger": "error",
      "react/jsx-no-target-blank": "error",
      "react/no-unknown-property": "error",
    },
  },
  // The one place that inserts sanitized HTML.
  { files: ["src/components/sanitized-html.tsx"], rules: { "react/no-danger": "off" } },
  // Boundaries (later entries override earlier ones for the same files, so general first).
  {
    files: ["src/**"],
    ignores: ["src/main.tsx"],
    rules: zone(
      ["dompurify", "fhirclient", "fhirclient/lib/entry/*", "**/app/*"],
      "Only src/sanitize/ imports DOMPurify, only src/launch/ imports fhirclient's runtime, nothing imports app/.",
    ),
  },
  {
    files: ["src/launch/**"],
    rules: zone(["dompurify", "**/app/*", "**/features/*"], "launch/ imports fhirclient and lib/ only."),
  },
  {
    files: ["src/sanitize/**"],
    rules: zone(
      [
        "react",
        "react-dom",
        "fhirclient*",
        "@tanstack/*",
        "**/ccda/*",
        "**/fhir/*",
        "**/features/*",
        "**/app/*",
      ],
      "sanitize/ imports only DOMPurify.",
    ),
  },
  {
    files: ["src/ccda/**"],
    rules: zone(
      [
        "react",
        "react-dom",
        "dompurify",
        "fhirclient*",
        "@tanstack/*",
        "**/fhir/*",
        "**/sanitize/*",
        "**/features/*",
        "**/app/*",
        "**/launch/*",
        "**/components/*",
        "**/lib/*",
      ],
      "ccda/ is pure: it imports only itself.",
    ),
  },
  {
    files: ["sandbox/**"],
    rules: zone(["**/src/**"], "The sandbox never imports the app's code."),
  },
  {
    files: ["sandbox/**", "scripts/**", "test/**", "*.config.{js,ts}", "eslint.config.js"],
    languageOptions: { globals: { ...globals.node } },
    rules: { "no-console": "off" },
  },
  {
    files: ["test/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/unbound-method": "off",
    },
  },
  { files: ["eslint.config.js"], ...tseslint.configs.disableTypeChecked },
);
