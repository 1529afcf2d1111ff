/** Shown when the page is opened without the desktop app around it, instead of a blank page. */
export function MissingShell() {
  return (
    <main className="start">
      <h1>KS4 Planner</h1>
      <p role="alert" className="notice">
        This page is part of the KS4 Planner desktop app and cannot work on its own. Start KS4
        Planner to plan your option blocks.
      </p>
    </main>
  );
}
