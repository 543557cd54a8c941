/**
 * The XML parts of the workbook (an Office Open XML spreadsheet), written
 * as text. Each part is byte for byte what exceljs 4.4's streaming writer
 * gave for the same rows (the workbook was written with exceljs until
 * 0.3.0; test/publish/workbook-bytes.test.ts compares the two), so a
 * published workbook keeps its bytes: string cells (`t="str"`), one style
 * for text (`numFmt '@'`), a bold frozen header row, an autofilter, the
 * column widths of the first rows. Writing the text directly costs a tenth
 * of exceljs' per-cell objects and does not load it (about half a second).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Narrowest and widest column, in characters (wider text wraps on double-click, not on open). */
export const MIN_WIDTH = 8;
export const MAX_WIDTH = 60;

const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PACKAGE_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const WORKSHEET_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml';
/** What XML cannot hold as is: markup characters, and control characters (dropped). */
const NEEDS_ENCODING = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/;
const ENTITIES: Record<string, string> = { '"': '&quot;', '&': '&amp;', "'": '&apos;', '<': '&lt;', '>': '&gt;' };
const ENCODED = /[<>&'"\x7F\x00-\x08\x0B-\x0C\x0E-\x1F]/g;

/** Text as XML character data: markup characters as entities, control characters (but tab, line feed, carriage return) dropped. */
export function xmlText(text: string): string {
  if (!NEEDS_ENCODING.test(text)) return text;
  return text.replace(ENCODED, (c) => ENTITIES[c] ?? '');
}

/** The column letters of a 1-based column number (1 → A, 27 → AA). */
export function columnLetters(n: number): string {
  let letters = '';
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) letters = String.fromCharCode(65 + ((k - 1) % 26)) + letters;
  return letters;
}

/** A sheet's column letters, for cell references. */
export function sheetLetters(columns: number): string[] {
  return Array.from({ length: columns }, (_, i) => columnLetters(i + 1));
}

/** Style ids (cellXfs order, as styles.xml lists them). */
const TEXT_STYLE = 1;
const HEADER_ROW_STYLE = 2;
const HEADER_CELL_STYLE = 3;

/** One row of string cells; `r` is its 1-based row number (or a stand-in for it, see row-pieces.ts). */
export function rowXml(r: number | string, cells: string[], letters: string[], header = false): string {
  const s = header ? HEADER_CELL_STYLE : TEXT_STYLE;
  let xml = header
    ? `<row r="${r}" spans="1:${cells.length}" s="${HEADER_ROW_STYLE}" customFormat="1" x14ac:dyDescent="0.25">`
    : `<row r="${r}" spans="1:${cells.length}" x14ac:dyDescent="0.25">`;
  for (let i = 0; i < cells.length; i++) xml += `<c r="${letters[i]}${r}" s="${s}" t="str"><v>${xmlText(cells[i]!)}</v></c>`;
  return `${xml}</row>`;
}

/** The length of each cell's text in code points, at most 255 (a width is at most {@link MAX_WIDTH}): what the widths are made of, kept between builds (row-pieces.ts). */
export function cellLengths(cells: string[]): Buffer {
  // Past 255 UTF-16 units a text has over 127 code points: wider than any column, so counting them exactly is of no use.
  return Buffer.from(cells.map((c) => (c.length > 255 ? 255 : Math.min(255, Array.from(c).length))));
}

/** The width of each column from the longest text (in code points) of its header and first rows, plus 2, within bounds. */
export function columnWidths(longest: ArrayLike<number>): number[] {
  return Array.from(longest, (l) => Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, l + 2)));
}

/** A sheet's XML up to its first row: frozen header view and the columns (neighbours of the same width share one `<col>`). */
export function sheetHead(widths: number[]): string {
  let cols = '';
  for (let i = 0; i < widths.length; ) {
    let j = i;
    while (j + 1 < widths.length && widths[j + 1] === widths[i]) j += 1;
    cols += `<col min="${i + 1}" max="${j + 1}" width="${widths[i]}" style="${TEXT_STYLE}" customWidth="1"/>`;
    i = j + 1;
  }
  return (
    `${XML_DECLARATION}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac">` +
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>' +
    `<sheetFormatPr defaultRowHeight="15" outlineLevelRow="0" outlineLevelCol="0" x14ac:dyDescent="55"/>${cols ? `<cols>${cols}</cols>` : ''}<sheetData>`
  );
}

/** A sheet's XML after its last row: the autofilter over `rows` rows below the header, and the page setup. */
export function sheetTail(columns: number, rows: number): string {
  return (
    `</sheetData><autoFilter ref="A1:${columnLetters(columns)}${rows + 1}"/>` +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '<pageSetup orientation="portrait" horizontalDpi="4294967295" verticalDpi="4294967295" scale="100" fitToWidth="1" fitToHeight="1"/></worksheet>'
  );
}

/** Path of the n-th sheet (1-based) inside the package. */
export const sheetPath = (n: number): string => `/xl/worksheets/sheet${n}.xml`;

/** The Office theme (as Excel's default), read once. */
export function themeXml(): string {
  return readFileSync(fileURLToPath(new URL('./workbook-theme.xml', import.meta.url)), 'utf8');
}

