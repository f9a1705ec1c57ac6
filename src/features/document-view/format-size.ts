/** A section's text size in words a reader can weigh: "empty", "120 characters", "4.2k characters". */
export function formatSize(chars: number): string {
  if (chars <= 0) return "empty";
  if (chars < 1000) return `${chars} characters`;
  if (chars < 1_000_000) return `${(chars / 1000).toFixed(chars < 10_000 ? 1 : 0)}k characters`;
  return `${(chars / 1_000_000).toFixed(1)}M characters`;
}
