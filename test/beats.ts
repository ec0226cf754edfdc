/** Shared by the unit and browser checks of the talk's direction (test/unit/talk.test.ts, test/e2e/talk.spec.ts). */

/** The lines the notes build up to: on screen, and what he says before the click that shows it. */
export const BEATS: { screen: string, said: RegExp }[] = [
  { screen: 'He was handing out water.', said: /handing out water/ },
  { screen: 'He turns back toward the mountain, not away from it.', said: /turns back toward the mountain/ },
  { screen: 'He apologized.', said: /He apologized\./ },
  { screen: 'It probably wasn\'t just one thing.', said: /it probably wasn't just one thing/ },
  { screen: 'That\'s my aid station.', said: /That's my aid station\./ },
  { screen: 'Somewhere, right now, someone is being let down.', said: /somewhere, right now, someone is being let down/ },
  { screen: 'I was never supposed to carry this alone.', said: /never supposed to carry this alone/ },
  { screen: 'I am enough.', said: /I am enough\./ },
]