/** The package's relationships: the workbook and its two property parts. */
export const ROOT_RELS =
  `${XML_DECLARATION}\n<Relationships xmlns="${PACKAGE_REL_NS}">` +
  `<Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/>` +
  `<Relationship Id="rId2" Type="${PACKAGE_REL_NS}/metadata/core-properties" Target="docProps/core.xml"/>` +
  `<Relationship Id="rId3" Type="${REL_NS}/extended-properties" Target="docProps/app.xml"/></Relationships>`;

/** The content types of the parts, for `sheets` sheets. */
export function contentTypesXml(sheets: number): string {
  const office = 'application/vnd.openxmlformats-officedocument';
  const overrides = Array.from({ length: sheets }, (_, i) => `<Override PartName="${sheetPath(i + 1)}" ContentType="${WORKSHEET_TYPE}"/>`).join('');
  return (
    `${XML_DECLARATION}\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    `<Override PartName="/xl/workbook.xml" ContentType="${office}.spreadsheetml.sheet.main+xml"/>${overrides}` +
    `<Override PartName="/xl/theme/theme1.xml" ContentType="${office}.theme+xml"/><Override PartName="/xl/styles.xml" ContentType="${office}.spreadsheetml.styles+xml"/>` +
    `<Default Extension="vml" ContentType="${office}.vmlDrawing"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
    `<Override PartName="/docProps/app.xml" ContentType="${office}.extended-properties+xml"/></Types>`
  );
}

/** The extended properties: the sheet names. */
export function appXml(names: string[]): string {
  const titles = names.map((n) => `<vt:lpstr>${xmlText(n)}</vt:lpstr>`).join('');
  return (
    `${XML_DECLARATION}\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` +
    '<Application>Microsoft Excel</Application><DocSecurity>0</DocSecurity><ScaleCrop>false</ScaleCrop>' +
    `<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant><vt:variant><vt:i4>${names.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
    `<TitlesOfParts><vt:vector size="${names.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
    '<Company></Company><LinksUpToDate>false</LinksUpToDate><SharedDoc>false</SharedDoc><HyperlinksChanged>false</HyperlinksChanged><AppVersion>16.0300</AppVersion></Properties>'
  );
}

/** The core properties: creator, title and the document dates. */
export function coreXml(creator: string, title: string, date: Date): string {
  const when = date.toISOString().replace(/[.]\d{3}/, '');
  return (
    `${XML_DECLARATION}\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    `<dc:creator>${xmlText(creator)}</dc:creator><dc:title>${xmlText(title)}</dc:title><cp:lastModifiedBy>ExcelJS</cp:lastModifiedBy>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`
  );
}

/** The styles: the default font and a bold one; cell formats plain, text, bold row, bold text (ids used by {@link rowXml}). */
export const STYLES_XML =
  `${XML_DECLARATION}\n<styleSheet xmlns="${MAIN_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x14ac x16r2" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:x16r2="http://schemas.microsoft.com/office/spreadsheetml/2015/02/main">` +
  '<fonts count="2" x14ac:knownFonts="1"><font><color theme="1"/><family val="2"/><scheme val="minor"/><sz val="11"/><name val="Calibri"/></font><font><b/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  '<cellXfs count="4"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/><xf numFmtId="49" fontId="1" fillId="0" borderId="0" xfId="0" applyNumberFormat="1" applyFont="1"/></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles><dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
  '<extLst><ext uri="{EB79DEF2-80B8-43e5-95BD-54CBDDF9020C}" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main"><x14:slicerStyles defaultSlicerStyle="SlicerStyleLight1"/></ext>' +
  '<ext uri="{9260A510-F301-46a8-8635-F512D64BE5F5}" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main"><x15:timelineStyles defaultTimelineStyle="TimeSlicerStyleLight1"/></ext></extLst></styleSheet>';

/** The workbook's relationships: styles, theme, then the sheets (rId3 on). */
export function workbookRelsXml(sheets: number): string {
  const rels = Array.from({ length: sheets }, (_, i) => `<Relationship Id="rId${i + 3}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`).join('');
  return (
    `${XML_DECLARATION}\n<Relationships xmlns="${PACKAGE_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rId2" Type="${REL_NS}/theme" Target="theme/theme1.xml"/>${rels}</Relationships>`
  );
}

/** The workbook part: the sheets by name, in order. */
export function workbookXml(names: string[]): string {
  const sheets = names.map((n, i) => `<sheet sheetId="${i + 1}" name="${xmlText(n)}" state="visible" r:id="rId${i + 3}"/>`).join('');
  return (
    `${XML_DECLARATION}\n<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" mc:Ignorable="x15" xmlns:x15="http://schemas.microsoft.com/office/spreadsheetml/2010/11/main">` +
    `<fileVersion appName="xl" lastEdited="5" lowestEdited="5" rupBuild="9303"/><workbookPr defaultThemeVersion="164011" filterPrivacy="1"/><sheets>${sheets}</sheets><calcPr calcId="171027"/></workbook>`
  );
}
