/**
 * Escapes text for HTML element content and quoted attribute values. Every piece of article
 * and report text goes through here. NUL, the other control characters (tab, line feed, form
 * feed and carriage return aside) and the noncharacters become U+FFFD: each is a parse error
 * in HTML, and a page with one is not a valid page.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']|[^\P{Cc}\t\n\f\r]|\p{Noncharacter_Code_Point}/gu, (c) =>
    c === '&'
      ? '&amp;'
      : c === '<'
        ? '&lt;'
        : c === '>'
          ? '&gt;'
          : c === '"'
            ? '&quot;'
            : c === "'"
              ? '&#39;'
              : '\uFFFD',
  )
}
