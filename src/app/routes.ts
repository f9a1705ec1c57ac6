export type Route = "start" | "launch" | "viewer" | "local" | "not-found";

export function routeFor(pathname: string): Route {
  const path = pathname.replace(/\/+$/, "") || "/";
  switch (path) {
    case "/":
    case "/index.html":
      return "start";
    case "/launch":
      return "launch";
    case "/viewer":
      return "viewer";
    case "/local":
      return "local";
    default:
      return "not-found";
  }
}
