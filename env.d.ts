// The talk's own virtual module (the kit's types, and Slidev's, are in speaker/env.d.ts).
declare module 'virtual:qr-codes' {
  const codes: import('./data/vite-qr').QrCodes
  export default codes
}
