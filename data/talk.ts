/** Talk-wide settings that more than one slide or script reads. */

export const talk = {
  speaker: 'Mark',
  /** Mark's image for the aid station of 2022 ("somewhere around mile 70"): words, not a point on the course. */
  mile70: 'mile 70',
  /** Jim's wife, who refills his pack at the aid station in 2022: the essay says "his wife", the record names her. */
  helper: 'Jess',
  /**
   * The film the essay's P.S. points to. Best-known address per facts.md, not confirmed here:
   * the speaker confirms it before presenting (the closing slide's note says so).
   */
  filmTitle: 'Walmsley',
  filmUrl: 'https://www.youtube.com/watch?v=MbXwKTZoLQ4',
} as const
