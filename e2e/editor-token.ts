/** The editor token of the server under test: it guards a throwaway database, not a secret. */
export const editorToken =
  process.env.E2E_EDITOR_TOKEN ?? 'e2e-editor-token-for-tests-only-0123456789';
