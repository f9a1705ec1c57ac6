import { use } from "react";
import type * as ContentViewModule from "./content-view";

type ContentViewExports = typeof ContentViewModule;

/** A promise carrying its outcome in the fields React's `use()` reads, so a settled one never suspends again. */
type TrackedPromise<T> = Promise<T> & { status?: "fulfilled" | "rejected"; value?: T; reason?: unknown };

let loading: TrackedPromise<ContentViewExports> | undefined;

/**
 * Starts (once) loading the viewers: the C-CDA renderer, the sanitizer and the PDF/HTML/text views are a chunk
 * of their own, so the launch and the document list never wait for them. A failed load is forgotten, so the
 * error boundary's retry asks again.
 */
export function loadContentView(): Promise<ContentViewExports> {
  if (loading) return loading;
  const promise: TrackedPromise<ContentViewExports> = import("./content-view");
  promise.then(
    (module) => {
      promise.status = "fulfilled";
      promise.value = module;
    },
    (error: unknown) => {
      promise.status = "rejected";
      promise.reason = error;
      loading = undefined;
    },
  );
  loading = promise;
  return promise;
}

/**
 * The viewers, suspending the calling component until they are loaded. A screen that calls this shows, and
 * its article says aria-busy, only once the viewers are there.
 */
export function useContentView(): ContentViewExports {
  return use(loadContentView());
}
