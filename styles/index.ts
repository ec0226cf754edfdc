// Fonts ship with the deck (fonts.provider: none): no request leaves for a font host. Latin only (fonts.css).
import './fonts.css'
import './tokens.css'
import './base.css'
import './layouts.css'
