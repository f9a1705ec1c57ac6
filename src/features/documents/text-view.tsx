export function TextView({ text }: { text: string }) {
  return <pre className="text-view">{text}</pre>;
}
