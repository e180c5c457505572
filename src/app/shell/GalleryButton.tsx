import { Suspense, useState, type ComponentType, type LazyExoticComponent } from "react";

/**
 * A header button that opens a gallery dialog (lessons, challenges); the gallery's code and its
 * catalogue load only when someone asks for them.
 */
export function GalleryButton({ label, Gallery }: { label: string; Gallery: LazyExoticComponent<ComponentType<{ onClose: () => void }>> }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" aria-haspopup="dialog" aria-expanded={open} onClick={() => setOpen(true)}>
        {label}
      </button>
      {open && (
        <Suspense fallback={null}>
          <Gallery onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
