import { useEffect, useState } from "react";

/**
 * A blob: URL for bytes, typed by us (never by the server), revoked when the bytes change or the view
 * unmounts. Created in the effect so React StrictMode's unmount/remount gets a fresh, live URL.
 */
export function useObjectUrl(bytes: Uint8Array, type: string): string | undefined {
  const [url, setUrl] = useState<string | undefined>(undefined);
  useEffect(() => {
    const objectUrl = URL.createObjectURL(new Blob([new Uint8Array(bytes)], { type }));
    // The URL is an outside resource that must be created and revoked by the same effect (StrictMode remounts).
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setUrl(objectUrl);
    return () => {
      URL.revokeObjectURL(objectUrl);
      setUrl(undefined);
    };
  }, [bytes, type]);
  return url;
}
