import type { ReactNode } from "react";

export function AppHeader({ children }: { children?: ReactNode }) {
  return (
    <header className="app-header">
      <a className="app-header__name" href="/">
        C-CDA Viewer
      </a>
      {children === undefined ? null : <div className="app-header__extra">{children}</div>}
    </header>
  );
}
