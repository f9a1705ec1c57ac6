const SHORTCUTS: readonly [keys: readonly string[], action: string][] = [
  [["↓", "↑"], "Move between documents in the list"],
  [["Home", "End"], "First or last document in the list"],
  [["Enter"], "Open the focused document"],
  [["j", "Alt+↓"], "Open the next document"],
  [["k", "Alt+↑"], "Open the previous document"],
];

/** The visible list of keyboard shortcuts (a disclosure, so it costs one line until opened). */
export function KeyboardHelp() {
  return (
    <details className="keyboard-help">
      <summary>Keyboard shortcuts</summary>
      <dl className="keyboard-help__list">
        {SHORTCUTS.map(([keys, action]) => (
          <div key={action} className="keyboard-help__item">
            <dt>
              {keys.map((key, index) => (
                <span key={key}>
                  {index > 0 ? " or " : null}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </dt>
            <dd>{action}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
