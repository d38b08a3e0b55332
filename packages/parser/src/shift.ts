/** A unist node as far as offsets go. */
interface Positioned {
  position?:
    | { start: { offset?: number | undefined }; end: { offset?: number | undefined } }
    | undefined
  children?: Positioned[] | undefined
}

/**
 * Moves every offset of a freshly parsed tree by `delta`, in place: for a tree parsed from a
 * slice of the file (a table cell, text after a byte order mark). Lines and columns are left
 * as they are: the bridge works from offsets alone.
 */
export function shiftOffsets<T>(node: T, delta: number): T {
  const positioned = node as Positioned
  const position = positioned.position
  if (position) {
    if (position.start.offset !== undefined) position.start.offset += delta
    if (position.end.offset !== undefined) position.end.offset += delta
  }
  if (positioned.children) for (const child of positioned.children) shiftOffsets(child, delta)
  return node
}
