/** The paper the handout and the read view print on: A4, in millimetres and in CSS px (96 per inch). */
export const A4_MM = { width: 210, height: 297 } as const
const px = (mm: number): number => mm / 25.4 * 96
export const A4_CSS_PX = { width: Math.round(px(A4_MM.width)), height: Math.round(px(A4_MM.height)) } as const

/** The read view's margin all round on A4. `speaker export read` lays the page out at the width it leaves. */
export const READ_PAGE_MARGIN_MM = 18

/** The printable width of an A4 page with that margin, in CSS px. */
export const READ_PRINT_WIDTH_PX = Math.floor(px(A4_MM.width - 2 * READ_PAGE_MARGIN_MM))
