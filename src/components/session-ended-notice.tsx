/** Shown over the viewer when the session ended: what is on screen stays readable, nothing more can load. */
export function SessionEndedNotice() {
  return (
    <div className="session-ended" role="alert">
      <strong>Your session ended — launch again from your EHR.</strong>
      <span> What is on screen stays visible, but nothing new can be loaded.</span>{" "}
      <a href="/">Launch again</a>
    </div>
  );
}
