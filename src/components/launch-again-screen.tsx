import { describeError } from "../lib/describe-error";

/** Full-page screen when there is no usable SMART session (opened directly, sign-in failed, bad iss). */
export function LaunchAgainScreen({ error }: { error: unknown }) {
  const { title, detail, action } = describeError(error);
  return (
    <main className="centered-screen">
      <section className="card" role="alert" aria-labelledby="launch-again-title">
        <h1 id="launch-again-title">{title}</h1>
        <p>{detail}</p>
        {action === "none" ? (
          <a href="/">Back to the start page</a>
        ) : (
          <>
            <p>Open the app again from your EHR, or sign in from the start page.</p>
            <a className="button button--primary" href="/">
              Launch again
            </a>
          </>
        )}
      </section>
    </main>
  );
}
