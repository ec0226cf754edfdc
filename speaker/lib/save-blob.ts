/** Hands `blob` to the browser as a download named `fileName`; its address is freed once the download has surely begun. */
export function saveBlob(blob: Blob, fileName: string): void {
  const link = Object.assign(document.createElement('a'), { href: URL.createObjectURL(blob), download: fileName })
  link.click()
  setTimeout(() => URL.revokeObjectURL(link.href), 60_000)
}
