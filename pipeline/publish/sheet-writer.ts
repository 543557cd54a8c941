/**
 * One sheet of the workbook, written as pieces of deflate (zip-pieces.ts):
 * the head (frozen view, column widths, bold header row), the rows, the tail
 * (autofilter). Rows given one at a time (the codebook, tables without an
 * article index) gather as text and are compressed a chunk at a time; the
 * rows of one article (article-pieces.ts) are one piece, which the next
 * build copies as bytes while the article's rows and first row number stay
 * the same (issue 12). Every row carries its number (`<row r>`, `<c r>`):
 * OOXML makes them optional, but exceljs reads no row without one, so an
 * article whose rows moved is numbered and compressed again.
 *
 * The widths come from the first {@link WIDTH_ROWS} rows, so the head is
 * known only then: pieces made before wait in memory (a few hundred rows'
 * worth), then follow the head into the zip. Of those rows only the length
 * of each cell is needed (xml.cellLengths), which the kept pieces hold, so a
 * row copied from the last build is not parsed for its widths either.
 */
import * as xml from './workbook-xml.ts';
import { type DeflatedPiece, type EntryPlace, type OpenEntry, deflatePiece } from './zip-pieces.ts';

/** Rows whose lengths set the column widths (the rest are streamed without being kept). */
export const WIDTH_ROWS = 500;
/** Excel's limit on the characters of one cell; a longer value is cut (the CSV and JSON hold it whole). */
export const MAX_CELL = 32_767;
/** Characters of row XML gathered before they are compressed as one piece (a piece's compression starts afresh, so not too few). */
const CHUNK_CHARS = 1 << 16;

const fit = (v: string): string => (v.length > MAX_CELL ? `${v.slice(0, MAX_CELL - 1)}…` : v);
/** What stands for the row number in a row's piece: NUL, which the XML writer drops from cell text, so it is never anything else. */
const ROW_STAND_IN = '\u0000';
/** How a row's piece opens up to its stand-in: a stand-in after it starts the next row's number. */
const ROW_OPEN = Buffer.from('<row r="');

/** A row's sheet XML with {@link ROW_STAND_IN} for its row number, as {@link SheetWriter.addPiece} takes it (row-pieces.ts keeps it between builds). */
export function sheetRowPiece(cells: string[], letters: string[]): string {
  return xml.rowXml(ROW_STAND_IN, cells.map(fit), letters);
}

/** One sheet being written: rows go in one at a time or an article at a time; the first {@link WIDTH_ROWS} set the widths. */
export class SheetWriter {
  /** The longest text of each column so far (code points), and how many rows it counts. */
  private readonly longest: number[];
  private counted = 0;
  private readonly letters: string[];
  private entry: OpenEntry | null = null;
  /** Pieces made before the widths were known. */
  private queued: DeflatedPiece[] = [];
  /** Row XML not compressed yet. */
  private loose = '';
  private rows = 0;

  constructor(
    private readonly open: () => OpenEntry,
    private readonly header: string[],
  ) {
    this.letters = xml.sheetLetters(header.length);
    this.longest = Array.from(xml.cellLengths(header));
  }

  /** Rows held in memory (compressed) until the column widths are known. */
  get held(): number {
    return this.waiting ? this.rows : 0;
  }

  /** Whether the sheet still gathers the rows that set the widths (rows must then come with their cells). */
  get waiting(): boolean {
    return this.entry === null;
  }

  /** The number the next row gets (the header is row 1). */
  get nextRow(): number {
    return this.rows + 2;
  }

  /** Adds one row of cell texts. */
  async add(cells: string[]): Promise<void> {
    await this.noteWidths(() => [xml.cellLengths(cells)]);
    this.loose += xml.rowXml(this.nextRow, cells.map(fit), this.letters);
    await this.rowAdded();
  }

