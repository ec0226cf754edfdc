/** The read view on paper: A4 with this margin all round. `npm run export:read` lays the page out at the width it leaves. */
export const READ_PAGE_MARGIN_MM = 18

/** The printable width of an A4 page with that margin, in CSS px (96 per inch). */
export const READ_PRINT_WIDTH_PX = Math.floor((210 - 2 * READ_PAGE_MARGIN_MM) / 25.4 * 96)
