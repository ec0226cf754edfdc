// The talk's own virtual module (the kit's types, and Slidev's, are in speaker/env.d.ts).
declare module 'virtual:qr-codes' {
  const codes: import('./data/vite-qr').QrCodes
  export default codes
}

// subset-font ships no types: the one call styles/font-subset.ts makes.
declare module 'subset-font' {
  export default function subsetFont(font: Uint8Array, text: string, options?: { targetFormat?: 'woff2' | 'woff' | 'truetype' | 'sfnt' }): Promise<Uint8Array>
}