  /** Adds one row given as its piece ({@link sheetRowPiece}), so nothing is escaped again; `lengths` gives its cells' lengths (xml.cellLengths) while the widths are gathered. */
  async addPiece(piece: Buffer, lengths: Buffer): Promise<void> {
    await this.noteWidths(() => [lengths]);
    this.loose += piece.toString('utf8').replaceAll(ROW_STAND_IN, String(this.nextRow));
    await this.rowAdded();
  }

  /**
   * Rows given as their pieces one after the other ({@link sheetRowPiece}
   * each, as row-pieces.ts keeps an article's), numbered from
   * {@link nextRow} in one pass and compressed, to be added with
   * {@link addDeflated}. A piece's row opens with `<row r="` and its cell
   * text has no `<` (escaped), so that marks each row.
   */
  numbered(pieces: Buffer, rows: number): DeflatedPiece {
    // Worked on the bytes (the stand-in is one byte, 0): the number of the row written last, then of each row as its opening is met.
    let number = this.nextRow - 1;
    let digits = Buffer.alloc(0);
    const parts: Buffer[] = [];
    let from = 0;
    for (let at = pieces.indexOf(0); at >= 0; at = pieces.indexOf(0, from)) {
      if (at >= ROW_OPEN.length && pieces.compare(ROW_OPEN, 0, ROW_OPEN.length, at - ROW_OPEN.length, at) === 0) digits = Buffer.from(String(++number));
      parts.push(pieces.subarray(from, at), digits);
      from = at + 1;
    }
    parts.push(pieces.subarray(from));
    if (number - this.nextRow + 1 !== rows) throw new Error(`${rows} row(s) expected in the sheet pieces, ${number - this.nextRow + 1} found`);
    return deflatePiece(Buffer.concat(parts));
  }

  /** Adds `rows` rows as one compressed piece numbered from {@link nextRow}; `lengths` holds their cells' lengths one row after the other (xml.cellLengths). */
  async addDeflated(piece: DeflatedPiece, rows: number, lengths: Buffer): Promise<void> {
    await this.noteWidths(() => Array.from({ length: rows }, (_, r) => lengths.subarray(r * this.header.length, (r + 1) * this.header.length)));
    await this.compressLoose();
    this.rows += rows;
    await this.put(piece);
  }

  /** Ends the sheet (autofilter over every row written); resolves with where its pieces are in the zip. */
  async end(): Promise<EntryPlace> {
    await this.compressLoose();
    if (!this.entry) await this.start();
    await this.put(deflatePiece(Buffer.from(xml.sheetTail(this.header.length, this.rows))));
    return this.entry!.end();
  }

  /** Counts the cell lengths of the rows that set the widths; the head is written once they are all there. */
  private async noteWidths(lengths: () => ArrayLike<number>[]): Promise<void> {
    if (!this.waiting) return;
    for (const row of lengths()) {
      for (let i = 0; i < this.longest.length; i++) this.longest[i] = Math.max(this.longest[i]!, row[i] ?? 0);
      if (++this.counted >= WIDTH_ROWS) return this.start();
    }
  }

  private async start(): Promise<void> {
    this.entry = this.open();
    const head = xml.sheetHead(xml.columnWidths(this.longest)) + xml.rowXml(1, this.header, this.letters, true);
    await this.entry.write(deflatePiece(Buffer.from(head)));
    for (const piece of this.queued.splice(0)) await this.entry.write(piece);
  }

  private async rowAdded(): Promise<void> {
    this.rows += 1;
    if (this.loose.length >= CHUNK_CHARS) await this.compressLoose();
  }

  private async compressLoose(): Promise<void> {
    if (!this.loose) return;
    const piece = deflatePiece(Buffer.from(this.loose));
    this.loose = '';
    await this.put(piece);
  }

  private async put(piece: DeflatedPiece): Promise<void> {
    if (this.entry) await this.entry.write(piece);
    else this.queued.push(piece);
  }
}
