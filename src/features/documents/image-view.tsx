import { useObjectUrl } from "./use-object-url";

export function ImageView({
  bytes,
  mimeType,
  title,
}: {
  bytes: Uint8Array;
  mimeType: string;
  title: string;
}) {
  const url = useObjectUrl(bytes, mimeType);
  if (url === undefined) return null;
  return <img className="image-view" src={url} alt={title} />;
}
