/**
 * Offsets in a text made from a source (an HTML file reduced to its words) mapped back to the
 * source. The text is built in pieces, each either copied from the source one character for one
 * (`copy`), or standing for a stretch of the source of another length (`replace`: an entity
 * decoded, white space collapsed, a tag turned into a paragraph break).
 */
interface Piece {
  /** Where the piece starts in the text. */
  text: number;
  /** Where the stretch it comes from starts in the source. */
  source: number;
  /** Its length in the text. */
  length: number;
  /** The length of the stretch in the source. */
  sourceLength: number;
}

export class OffsetMap {
  private readonly pieces: Piece[] = [];
  private textLength = 0;

  /** Text copied from source[start, start + length). */
  copy(sourceStart: number, length: number): void {
    if (length <= 0) return;
    const last = this.pieces[this.pieces.length - 1];
    // a copy right after a copy of the next source characters extends it
    if (last && last.length === last.sourceLength && last.source + last.sourceLength === sourceStart) {
      last.length += length;
      last.sourceLength += length;
    } else this.pieces.push({ text: this.textLength, source: sourceStart, length, sourceLength: length });
    this.textLength += length;
  }

  /** `length` characters of text standing for source[start, start + sourceLength). */
  replace(sourceStart: number, sourceLength: number, length: number): void {
    if (length <= 0) return;
    this.pieces.push({ text: this.textLength, source: sourceStart, length, sourceLength });
    this.textLength += length;
  }

  /** The length of the text mapped so far. */
  get length(): number {
    return this.textLength;
  }

  /**
   * The source range of text[start, end). A range that starts or ends inside a replaced piece
   * takes the whole of it (an entity is shown whole).
   */
  toSource(start: number, end: number): { start: number; end: number } {
    const from = this.sourceStart(start);
    const to = end <= start ? from : this.sourceEnd(end);
    return { start: from, end: Math.max(from, to) };
  }

  private sourceStart(offset: number): number {
    const piece = this.pieceAt(offset);
    if (!piece) return 0;
    if (offset >= piece.text + piece.length) return piece.source + piece.sourceLength;
    return piece.length === piece.sourceLength ? piece.source + (offset - piece.text) : piece.source;
  }

  private sourceEnd(offset: number): number {
    const piece = this.pieceAt(offset - 1);
    if (!piece) return 0;
    return piece.length === piece.sourceLength
      ? piece.source + (offset - piece.text)
      : piece.source + piece.sourceLength;
  }

  /** The last piece starting at or before `offset`. */
  private pieceAt(offset: number): Piece | undefined {
    let lo = 0;
    let hi = this.pieces.length - 1;
    if (hi < 0) return undefined;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.pieces[mid] as Piece).text <= offset) lo = mid;
      else hi = mid - 1;
    }
    return this.pieces[lo];
  }
}

/** The file an article's text was made from, and the map back into it. */
export interface SourceText {
  /** The file's decoded text (the HTML source). */
  text: string;
  map: OffsetMap;
}
