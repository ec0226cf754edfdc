// Fonts ship with the deck (fonts.provider: none): no request leaves for a font host.
import '@fontsource-variable/fraunces'
import '@fontsource-variable/fraunces/wght-italic.css'
import '@fontsource-variable/inter'
import './tokens.css'
import './base.css'
import './layouts.css'
