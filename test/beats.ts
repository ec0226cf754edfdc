/**
 * The one list of the talk's beat lines, shared by the unit and browser checks of its direction
 * (test/unit/talk.test.ts, test/e2e/talk.spec.ts): each line is off screen when its slide opens
 * and comes on the click after Mark has said it.
 */

/** A line on screen, and what he says before the click that shows it. */
export const BEATS: { screen: string, said: RegExp }[] = [
  { screen: 'Jim Walmsley', said: /Meet Jim Walmsley\./ },
  { screen: 'It\'s how epically he fails, over and over, before he wins.', said: /how epically he fails, over and over, before he wins\./ },
  { screen: 'He was handing out water.', said: /handing out water/ },
  { screen: 'He turns back toward the mountain, not away from it.', said: /turns back toward the mountain/ },
  { screen: 'But the race still broke him.', said: /But the race still broke him\./ },
  { screen: 'He apologized.', said: /He apologized\./ },
  { screen: 'Not just for the race. For not being enough.', said: /apologizing for not being enough\./ },
  { screen: 'It\'s ok, just do your best.', said: /"It's ok, just do your best," his wife told him\./ },
  { screen: 'They don\'t just sting. They linger.', said: /They don't just sting, they linger\./ },
  { screen: 'It probably wasn\'t just one thing.', said: /it probably wasn't just one thing/ },
  { screen: 'That\'s my aid station.', said: /That's my aid station\./ },
  { screen: 'Somewhere, right now, someone is being let down.', said: /somewhere, right now, someone is being let down/ },
  { screen: 'I asked for this.', said: /I asked for this\./ },
  { screen: 'Exponential weight.', said: /More like exponential weight\./ },
  { screen: 'There wasn\'t one.', said: /There wasn't one\./ },
  { screen: 'Letting go required humility I didn\'t want to face.', said: /Letting go required humility I didn't want to face\./ },
  { screen: 'I was never supposed to carry this alone.', said: /never supposed to carry this alone/ },
  { screen: 'I am enough.', said: /I am enough\./ },
  { screen: 'And I was never meant to do this alone.', said: /And I was never meant to do this alone\./ },
  { screen: 'He won.', said: /He won\./ },
  { screen: 'But that wasn\'t the win.', said: /But that wasn't the win\./ },
  { screen: 'When he kept going.', said: /when he kept going\./ },
  { screen: 'In the staying.', said: /In the staying\./ },
  { screen: 'You\'re not doing it wrong.', said: /You're not doing it wrong\./ },
  { screen: 'Don\'t walk away from that.', said: /Don't walk away from that!/ },
  { screen: 'Nobody finishes UTMB by accident.', said: /nobody finishes UTMB by accident\./ },
]
