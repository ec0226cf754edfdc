/** The deck's describing words, from the headmatter, and small fixes to the head of Slidev's built index.html. */

const escapeAttr = (value: string): string => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')

/** The headmatter `keywords`, written as a list or as one comma-separated string; [] when unset. */
export function keywordsOf(head: Record<string, unknown>): string[] {
  const value = head.keywords
  const list = Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(',') : []
  return list.map(k => k.trim()).filter(Boolean)
}

/**
 * Slidev 52 writes the description, author and keywords meta as JSON strings (quotes and a literal \n
 * included); a link preview would show them. Write the plain text instead, in index.html and its 404.html copy.
 */
export function fixMeta(html: string, meta: Record<string, string | undefined>): string {
  let out = html
  for (const [name, value] of Object.entries(meta)) {
    if (value)
      out = out.replace(new RegExp(`(<meta name="${name}" content=")[^"]*(")`), `$1${escapeAttr(value)}$2`)
  }
  return out
}
