/** Talk-wide settings that more than one slide or script reads. */

export const talk = {
  speaker: 'Mark',
  /**
   * The film the essay's P.S. points to. Best-known address per facts.md, not confirmed here:
   * the speaker confirms it before presenting (the closing slide's note says so).
   */
  filmTitle: 'Walmsley',
  filmUrl: 'https://www.youtube.com/watch?v=MbXwKTZoLQ4',
} as const
